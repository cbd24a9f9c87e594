/** The decisions panel's preview of a capacity lever agrees with what the resolver then makes. */
import { describe, expect, it } from 'vitest';
import { shiftOutlook, weekendOutlook } from '../../src/sim/capacity-outlook';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { findNation } from '../../src/sim/find';
import { line } from '../helpers';
import { world } from '../world';

describe('capacity lever outlook', () => {
  it('a shift on a line whose firm has no orders for more says so, and the resolver agrees', () => {
    const { c, s } = world();
    const o = shiftOutlook(c, s, line(s, 'shellco-main'));
    expect(o).toMatchObject({
      adds: 5000,
      uses: 0,
      fromMonth: s.month + c.rules.shiftLeadMonths,
      binds: { kind: 'contract', firm: 'shellco', calledFor: 4000, canMake: 10_000 },
    });
    const after = resolveTurn(c, s, [{ kind: 'weekendWork', actor: 'AA', lineId: 'shellco-main', on: true }]).state;
    expect(after.tally.natoArtilleryLastMonth).toBe(4000);
  });

  it('a contract signed to start later is named with its month: the shift adds nothing before it, not "until more orders"', () => {
    const { c, s } = world();
    const k = s.contracts.find((x) => x.firmId === 'shellco')!;
    k.perMonth = 20_000;
    k.firstDeliveryMonth = s.month + 6;
    const o = shiftOutlook(c, s, line(s, 'shellco-main'));
    expect(o).toMatchObject({ uses: 0, binds: { kind: 'contract', firm: 'shellco', calledFor: 0, later: { month: s.month + 6, perMonth: 20_000 } } });
    // From its first month on, the shift is used.
    k.firstDeliveryMonth = s.month + c.rules.shiftLeadMonths;
    expect(shiftOutlook(c, s, line(s, 'shellco-main')).uses).toBeGreaterThan(0);
  });

  it('with orders for more than the line makes, weekend work adds its bonus from this month, and the resolver makes it', () => {
    const { c, s } = world();
    for (const k of s.contracts) if (k.firmId === 'shellco') k.perMonth = 20_000;
    const o = weekendOutlook(c, s, line(s, 'shellco-main'));
    expect(o).toMatchObject({ adds: 2000, fromMonth: s.month, binds: { kind: 'none' } });
    const sure = { ...c, rules: { ...c.rules, weekendAccidentBp: 0 } } as typeof c;
    const before = resolveTurn(sure, s, []).state.tally.natoArtilleryLastMonth;
    const after = resolveTurn(sure, s, [{ kind: 'weekendWork', actor: 'AA', lineId: 'shellco-main', on: true }]).state.tally.natoArtilleryLastMonth;
    expect(after - before).toBe(o.adds);
  });

  it('names an input that is already short, and a nation without the workers', () => {
    const { c, s } = world();
    for (const k of s.contracts) if (k.firmId === 'shellco') k.perMonth = 20_000;
    // 10,000 shells a month at 8 kg of propellant need 80,000 kg; the world has 100,000: a shift's 5,000 more would not fit.
    expect(shiftOutlook(c, s, line(s, 'shellco-main')).binds).toMatchObject({ kind: 'input', input: 'propellant', supply: 100_000, need: 120_000 });
    findNation(s, 'AA')!.freeLabour = 10;
    expect(shiftOutlook(c, s, line(s, 'shellco-main')).binds).toEqual({ kind: 'labour', nation: 'AA', need: 100, free: 10 });
  });

  it('promises only what the contracts take of a shift, and the resolver makes just that once the firm has caught up', () => {
    const { c, s } = world();
    const shellco = s.contracts.filter((k) => k.firmId === 'shellco');
    expect(shellco).toHaveLength(1);
    // The line makes 10,000 on two shifts; orders for 12,000 leave room for 2,000 of a shift's 5,000
    // (the world's 100,000 kg of propellant at 8 kg a shell allow 12,500).
    shellco[0]!.perMonth = 12_000;
    const o = shiftOutlook(c, s, line(s, 'shellco-main'));
    expect(o).toMatchObject({ adds: 5000, uses: 2000, binds: { kind: 'none' } });
    let t = resolveTurn(c, s, [{ kind: 'addShift', actor: 'AA', lineId: 'shellco-main' }]).state;
    const made: number[] = [];
    for (let i = 0; i < 14 && !t.finished; i++) {
      t = resolveTurn(c, t, []).state;
      made.push(t.tally.natoArtilleryLastMonth);
    }
    // The 4,000 short before the shift are made up first (slowly: propellant allows 12,500); then the contracts take 12,000 a month, not 15,000.
    expect(made.at(-1)).toBe(12_000);
    expect(Math.max(...made)).toBeLessThan(15_000);
  });
});
