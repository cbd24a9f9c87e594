/**
 * Teams of one class that played different nations (trainer play-test): the table and the sheet say who played what,
 * and "where the best and the worst team diverged" counts and lists only the teams' own orders, not the computer's
 * moves for the nations they did not play.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { whereDiverged } from '../../src/share/results/divergence';
import { groupResults, type ResultsGroup } from '../../src/share/results/groups';
import { sheetToCsv } from '../../src/share/results/results-csv';
import { resultsSheet } from '../../src/share/results/results-sheet';
import { verifySubmission } from '../../src/share/results/verify-submission';
import { namesFor } from '../../src/share/text/messages';
import { divergedText } from '../../src/share/text/results';
import { tableColumns, teamCells } from '../../src/share/text/results-table';
import { nationTeamCode } from '../result-codes';

const { content } = loadScenario('race-in-a-lesson');
const SEED = 'RACE-2023-X';
const turns = 4;

function war(...codes: string[]): ResultsGroup {
  const verdicts = codes.map((text, i) => verifySubmission({ source: `line ${i + 1}`, text }, (id) => (id === content.id ? content : undefined)));
  const { groups, refused } = groupResults(verdicts);
  expect(refused).toEqual([]);
  return groups[0]!;
}

describe('teams of one class that played different nations', () => {
  const us = nationTeamCode({ team: 'Blue', nation: 'US', policy: 'balanced', seed: SEED, scenario: content.id });
  const de = nationTeamCode({ team: 'Gold', nation: 'DE', policy: 'passive', seed: SEED, scenario: content.id });
  const g = war(us.code, de.code);

  it('are told apart in the table and the sheet by the nation each played', () => {
    expect(tableColumns(g).slice(0, 4)).toEqual(['#', 'Team', 'Plays', 'Score']);
    expect(g.teams.map((t, i) => teamCells(t, i + 1, g).slice(1, 3))).toEqual([
      ['Blue', 'United States'],
      ['Gold', 'Germany'],
    ]);
    const csv = sheetToCsv(resultsSheet([g], []));
    expect(csv).toContain('Scenario,Seed,Team,Plays,Month');
    expect(csv).toMatch(/,Gold,Germany,total,/);
  });

  it('differ in the months of their own orders, at most one a turn, and the comparison says they played different nations', () => {
    const d = whereDiverged(content, g);
    if (d.kind !== 'diverged') throw new Error(d.kind);
    expect(d.nationsDiffer).toBe(true);
    expect(d.monthsApart).toBeGreaterThan(0);
    expect(d.monthsApart).toBeLessThanOrEqual(turns);
    const text = divergedText(d, namesFor(content, d.state));
    expect(text.headline).toContain('played different nations (Blue: United States; Gold: Germany), so their orders do not compare month by month');
    // No side-by-side lists: one team's orders against the computer's moves in the other game read as credit or blame for
    // moves nobody chose (trainer play-test: "Bears: 520 fewer shells sent", a team that gave no orders).
    expect([text.best, text.worst]).toEqual(['', '']);
  });

  it('of the same nation, need no column of what they played', () => {
    const same = war(us.code, nationTeamCode({ team: 'Teal', nation: 'US', policy: 'passive', seed: SEED, scenario: content.id }).code);
    expect(tableColumns(same)).not.toContain('Plays');
    const d = whereDiverged(content, same);
    if (d.kind !== 'diverged') throw new Error(d.kind);
    expect(d.nationsDiffer).toBe(false);
    expect(d.monthsApart).toBeLessThanOrEqual(turns);
    expect(divergedText(d, namesFor(content, d.state)).headline).not.toContain('different nations');
  });
});
