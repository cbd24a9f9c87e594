/**
 * A replay made ready to watch: every month re-simulated once with its report
 * (explained, for the Why? view), and the state after each month kept as a
 * checkpoint, so moving to any month is a lookup, not a re-simulation. The
 * game store the views and the map read is moved to the month shown.
 */
import type { ScenarioFile } from '../../scenario/schema';
import { endsElsewhere } from '../../share/replay-link/link-game';
import type { LinkedGame } from '../../share/replay-link/replay-link';
import { replayWithReports } from '../../share/review/replay-reports';
import { turningPoints, type TurningPoint } from '../../share/review/turning-points';
import { hashState, type GameState, type ScenarioContent } from '../../sim';
import { createGameStore, type GameStore, type ResolvedMonth } from '../../store/game-store';

export interface WatchedGame {
  scenario: ScenarioFile;
  content: ScenarioContent;
  game: LinkedGame;
  /** the link's text after `g=`: the address of what is watched */
  payload: string;
  /** the opening, then the state after each month */
  states: GameState[];
  months: ResolvedMonth[];
  /** the store the report, charts and map read, moved to the month shown */
  store: GameStore;
  /** the months the game turned on, marked on the timeline */
  marks: TurningPoint[];
}

export function watchedGame(t: { scenario: ScenarioFile; content: ScenarioContent; game: LinkedGame; payload: string }): WatchedGame | { problem: string } {
  const { content, game } = t;
  const played = replayWithReports(content, { seed: game.seed, turns: game.months.map((orders) => ({ orders, hash: '' })) });
  if ('problem' in played) return played;
  const last = played.states.at(-1)!;
  const broken = endsElsewhere(game, last, hashState(last));
  if (broken) return { problem: broken };
  const months = played.reports.map((report, i) => ({ turn: i, orders: game.months[i]!, hash: hashState(played.states[i + 1]!), report }));
  const store = createGameStore({
    content,
    start: played.states[0]!,
    humanNations: game.played ?? content.nations.map((n) => n.id),
    aiPolicy: game.policy ?? 'balanced',
  });
  return { ...t, states: played.states, months, store, marks: turningPoints(content, played) };
}

/** Shows the game after `month` months (0: the opening): a lookup in the checkpoints. */
export function showMonth(w: WatchedGame, month: number) {
  const state = w.states[month]!;
  w.store.setState({ game: state, preview: { state, results: [] }, history: w.months.slice(0, month), pending: [] });
}
