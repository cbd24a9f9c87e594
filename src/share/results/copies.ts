/**
 * Copies: a result code verifies under any team name, so two teams handing in
 * the same orders (one copied the other's code and typed a new name) are
 * found here and flagged, never silently ranked apart. They are found by the
 * game the orders played, month by month, so an order added that changed
 * nothing does not hide a copy. The same game handed in twice under one name
 * is flagged too, as a duplicate (and shown once: groups.ts).
 */
import type { TeamResult } from './verdict';

export interface CopyFlag {
  /** teams with other names that handed in the same orders */
  copiedWith: string[];
  /** the same team handed in the same game more than once */
  duplicate: boolean;
}

/** For each team (by position), its flag, or null when its orders are its own. */
export function findCopies(teams: readonly TeamResult[]): (CopyFlag | null)[] {
  const byGame = new Map<string, TeamResult[]>();
  for (const t of teams) {
    const key = `${t.scenarioId}|${t.seed}|${t.gameKey}`;
    byGame.set(key, [...(byGame.get(key) ?? []), t]);
  }
  return teams.map((t) => {
    const same = byGame.get(`${t.scenarioId}|${t.seed}|${t.gameKey}`)!.filter((o) => o !== t);
    if (!same.length) return null;
    const copiedWith = [...new Set(same.filter((o) => o.team !== t.team).map((o) => o.team))];
    return { copiedWith, duplicate: same.some((o) => o.team === t.team) };
  });
}
