/**
 * Hotseat teams: several teams on one device, each playing a nation or a
 * group of nations, who give their orders one after the other. A team that
 * ends its turn seals its orders: the next team neither sees them nor plays
 * against them (its previews leave them out), and the month resolves with
 * every team's orders once the last team has ended its turn, as a board game
 * reveals simultaneous moves. Nations no team plays follow the policy.
 */
export interface Team {
  name: string;
  /** the nations this team gives orders for; no two teams share one */
  nations: string[];
}

/** The role of a game played by hotseat teams (beside "coordinator" and a nation's id). */
export const HOTSEAT = 'hotseat';

/** Most teams a laptop is passed around: more than this and a month takes longer than a class can wait. */
export const MAX_TEAMS = 6;

/** Why these teams cannot play this scenario, or null when they can. */
export function teamsProblem(teams: readonly Team[], nations: readonly string[]): string | null {
  if (teams.length < 2) return 'hotseat needs at least two teams';
  if (teams.length > MAX_TEAMS) return `at most ${MAX_TEAMS} teams share a laptop`;
  const seen = new Set<string>();
  for (const [i, t] of teams.entries()) {
    if (!t.name.trim()) return `team ${i + 1} has no name`;
    if (t.name.length > 40) return `team ${i + 1}'s name is longer than 40 characters`;
    if (t.nations.length === 0) return `${t.name} plays no nation`;
    for (const id of t.nations) {
      if (!nations.includes(id)) return `${t.name} plays "${id}", which is not a nation of this scenario`;
      if (seen.has(id)) return `"${id}" is played by two teams`;
      seen.add(id);
    }
  }
  if (new Set(teams.map((t) => t.name.trim())).size < teams.length) return 'two teams have the same name';
  return null;
}

/** Every nation the teams play, in the teams' order. */
export const teamNations = (teams: readonly Team[]) => teams.flatMap((t) => t.nations);
