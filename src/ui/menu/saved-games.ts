/** The games saved in this browser as the menu lists them: what each one is, in the order they are offered. */
import type { ScenarioFile } from '../../scenario/schema';
import type { SaveFile } from '../../share/files';
import { monthLabel, scoreGame } from '../../sim';
import { HOTSEAT } from '../../share/teams';
import type { Restored } from './restore-save';

/** A saved game that re-simulates, as the menu lists it. */
export interface SavedGame {
  /** where it is stored */
  key: string;
  gameId: string;
  scenarioId: string;
  scenarioTitle: string;
  /** the score so far (the final one for a finished game); null for a save made under other rules */
  score: number | null;
  /** "Alliance coordinator", the nation played, or the hotseat teams */
  role: string;
  /** the month it is at ("Apr 2023"), or "finished" */
  month: string;
  /** the seed: two games of one scenario and role are told apart by it (hobbyist play-test: identical rows) */
  seed: string;
  /** months resolved so far: none means only started, with no score yet to show */
  played: number;
  savedAt: string;
  /** a copy saved under a name: it never changes, and continuing it starts a new game */
  name?: string;
  /** the rules version of a save made under other rules: it opens read-only */
  madeWith?: number;
  /** a branch of a shared game: the months it kept of it */
  branchMonths?: number;
}

export function listingOf(key: string, gameId: string, restored: Extract<Restored, { ok: true }>): SavedGame {
  const { scenario, game, role, save } = restored;
  const state = game.getState().game;
  return {
    key,
    gameId,
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    score: scoreGame(game.getState().content, state).score,
    role:
      role === 'coordinator'
        ? 'Alliance coordinator'
        : role === HOTSEAT
          ? `hotseat: ${game
              .getState()
              .teams.map((t) => t.name)
              .join(', ')}`
          : (scenario.nations.find((n) => n.id === role)?.name ?? role),
    month: state.finished ? 'finished' : monthLabel(state.month),
    seed: save.seed,
    played: save.turns.length,
    savedAt: save.savedAt,
    ...(save.name ? { name: save.name } : {}),
    ...(save.branch ? { branchMonths: save.branch.months } : {}),
  };
}

/** A save made under other rules, listed to be opened read-only: what its text says, nothing re-simulated. */
export function otherRulesListing(key: string, gameId: string, save: SaveFile, scenarios: readonly ScenarioFile[]): SavedGame {
  const scenario = scenarios.find((x) => x.id === save.scenario.id);
  const everyone = scenario && save.humanNations.length === scenario.nations.length;
  const n = save.turns.length;
  return {
    key,
    gameId,
    scenarioId: save.scenario.id,
    scenarioTitle: scenario?.title ?? save.scenario.id,
    score: null,
    role: everyone ? 'Alliance coordinator' : save.humanNations.map((id) => scenario?.nations.find((x) => x.id === id)?.name ?? id).join(', '),
    month: `${n} ${n === 1 ? 'month' : 'months'} played`,
    seed: save.seed,
    played: n,
    savedAt: save.savedAt,
    madeWith: save.rulesVersion,
    ...(save.name ? { name: save.name } : {}),
  };
}

/** This tab's own game first (the one it played before a reload), then the most recently saved. */
export function orderSavedGames(games: readonly SavedGame[], tabGameId: string | null): SavedGame[] {
  // Saves of other rules last: the first game offered is the one Continue opens.
  const rank = (g: SavedGame) => (g.madeWith !== undefined ? -1 : g.gameId === tabGameId ? 1 : 0);
  const time = (g: SavedGame) => Date.parse(g.savedAt) || 0;
  return [...games].sort((a, b) => rank(b) - rank(a) || time(b) - time(a) || (a.key < b.key ? -1 : 1));
}

/** "21 Nov 2025, 21:30" in the reader's own format; a date that does not read as one is shown as written. */
export function savedAtText(savedAt: string): string {
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime()) ? savedAt.slice(0, 40) : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
