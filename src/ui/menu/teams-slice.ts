/**
 * Hotseat teams as the menu prepares them: how many teams share this laptop,
 * their names, and which team plays each playable nation (the rest follow the
 * policy). The game store takes them as they are when the game starts.
 */
import type { ScenarioFile } from '../../scenario/schema';
import { COORDINATOR } from '../../share/class-file';
import { MAX_TEAMS, type Team } from '../../share/teams';
import type { SessionState, Slice } from '../store';

/**
 * The nations teams on this laptop may play: a class opened from its link offers its roles (trainer play-test: one-laptop
 * mode offered all eleven nations), unless one of them is the coordinator, who plays every nation; any other game, every
 * playable nation.
 */
export function hotseatNations(s: Pick<SessionState, 'classRoles'>, scenario: ScenarioFile | undefined): string[] {
  if (!scenario) return [];
  const roles = s.classRoles?.scenarioId === scenario.id ? s.classRoles.roles : null;
  if (!roles || roles.includes(COORDINATOR)) return scenario.playable;
  return scenario.playable.filter((id) => roles.includes(id));
}

export interface TeamsSlice {
  /** the teams in the order they play each month */
  teamsDraft: Team[];
  setTeamCount(count: number, scenario: ScenarioFile | undefined): void;
  renameTeam(index: number, name: string): void;
  /** Gives a nation to a team (-1: to the policy); a nation is played by one team at most. */
  assignNation(nationId: string, teamIndex: number): void;
}

export const createTeamsSlice: Slice<TeamsSlice> = (set, get) => ({
  teamsDraft: [],
  setTeamCount(count, scenario) {
    const n = Math.max(2, Math.min(MAX_TEAMS, Math.trunc(count) || 2));
    const now = get().teamsDraft;
    // Teams kept keep their nations; a new team gets the first playable nation nobody plays (so two new teams start with one each).
    const kept = now.slice(0, n);
    const taken = new Set(kept.flatMap((t) => t.nations));
    const free = hotseatNations(get(), scenario).filter((id) => !taken.has(id));
    const added = Array.from({ length: n - kept.length }, (_, i) => ({ name: `Team ${kept.length + i + 1}`, nations: free[i] ? [free[i]] : [] }));
    set({ teamsDraft: [...kept, ...added] });
  },
  renameTeam(index, name) {
    set({ teamsDraft: get().teamsDraft.map((t, i) => (i === index ? { ...t, name } : t)) });
  },
  assignNation(nationId, teamIndex) {
    set({
      teamsDraft: get().teamsDraft.map((t, i) => {
        const without = t.nations.filter((id) => id !== nationId);
        return { ...t, nations: i === teamIndex ? [...without, nationId] : without };
      }),
    });
  },
});
