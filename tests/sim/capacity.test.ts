import { describe, expect, it } from 'vitest';
import { applyOrder } from '../../src/sim/resolve/orders';
import { efficiencyBp } from '../../src/sim/production-line';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { advance, game, line, nation, scenario } from '../helpers';

describe('capacity levers', () => {
  it('an extra shift adds capacity only after its lead time', () => {
    let s = game();
    const before = line(s, 'gd-iowa').shifts;
    const r = applyOrder(s, { kind: 'addShift', nationId: 'US', lineId: 'gd-iowa' });
    expect(r.ok).toBe(true);
    expect(line(s, 'gd-iowa').shifts).toBe(before);
    // Ordered in month m with a 2-month lead: months m and m+1 run as before, m+2 with one shift more.
    s = advance(s, s.rules.shiftLeadMonths);
    expect(line(s, 'gd-iowa').shifts).toBe(before);
    s = advance(s, 1);
    expect(line(s, 'gd-iowa').shifts).toBe(before + 1);
  });

  it('a new shift dilutes the line: efficiency drops while the new crew learns', () => {
    let s = game();
    const before = line(s, 'gd-iowa');
    before.learningMonths = 14;
    const effBefore = efficiencyBp(before);
    applyOrder(s, { kind: 'addShift', nationId: 'US', lineId: 'gd-iowa' });
    s = advance(s, s.rules.shiftLeadMonths + 1);
    // Three months of production would add 3 months of learning; the new crew takes 4 away.
    expect(line(s, 'gd-iowa').learningMonths).toBe(14 + 3 - 4);
    expect(efficiencyBp(line(s, 'gd-iowa'))).toBeLessThan(effBefore);
  });

  it('a shift needs skilled workers the nation does not have', () => {
    const s = game();
    nation(s, 'US').freeLabour = 10;
    const r = applyOrder(s, { kind: 'addShift', nationId: 'US', lineId: 'gd-iowa' });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/skilled workers/);
  });

  it('weekend work raises a busy line’s output by the weekend bonus', () => {
    const s = game();
    s.rules = { ...s.rules, weekendAccidentBp: 0 };
    // Give General Dynamics more orders than its lines can fill, so capacity binds.
    for (const c of s.contracts) if (c.firmId === 'gd-ots') c.perMonth = 100_000;
    const plain = resolveTurn(s, []).report.entries.find((e) => e.id === 'prod:gd-scranton')!.delta;
    const weekend = resolveTurn(s, [{ kind: 'weekendWork', nationId: 'US', lineId: 'gd-scranton', on: true }]).report.entries.find(
      (e) => e.id === 'prod:gd-scranton',
    )!.delta;
    expect(weekend).toBe(plain + Math.floor((plain * s.rules.weekendBonusBp) / 10000));
  });

  it('weekend work risks accidents that stop the line', () => {
    const s = game();
    s.rules = { ...s.rules, weekendAccidentBp: 10000 };
    const r = resolveTurn(s, [{ kind: 'weekendWork', nationId: 'US', lineId: 'gd-scranton', on: true }]);
    expect(r.report.entries.find((e) => e.id === 'accident:gd-scranton')).toBeDefined();
    expect(r.report.entries.find((e) => e.id === 'prod:gd-scranton')).toBeUndefined();
  });

  it('the mothballed-then-restarted Stinger line gives its first missiles about 30 months after the order', () => {
    const s = game();
    const tucson = line(s, 'raytheon-tucson');
    expect(tucson.status).toBe('reactivating');
    tucson.status = 'mothballed';
    const r = applyOrder(s, { kind: 'reactivateLine', nationId: 'US', lineId: 'raytheon-tucson' });
    expect(r.ok).toBe(true);
    expect(line(s, 'raytheon-tucson').readyMonth - s.month).toBe(30);
  });

  it('a state-funded plant is built, may slip, and then ramps up over about two years', () => {
    const sc = scenario();
    sc.end = '2026-12';
    const s = game(1, sc);
    const funds = nation(s, 'DE').fundsEur;
    nation(s, 'DE').fundsEur = funds + 1_000_000_000;
    nation(s, 'DE').freeLabour = 100_000;
    expect(applyOrder(s, { kind: 'fundPlant', nationId: 'DE', templateId: 'rh-unterluss-2' }).ok).toBe(true);
    const built = s.lines.at(-1)!;
    expect(built.status).toBe('building');
    const t = advance(s, 14 + 18 + 1);
    const opened = t.lines.find((l) => l.id === built.id)!;
    expect(opened.status).toBe('running');
    expect(efficiencyBp(opened)).toBeLessThan(10000);
    opened.learningMonths = 24;
    expect(efficiencyBp(opened)).toBe(10000);
  });

  it('plant slips depend on the seed: some seeds see the plant open late', () => {
    const openMonths = new Set<number>();
    for (let seed = 1; seed <= 12; seed++) {
      let s = game(seed);
      nation(s, 'DE').fundsEur += 1_000_000_000;
      nation(s, 'DE').freeLabour = 100_000;
      applyOrder(s, { kind: 'fundPlant', nationId: 'DE', templateId: 'rh-unterluss-2' });
      const id = s.lines.at(-1)!.id;
      s = advance(s, 15);
      openMonths.add(s.lines.find((l) => l.id === id)!.readyMonth);
    }
    expect(openMonths.size).toBeGreaterThan(1);
  });

  it('a finished plant waits for skilled workers before it opens', () => {
    let s = game();
    nation(s, 'DE').fundsEur += 1_000_000_000;
    applyOrder(s, { kind: 'fundPlant', nationId: 'DE', templateId: 'rh-unterluss-2' });
    const id = s.lines.at(-1)!.id;
    s.lines.at(-1)!.slipDrawn = true;
    nation(s, 'DE').freeLabour = 0;
    nation(s, 'DE').labourGrowthPerMonth = 0;
    s = advance(s, 20);
    expect(s.lines.find((l) => l.id === id)!.status).toBe('building');
  });
});
