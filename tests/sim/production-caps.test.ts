/**
 * Every cap that holds a line below what it could make is named in the report,
 * in the words a student acts on (issue: a shift and weekend work that "lowered"
 * output while the report still read "3 shifts at 100 % efficiency"). The test
 * world's shell line makes 2 × 5,000 a month at full rate; its firm's contract
 * calls for 4,000.
 */
import { describe, expect, it } from 'vitest';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { applyAction } from '../../src/sim/resolve/events';
import { formatMessage, namesFor } from '../../src/share/text/messages';
import type { GameState } from '../../src/sim/types';
import type { ScenarioContent } from '../../src/sim/content';
import { line } from '../helpers';
import { world } from '../world';

function made(c: ScenarioContent, s: GameState, lineId = 'shellco-main') {
  const next = resolveTurn(c, s, []);
  const entry = next.report.entries.find((e) => e.id === `prod:${lineId}`)!;
  return { entry, params: entry.message.params as Record<string, number | string>, text: formatMessage(entry.message, namesFor(c, next.state)), next };
}

describe('named production caps', () => {
  it('contracts: a line makes what its firm has orders for, and says how much capacity has none', () => {
    const { c, s } = world();
    const { params, text } = made(c, s);
    expect(params).toMatchObject({ units: 4000, possible: 10_000, uncontracted: 6000, input: '' });
    expect(text).toBe(
      "Shellco main plant made 4,000 of 10,000 possible 155 mm shells: Shell Company's contracts call for no more (6,000 a month of capacity has no order) (2 shifts at 100.0 % efficiency)",
    );
  });

  it('an extra shift without a contract adds nothing, and the report says why', () => {
    const { c, s } = world();
    line(s, 'shellco-main').shifts = 3;
    const { params, next } = made(c, s);
    expect(next.state.tally.natoArtilleryLastMonth).toBe(4000);
    expect(params).toMatchObject({ units: 4000, possible: 15_000, uncontracted: 11_000, shifts: 3 });
  });

  it('inputs: a shortage names the input and its shortfall across all lines', () => {
    const { c, s } = world();
    for (const x of s.contracts) if (x.firmId === 'shellco') x.perMonth = 10_000;
    applyAction(c, s, { kind: 'inputShock', input: 'propellant', cutBp: 5000, months: 3 }, 'linters');
    // 50,000 kg of propellant for 10,000 shells × 8 kg = 80,000 kg: short by 30,000 kg, 6,250 shells made.
    const { params, text } = made(c, s);
    expect(params).toMatchObject({ units: 6250, possible: 10_000, uncontracted: 0, input: 'propellant', inputShort: 30_000 });
    expect(text).toContain('made 6,250 of 10,000 possible 155 mm shells: propellant short by 30,000');
    expect(text).toContain('across all lines');
  });

  it('learning: a line still on its curve says so', () => {
    const { c, s } = world();
    for (const x of s.contracts) if (x.firmId === 'shellco') x.perMonth = 10_000;
    line(s, 'shellco-main').learningMonths = 0;
    const { params, text } = made(c, s);
    // 20 % efficiency at month 0 of the default learning curve: 2,000 of 10,000 shifts' worth.
    expect(params).toMatchObject({ units: 2000, possible: 2000, efficiencyBp: 2000 });
    expect(text).toContain('at 20.0 % efficiency, still learning');
  });

  it('no contract at all: the line stands idle and the firm is named', () => {
    const { c, s } = world();
    for (const x of s.contracts) if (x.firmId === 'shellco') x.status = 'cancelled';
    const { text } = made(c, s);
    expect(text).toBe('Shellco main plant made 0 155 mm shells: no contract of Shell Company calls for its output, so it stood idle and still paid upkeep');
  });

  it('a weekend accident stops the line, named as its own entry', () => {
    const { c, s } = world();
    const l = line(s, 'shellco-main');
    l.weekend = true;
    // Certain accident, so the test does not hang on a seed.
    const sure = { ...c, rules: { ...c.rules, weekendAccidentBp: 10_000 } } as ScenarioContent;
    const next = resolveTurn(sure, s, []);
    expect(next.report.entries.find((e) => e.id === 'accident:shellco-main')).toBeDefined();
    expect(next.report.entries.find((e) => e.id === 'prod:shellco-main')).toBeUndefined();
    expect(next.state.tally.natoArtilleryLastMonth).toBe(0);
  });
});
