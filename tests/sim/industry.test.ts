import { describe, expect, it } from 'vitest';
import { findFirm } from '../../src/sim/find';
import { leadMonths } from '../../src/sim/negotiation';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { applyAction } from '../../src/sim/resolve/events';
import { game, line } from '../helpers';

describe('industry', () => {
  it('an idle line still pays its upkeep (why firms want guarantees)', () => {
    const s = game();
    for (const c of s.contracts) if (c.firmId === 'nammo') c.status = 'cancelled';
    const cash = findFirm(s, 'nammo')!.cashEur;
    const next = resolveTurn(s, []);
    expect(next.report.entries.find((e) => e.id === 'prod:nammo-raufoss')!.delta).toBe(0);
    expect(findFirm(next.state, 'nammo')!.cashEur).toBe(cash - line(s, 'nammo-raufoss').upkeepEurPerMonth);
  });

  it('a propellant shortage cuts what the lines make, and the report says so', () => {
    const s = game();
    const normal = resolveTurn(s, []).state.tally.natoShellsLastMonth;
    applyAction(s, { kind: 'inputShock', input: 'propellant', cutBp: 8000, months: 3 }, 'china-linters');
    const short = resolveTurn(s, []);
    expect(short.state.tally.natoShellsLastMonth).toBeLessThan(normal);
    const input = short.report.entries.find((e) => e.id === 'input:propellant')!;
    expect(input.text).toMatch(/propellant binds/);
    const scranton = short.report.entries.find((e) => e.id === 'prod:gd-scranton')!;
    expect(scranton.causes).toContain('input:propellant');
  });

  it('lead times grow with the order book', () => {
    const s = game();
    const firm = findFirm(s, 'csg')!;
    const before = leadMonths(s, firm, 'shell');
    for (const c of s.contracts) if (c.firmId === 'csg') c.months = 60;
    expect(leadMonths(s, firm, 'shell')).toBeGreaterThan(before);
  });

  it('late buyers queue: output goes to the oldest contract first', () => {
    const s = game();
    const first = s.contracts.find((c) => c.firmId === 'csg')!;
    s.contracts.push({ ...first, id: 'c9999', buyers: [{ nationId: 'PL', shareBp: 10000 }], delivered: 0 });
    const next = resolveTurn(s, []).state;
    const older = next.contracts.find((c) => c.id === first.id)!;
    const newer = next.contracts.find((c) => c.id === 'c9999')!;
    expect(older.delivered).toBe(first.perMonth);
    expect(newer.delivered).toBeLessThan(first.perMonth);
  });
});
