import { describe, expect, it } from 'vitest';
import { applyOrder } from '../../src/sim/resolve/orders';
import { pledgeCost } from '../../src/sim/politics';
import { plantCostEur } from '../../src/sim/plant';
import { findTemplate } from '../../src/sim/find';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { applyAction } from '../../src/sim/resolve/events';
import { advance, game, nation } from '../helpers';

describe('politics', () => {
  it('a hard floor blocks a drawdown', () => {
    const s = game();
    const de = nation(s, 'DE');
    const r = applyOrder(s, { kind: 'drawdown', nationId: 'DE', product: 'shell', amount: de.stock.shell - de.hardFloor.shell + 1 });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/hard floor/);
    expect(nation(s, 'DE').stock.shell).toBe(de.stock.shell);
  });

  it('drawing below the readiness floor costs political capital and support', () => {
    const s = game();
    const de = nation(s, 'DE');
    const capital = de.politicalCapital;
    const support = de.supportBp;
    const r = applyOrder(s, { kind: 'drawdown', nationId: 'DE', product: 'shell', amount: de.stock.shell - de.readinessFloor.shell + 20_000 });
    expect(r.ok).toBe(true);
    expect(nation(s, 'DE').politicalCapital).toBeLessThan(capital);
    expect(nation(s, 'DE').supportBp).toBeLessThan(support);
  });

  it('a drawdown above the floor is free and reaches Ukraine at once', () => {
    const s = game();
    const us = nation(s, 'US');
    const capital = us.politicalCapital;
    const ua = s.ukraine.stock.shell;
    expect(applyOrder(s, { kind: 'drawdown', nationId: 'US', product: 'shell', amount: 50_000 }).ok).toBe(true);
    expect(nation(s, 'US').politicalCapital).toBe(capital);
    expect(s.ukraine.stock.shell).toBe(ua + 50_000);
  });

  it('an aid freeze stops US deliveries to Ukraine and blocks drawdowns, and releases what was held when it ends', () => {
    let s = game();
    // A US contract that delivers straight to Ukraine.
    const gd = s.contracts.find((c) => c.firmId === 'gd-ots')!;
    gd.deliverTo = 'ukraine';
    applyAction(s, { kind: 'aidFreeze', nationId: 'US', months: 2 }, 'test-freeze');
    expect(applyOrder(s, { kind: 'drawdown', nationId: 'US', product: 'shell', amount: 1000 }).reason).toMatch(/frozen/);
    const ua = s.ukraine.stock.shell;
    const r = resolveTurn(s, []);
    expect(nation(r.state, 'US').heldForUkraine.shell).toBeGreaterThan(0);
    expect(r.report.entries.some((e) => e.kind === 'delivery' && /aid is frozen/.test(e.text))).toBe(true);
    // Ukraine's stock fell by what it fired only: nothing arrived from the US.
    expect(r.state.ukraine.stock.shell).toBeLessThan(ua);
    s = advance(r.state, 1);
    expect(nation(s, 'US').heldForUkraine.shell).toBe(0);
  });

  it('political capital for a pledge grows faster than the pledge', () => {
    const s = game();
    expect(pledgeCost(s, 100)).toBeGreaterThan(2 * pledgeCost(s, 50));
    const de = nation(s, 'DE');
    de.politicalCapital = 20;
    expect(applyOrder(s, { kind: 'pledge', nationId: 'DE', shareBp: de.defenceShareBp + 150 }).ok).toBe(false);
    expect(applyOrder(s, { kind: 'pledge', nationId: 'DE', shareBp: de.defenceShareBp + 30 }).ok).toBe(true);
  });

  it('a summit makes pledges cheaper', () => {
    const s = game();
    const normal = pledgeCost(s, 100);
    applyAction(s, { kind: 'summit', pledgeDiscountBp: 3000, industrialPlans: true }, 'summit');
    expect(pledgeCost(s, 100)).toBeLessThan(normal);
  });

  it('an industrial plan can only be submitted after a summit calls for it, and makes plants cheaper', () => {
    const s = game();
    expect(applyOrder(s, { kind: 'industrialPlan', nationId: 'DE' }).ok).toBe(false);
    const t = findTemplate(s, 'rh-unterluss-2')!;
    const before = plantCostEur(s, 'DE', t);
    applyAction(s, { kind: 'summit', pledgeDiscountBp: 0, industrialPlans: true }, 'summit');
    expect(applyOrder(s, { kind: 'industrialPlan', nationId: 'DE' }).ok).toBe(true);
    expect(plantCostEur(s, 'DE', t)).toBeLessThan(before);
  });

  it('past a government’s escalation tolerance, it balks at further drawdowns', () => {
    const s = game();
    s.politics.escalationBp = nation(s, 'DE').escalationToleranceBp + 1;
    const r = applyOrder(s, { kind: 'drawdown', nationId: 'DE', product: 'shell', amount: 1000 });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/balks/);
  });

  it('war fatigue wears support down month after month', () => {
    const s = game();
    const later = advance(s, 12);
    expect(nation(later, 'DE').supportBp).toBeLessThan(nation(s, 'DE').supportBp);
    expect(nation(later, 'DE').warFatigueBp).toBeGreaterThan(nation(s, 'DE').warFatigueBp);
  });

  it('an election at low support can bring a government that cuts the munitions effort', () => {
    let cuts = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const s = game(seed);
      const us = nation(s, 'US');
      us.supportBp = 1000;
      us.electionMonths = [s.month];
      const next = resolveTurn(s, []).state;
      if (nation(next, 'US').munitionsShareBp < us.munitionsShareBp) cuts++;
    }
    expect(cuts).toBeGreaterThan(5);
  });
});
