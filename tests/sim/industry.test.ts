import { describe, expect, it } from 'vitest';
import { findFirm } from '../../src/sim/find';
import { firmSpec } from '../../src/sim/content';
import { leadMonths } from '../../src/sim/firm-price';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { applyAction } from '../../src/sim/resolve/events';
import { line, message } from '../helpers';
import { world } from '../world';

describe('industry', () => {
  it('an idle line still pays its upkeep (why firms want guarantees)', () => {
    const { c, s } = world();
    for (const x of s.contracts) if (x.firmId === 'shellco') x.status = 'cancelled';
    const cash = findFirm(s, 'shellco')!.cashEur;
    const next = resolveTurn(c, s, []);
    const made = next.report.entries.find((e) => e.id === 'prod:shellco-main')!;
    expect(made.delta).toBe(0);
    expect(made.message).toMatchObject({ id: 'production.made', params: { line: 'shellco-main', units: 0, idle: 1 } });
    expect(findFirm(next.state, 'shellco')!.cashEur).toBe(cash - line(s, 'shellco-main').upkeepEurPerMonth);
  });

  it('a propellant shortage cuts what the lines make, and the report says so', () => {
    const { c, s } = world();
    const normal = resolveTurn(c, s, []).state.tally.natoArtilleryLastMonth;
    expect(normal).toBe(4000);
    applyAction(c, s, { kind: 'inputShock', input: 'propellant', cutBp: 8000, months: 3 }, 'linters');
    const short = resolveTurn(c, s, []);
    // 20 % of 100,000 kg of propellant at 8 kg a shell: 2,500 shells instead of 4,000.
    expect(short.state.tally.natoArtilleryLastMonth).toBe(2500);
    const input = short.report.entries.find((e) => e.id === 'input:propellant')!;
    expect(input.message).toEqual(message('production.inputBinds', { input: 'propellant', supply: 20_000, need: 32_000, scaleBp: 6250 }));
    expect(input.causes).toEqual(['event:linters']);
    expect(short.report.entries.find((e) => e.id === 'prod:shellco-main')!.causes).toContain('input:propellant');
    // The Stinger line needs no propellant: it is not cut.
    expect(short.report.entries.find((e) => e.id === 'prod:missileco-line')!.causes).not.toContain('input:propellant');
  });

  it('lead times grow with the order book', () => {
    const { c, s } = world();
    const firm = firmSpec(c, 'shellco')!;
    const before = leadMonths(c, s, firm, 'shell');
    for (const x of s.contracts) if (x.firmId === 'shellco') x.months = 60;
    expect(leadMonths(c, s, firm, 'shell')).toBeGreaterThan(before);
  });

  it('late buyers queue: output goes to the oldest contract first', () => {
    const { c, s } = world();
    const first = s.contracts.find((x) => x.firmId === 'shellco')!;
    // A newer contract that alone would take the line's whole output (10,000 a month).
    s.contracts.push({ ...first, id: 'c9999', buyers: [{ nationId: 'BB', shareBp: 10000 }], perMonth: 10_000, delivered: 0 });
    const next = resolveTurn(c, s, []).state;
    const older = next.contracts.find((x) => x.id === first.id)!;
    const newer = next.contracts.find((x) => x.id === 'c9999')!;
    expect(older.delivered).toBe(first.perMonth);
    expect(newer.delivered).toBe(10_000 - first.perMonth);
  });
});
