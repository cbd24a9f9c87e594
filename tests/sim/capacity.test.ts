import { describe, expect, it } from 'vitest';
import { applyOrder } from '../../src/sim/resolve/orders';
import { efficiencyBp } from '../../src/sim/production-line';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { advance, game, line, message, nation, shipped } from '../helpers';
import { world } from '../world';

describe('capacity levers', () => {
  it('an extra shift adds capacity only after its lead time', () => {
    const w = world((sc) => (sc.lines[0]!.shifts = 1));
    let s = w.s;
    expect(line(s, 'shellco-main').shifts).toBe(1);
    const r = applyOrder(w.c, s, { kind: 'addShift', actor: 'AA', lineId: 'shellco-main' });
    expect(r).toMatchObject({ ok: true, message: { id: 'shift.ordered', params: { line: 'shellco-main', readyMonth: s.month + w.c.rules.shiftLeadMonths } } });
    expect(line(s, 'shellco-main').shifts).toBe(1);
    // Ordered in month m with a 2-month lead: months m and m+1 run as before, m+2 with one shift more.
    s = advance(w.c, s, w.c.rules.shiftLeadMonths);
    expect(line(s, 'shellco-main').shifts).toBe(1);
    s = advance(w.c, s, 1);
    expect(line(s, 'shellco-main').shifts).toBe(2);
  });

  it('a new shift dilutes the line: efficiency drops while the new crew learns', () => {
    const w = world((sc) => (sc.lines[0]!.shifts = 1));
    let s = w.s;
    const before = line(s, 'shellco-main');
    before.learningMonths = 14;
    const effBefore = efficiencyBp(w.c, before);
    expect(applyOrder(w.c, s, { kind: 'addShift', actor: 'AA', lineId: 'shellco-main' }).ok).toBe(true);
    s = advance(w.c, s, w.c.rules.shiftLeadMonths + 1);
    // Three months of production add 3 months of learning; the new crew takes dilutionMonths away.
    expect(line(s, 'shellco-main').learningMonths).toBe(14 + 3 - w.c.rules.industry.dilutionMonths);
    expect(efficiencyBp(w.c, line(s, 'shellco-main'))).toBeLessThan(effBefore);
  });

  it('a shift needs skilled workers the nation does not have', () => {
    const { c, s } = world();
    nation(s, 'AA').freeLabour = 10;
    const r = applyOrder(c, s, { kind: 'addShift', actor: 'AA', lineId: 'shellco-main' });
    expect(r).toMatchObject({ ok: false, message: message('shift.noWorkers', { labourNation: 'AA', need: 100, free: 10 }) });
    expect(line(s, 'shellco-main').pendingShifts).toEqual([]);
  });

  it('a shift is paid by the nation that orders it, and staffed from the line’s own nation', () => {
    const { c, s } = world();
    const r = applyOrder(c, s, { kind: 'addShift', actor: 'BB', lineId: 'shellco-main' });
    expect(r.ok).toBe(true);
    expect(line(s, 'shellco-main').pendingShifts).toEqual([{ readyMonth: s.month + c.rules.shiftLeadMonths, payer: 'BB' }]);
    expect(nation(s, 'AA').freeLabour).toBe(2000 - 100);
    expect(nation(s, 'BB').freeLabour).toBe(2000);
  });

  it('weekend work raises a busy line’s output by the weekend bonus', () => {
    const { c, s } = world((sc) => (sc.rules.weekendAccidentBp = 0));
    // Give the firm more orders than its line can fill, so capacity binds.
    s.contracts[0]!.perMonth = 100_000;
    const made = (orders: Parameters<typeof resolveTurn>[2]) => resolveTurn(c, s, orders).report.entries.find((e) => e.id === 'prod:shellco-main')!.delta;
    const plain = made([]);
    expect(plain).toBe(10_000);
    const weekend = made([{ kind: 'weekendWork', actor: 'AA', lineId: 'shellco-main', on: true }]);
    expect(weekend).toBe(plain + Math.floor((plain * c.rules.weekendBonusBp) / 10000));
  });

  it('weekend work risks accidents that stop the line', () => {
    const { c, s } = world((sc) => (sc.rules.weekendAccidentBp = 10000));
    const r = resolveTurn(c, s, [{ kind: 'weekendWork', actor: 'AA', lineId: 'shellco-main', on: true }]);
    expect(r.report.entries.find((e) => e.id === 'accident:shellco-main')?.message).toEqual(message('production.accident', { line: 'shellco-main' }));
    expect(r.report.entries.find((e) => e.id === 'prod:shellco-main')).toBeUndefined();
  });

  it('a mothballed line restarts after its reactivation months', () => {
    const { c, s } = world((sc) => (sc.lines[1]!.status = 'mothballed'));
    const funds = nation(s, 'BB').fundsEur;
    const r = applyOrder(c, s, { kind: 'reactivateLine', actor: 'BB', lineId: 'missileco-line' });
    expect(r).toMatchObject({ ok: true, message: message('reactivate.started', { line: 'missileco-line', readyMonth: s.month + 30, months: 30 }) });
    expect(line(s, 'missileco-line').status).toBe('reactivating');
    expect(nation(s, 'BB').fundsEur).toBe(funds - 100_000_000);
  });

  it('the shipped Stinger line, mothballed then restarted, gives its first missiles about 30 months after the order', () => {
    const c = shipped();
    const s = game(1, c);
    const tucson = line(s, 'raytheon-tucson');
    expect(tucson.status).toBe('reactivating');
    tucson.status = 'mothballed';
    const r = applyOrder(c, s, { kind: 'reactivateLine', actor: 'US', lineId: 'raytheon-tucson' });
    expect(r.ok).toBe(true);
    expect(line(s, 'raytheon-tucson').readyMonth - s.month).toBe(30);
  });

  it('a plant is funded once: a second order for the same site is refused with a reason and costs nothing', () => {
    const { c, s } = world();
    nation(s, 'AA').fundsEur += 2_000_000_000;
    nation(s, 'BB').fundsEur += 2_000_000_000;
    expect(applyOrder(c, s, { kind: 'fundPlant', actor: 'AA', templateId: 'shellco-plant' }).ok).toBe(true);
    const funds = nation(s, 'BB').fundsEur;
    const lines = s.lines.length;
    const again = applyOrder(c, s, { kind: 'fundPlant', actor: 'BB', templateId: 'shellco-plant' });
    expect(again).toMatchObject({ ok: false, message: { id: 'plant.alreadyFunded', params: { template: 'shellco-plant', status: 'building' } } });
    expect(nation(s, 'BB').fundsEur).toBe(funds);
    expect(s.lines).toHaveLength(lines);
  });

  it('a state-funded plant is built, may slip, and then ramps up over about two years', () => {
    const { c, s } = world((sc) => (sc.end = '2026-12'));
    nation(s, 'AA').fundsEur += 1_000_000_000;
    nation(s, 'AA').freeLabour = 100_000;
    expect(applyOrder(c, s, { kind: 'fundPlant', actor: 'AA', templateId: 'shellco-plant' })).toMatchObject({ ok: true, message: { id: 'plant.funded' } });
    const built = s.lines.at(-1)!;
    expect(built.status).toBe('building');
    const t = advance(c, s, 14 + 18 + 1);
    const opened = t.lines.find((l) => l.id === built.id)!;
    expect(opened.status).toBe('running');
    expect(efficiencyBp(c, opened)).toBeLessThan(10000);
    opened.learningMonths = 24;
    expect(efficiencyBp(c, opened)).toBe(10000);
  });

  it('plant slips depend on the seed: some seeds see the plant open late', () => {
    const openMonths = new Set<number>();
    for (let seed = 1; seed <= 12; seed++) {
      const w = world((sc) => (sc.end = '2025-12'), seed);
      let s = w.s;
      nation(s, 'AA').fundsEur += 1_000_000_000;
      nation(s, 'AA').freeLabour = 100_000;
      applyOrder(w.c, s, { kind: 'fundPlant', actor: 'AA', templateId: 'shellco-plant' });
      const id = s.lines.at(-1)!.id;
      s = advance(w.c, s, 15);
      openMonths.add(s.lines.find((l) => l.id === id)!.readyMonth);
    }
    expect(openMonths.size).toBeGreaterThan(1);
  });

  it('a finished plant waits for skilled workers before it opens', () => {
    const w = world((sc) => {
      sc.end = '2025-12';
      sc.nations[0]!.labourGrowthPerMonth = 0;
    });
    let s = w.s;
    nation(s, 'AA').fundsEur += 1_000_000_000;
    applyOrder(w.c, s, { kind: 'fundPlant', actor: 'AA', templateId: 'shellco-plant' });
    const id = s.lines.at(-1)!.id;
    s.lines.at(-1)!.slipDrawn = true;
    nation(s, 'AA').freeLabour = 0;
    s = advance(w.c, s, 20);
    expect(s.lines.find((l) => l.id === id)!.status).toBe('building');
  });
});
