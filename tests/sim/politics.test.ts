import { describe, expect, it } from 'vitest';
import { nationSpec, templateSpec } from '../../src/sim/content';
import { monthIndex } from '../../src/sim/month';
import { plantCostEur } from '../../src/sim/plant';
import { pledgeCost } from '../../src/sim/politics';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { applyAction } from '../../src/sim/resolve/events';
import { applyOrder } from '../../src/sim/resolve/orders';
import { advance, message, nation } from '../helpers';
import { world } from '../world';

describe('politics', () => {
  it('a hard floor blocks a drawdown', () => {
    const { c, s } = world();
    const aa = nation(s, 'AA');
    const spare = aa.stock.shell! - nationSpec(c, 'AA')!.hardFloor.shell!;
    expect(spare).toBe(200_000);
    const r = applyOrder(c, s, { kind: 'drawdown', actor: 'AA', product: 'shell', amount: spare + 1 });
    expect(r).toMatchObject({ ok: false, message: message('drawdown.hardFloor', { nation: 'AA', product: 'shell', spare }) });
    expect(nation(s, 'AA').stock.shell).toBe(300_000);
  });

  it('drawing below the readiness floor costs political capital and support', () => {
    const { c, s } = world();
    const aa = nation(s, 'AA');
    const capital = aa.politicalCapital;
    const support = aa.supportBp;
    // 20,000 below a floor of 200,000: a tenth of the floor, 5 capital at 50 a whole floor.
    const r = applyOrder(c, s, { kind: 'drawdown', actor: 'AA', product: 'shell', amount: 100_000 + 20_000 });
    expect(r).toMatchObject({
      ok: true,
      message: message('drawdown.sent', { nation: 'AA', product: 'shell', amount: 120_000, belowFloor: 20_000, capital: 5 }),
    });
    expect(nation(s, 'AA').politicalCapital).toBe(capital - 5);
    expect(nation(s, 'AA').supportBp).toBe(support - 5 * c.rules.politics.drawdownSupportCostPerCapital);
    expect(s.tally.floorBreaches).toBe(1);
  });

  it('a drawdown above the floor is free and reaches Ukraine at once', () => {
    const { c, s } = world();
    const capital = nation(s, 'AA').politicalCapital;
    const ua = s.ukraine.stock.shell!;
    expect(applyOrder(c, s, { kind: 'drawdown', actor: 'AA', product: 'shell', amount: 50_000 }).ok).toBe(true);
    expect(nation(s, 'AA').politicalCapital).toBe(capital);
    expect(s.ukraine.stock.shell).toBe(ua + 50_000);
  });

  it('an aid freeze holds deliveries to Ukraine and blocks drawdowns, and releases what was held when it ends', () => {
    const { c, s } = world();
    applyAction(c, s, { kind: 'aidFreeze', nationId: 'AA', months: 2 }, 'test-freeze');
    expect(applyOrder(c, s, { kind: 'drawdown', actor: 'AA', product: 'shell', amount: 1000 })).toMatchObject({
      ok: false,
      message: message('drawdown.frozen', { nation: 'AA' }),
    });
    const r = resolveTurn(c, s, []);
    expect(nation(r.state, 'AA').heldForUkraine.shell).toBe(4000);
    expect(r.report.entries.find((e) => e.id === 'deliv:c0001:AA')?.message).toEqual(
      message('delivery.made', { firm: 'shellco', product: 'shell', units: 4000, to: 'held', nation: 'AA', contract: 'c0001' }),
    );
    // Ukraine's stock changed by its own output less what it fired: nothing arrived from AA.
    const fired = r.state.sectors.reduce((sum, x) => sum + x.lastUkrainianFire, 0);
    expect(r.state.ukraine.stock.shell).toBe(s.ukraine.stock.shell! + c.ukraine.ownProductionPerMonth - fired);
    const released = resolveTurn(c, r.state, []);
    expect(nation(released.state, 'AA').heldForUkraine.shell).toBe(0);
    expect(released.report.entries.find((e) => e.id === 'release:AA:shell')?.message).toEqual(
      message('politics.release', { nation: 'AA', product: 'shell', held: 8000 }),
    );
  });

  it('political capital for a pledge grows faster than the pledge', () => {
    const { c, s } = world();
    expect(pledgeCost(c, s, 100)).toBeGreaterThan(2 * pledgeCost(c, s, 50));
    const aa = nation(s, 'AA');
    aa.politicalCapital = 20;
    expect(applyOrder(c, s, { kind: 'pledge', actor: 'AA', shareBp: aa.defenceShareBp + 150 })).toMatchObject({
      ok: false,
      message: { id: 'pledge.noCapital' },
    });
    expect(applyOrder(c, s, { kind: 'pledge', actor: 'AA', shareBp: aa.defenceShareBp + 30 })).toMatchObject({ ok: true, message: { id: 'pledge.made' } });
  });

  it('a summit makes pledges cheaper', () => {
    const { c, s } = world();
    const normal = pledgeCost(c, s, 100);
    applyAction(c, s, { kind: 'summit', pledgeDiscountBp: 3000, industrialPlans: true }, 'summit');
    expect(pledgeCost(c, s, 100)).toBeLessThan(normal);
  });

  it('an industrial plan can only be submitted after a summit calls for it, and makes plants cheaper', () => {
    const { c, s } = world();
    expect(applyOrder(c, s, { kind: 'industrialPlan', actor: 'AA' })).toMatchObject({ ok: false, message: message('plan.notOpen', {}) });
    const t = templateSpec(c, 'shellco-plant')!;
    const before = plantCostEur(c, nation(s, 'AA'), t);
    applyAction(c, s, { kind: 'summit', pledgeDiscountBp: 0, industrialPlans: true }, 'summit');
    expect(applyOrder(c, s, { kind: 'industrialPlan', actor: 'AA' }).ok).toBe(true);
    expect(plantCostEur(c, nation(s, 'AA'), t)).toBe(before - Math.floor((before * c.rules.industrialPlanDiscountBp) / 10000));
  });

  it('an industrial plan lifts cohesion only with a contract of that ally behind it', () => {
    const { c, s } = world();
    applyAction(c, s, { kind: 'summit', pledgeDiscountBp: 0, industrialPlans: true }, 'summit');
    const buys = (id: string) => s.contracts.some((k) => k.status === 'active' && k.buyers.some((b) => b.nationId === id));
    const [paper, backed] = [s.nations.find((n) => !buys(n.id))!, s.nations.find((n) => buys(n.id))!];
    expect(paper && backed).toBeTruthy();
    const before = s.politics.cohesionBp;
    const onPaper = applyOrder(c, s, { kind: 'industrialPlan', actor: paper.id });
    expect(onPaper).toMatchObject({ ok: true, message: { params: { backed: false, cohesionBp: 0 } } });
    expect(s.politics.cohesionBp).toBe(before);
    expect(applyOrder(c, s, { kind: 'industrialPlan', actor: backed.id }).ok).toBe(true);
    expect(s.politics.cohesionBp).toBe(before + c.rules.politics.industrialPlanCohesionBp);
  });

  it('past a government’s escalation tolerance, it balks at further drawdowns', () => {
    const { c, s } = world();
    s.politics.escalationBp = nationSpec(c, 'AA')!.escalationToleranceBp + 1;
    const r = applyOrder(c, s, { kind: 'drawdown', actor: 'AA', product: 'shell', amount: 1000 });
    expect(r).toMatchObject({ ok: false, message: message('drawdown.balks', { nation: 'AA', escalationBp: s.politics.escalationBp }) });
  });

  it('war fatigue wears support down month after month', () => {
    const { c, s } = world();
    const later = advance(c, s, 11);
    expect(nation(later, 'AA').supportBp).toBeLessThan(nation(s, 'AA').supportBp);
    expect(nation(later, 'AA').warFatigueBp).toBe(nation(s, 'AA').warFatigueBp + 11 * c.rules.politics.fatiguePerMonthBp);
  });

  it('an election at low support can bring a government that cuts the munitions effort', () => {
    let cuts = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const { c, s } = world((sc) => (sc.nations[0]!.elections = [sc.start]), seed);
      expect(nationSpec(c, 'AA')!.electionMonths).toEqual([monthIndex(2023, 1)]);
      const aa = nation(s, 'AA');
      aa.supportBp = 1000;
      const next = resolveTurn(c, s, []);
      if (nation(next.state, 'AA').munitionsShareBp < aa.munitionsShareBp) {
        cuts++;
        expect(next.report.entries.find((e) => e.id === 'election:AA')?.message).toMatchObject({ id: 'politics.electionCut', params: { nation: 'AA' } });
      }
    }
    expect(cuts).toBeGreaterThan(5);
  });
});
