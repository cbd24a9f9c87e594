/** A short game played through the game store as a student would, for the debrief's tests: the finished game as the debrief studies it. */
import { loadScenario } from '../../src/cli/scenario-files';
import { newGame } from '../../src/scenario/build-game';
import { replayed, type ReplayedGame } from '../../src/share/debrief/finished-game';
import { seedFromValue } from '../../src/share/seed-code';
import type { GameState, Order } from '../../src/sim';
import { createGameStore, type GameStoreState } from '../../src/store/game-store';

/** The shortest shipped scenario: ten months. */
export const SHORT = 'before-bucharest';

export interface Played {
  store: GameStoreState;
  game: ReplayedGame;
}

/** Plays a scenario to its end, giving `ordersFor(turn, state)` each month for the nations played (all by default). */
export function playToEnd(options: { scenario?: string; seed?: number; humanNations?: string[]; ordersFor?: (turn: number, s: GameState) => Order[] }): Played {
  const { content } = loadScenario(options.scenario ?? SHORT);
  const start = newGame(content, seedFromValue(options.seed ?? 11));
  const store = createGameStore({ content, start, humanNations: options.humanNations });
  for (let turn = 0; !store.getState().game.finished; turn++) {
    for (const order of options.ordersFor?.(turn, store.getState().game) ?? []) store.getState().addOrder(order);
    store.getState().endTurn();
  }
  const g = store.getState();
  return { store: g, game: replayed({ content, start, months: g.history, humanNations: g.humanNations, aiPolicy: g.aiPolicy }) };
}
