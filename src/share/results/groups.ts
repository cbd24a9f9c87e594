/**
 * The class's table: verified teams grouped by the war they played (scenario
 * and seed: only games of the same war compare), best score first, each with
 * its copy flag; refused submissions kept apart in the order they came.
 */
import { findCopies, handedInBy, type CopyFlag } from './copies';
import type { ObjectiveMarks, TeamResult, Verdict } from './verdict';

export interface RankedTeam {
  source: string;
  result: TeamResult;
  copy: CopyFlag | null;
}

export interface ResultsGroup {
  scenarioId: string;
  scenarioTitle: string;
  seed: string;
  /** the scenario's objectives, in its order */
  objectives: Pick<ObjectiveMarks, 'id' | 'kind' | 'weight'>[];
  /** best score first; a tie by team name */
  teams: RankedTeam[];
}

export type Refused = Extract<Verdict, { ok: false }>;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function groupResults(verdicts: readonly Verdict[]): { groups: ResultsGroup[]; refused: Refused[]; again: number } {
  const verified = verdicts.filter((v): v is Extract<Verdict, { ok: true }> => v.ok);
  const flags = findCopies(verified.map((v) => v.result));
  const groups = new Map<string, ResultsGroup>();
  // The same game handed in again under the same name (pasted and sent by the class server, say) is one row, flagged
  // as handed in more than once (trainer play-test: it showed as two rows); so is an unnamed game pasted twice.
  const seen = new Set<string>();
  let again = 0;
  verified.forEach((v, i) => {
    const r = v.result;
    const game = `${r.scenarioId}|${r.seed}|${r.gameKey}|${handedInBy(r)}`;
    if (seen.has(game)) return void again++;
    seen.add(game);
    const key = `${r.scenarioId}|${r.seed}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        scenarioId: r.scenarioId,
        scenarioTitle: r.scenarioTitle,
        seed: r.seed,
        objectives: r.objectives.map(({ id, kind, weight }) => ({ id, kind, weight })),
        teams: [],
      };
      groups.set(key, g);
    }
    g.teams.push({ source: v.source, result: r, copy: flags[i]! });
  });
  for (const g of groups.values()) g.teams.sort((a, b) => b.result.score - a.result.score || byCodeUnit(a.result.team, b.result.team));
  const ordered = [...groups.values()].sort((a, b) => byCodeUnit(a.scenarioId, b.scenarioId) || byCodeUnit(a.seed, b.seed));
  return { groups: ordered, refused: verdicts.filter((v): v is Refused => !v.ok), again };
}

/** A team's place in its war: one more than the teams that scored more, so a tie shares its place (1, 1, 3; trainer play-test: three teams on 25 ranked 1, 2, 3). */
export function placeOf(g: ResultsGroup, i: number): number {
  const score = g.teams[i]!.result.score;
  return 1 + g.teams.filter((t) => t.result.score > score).length;
}

/** Whether every team of the war scored the same: there is no best or worst team to compare. */
export const allTied = (g: ResultsGroup): boolean => g.teams.every((t) => t.result.score === g.teams[0]?.result.score);
