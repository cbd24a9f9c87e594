/**
 * Copies: a result code verifies under any team name, so two teams handing in
 * the same orders (one copied the other's code and typed a new name) are
 * found here and flagged, never silently ranked apart. They are found by the
 * game the orders played, month by month, so an order added that changed
 * nothing does not hide a copy. The same game handed in twice under one name
 * is flagged too, as a duplicate (and shown once: groups.ts). So is the same
 * game handed in twice without a name: its two rows were named by the lines
 * they were pasted on, and each was flagged as the other's copy (trainer
 * play-test).
 */
import type { TeamResult } from './verdict';

export interface CopyFlag {
  /** teams with other names that handed in the same orders */
  copiedWith: string[];
  /** the same team handed in the same game more than once */
  duplicate: boolean;
}

/** Who handed a game in: its team's name, or none for every code that named no team. */
export const handedInBy = (t: Pick<TeamResult, 'team' | 'unnamed'>): string => (t.unnamed ? '' : t.team);

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
    const by = handedInBy(t);
    // Each other team once: an unnamed game pasted twice is one team, named by its first line (trainer play-test: "… and unnamed (line 3)").
    const others = new Map<string, string>();
    for (const o of same) if (handedInBy(o) !== by && !others.has(handedInBy(o))) others.set(handedInBy(o), o.team);
    const copiedWith = [...others.values()];
    return { copiedWith, duplicate: same.some((o) => handedInBy(o) === by) };
  });
}
