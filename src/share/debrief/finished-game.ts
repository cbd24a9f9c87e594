/**
 * A game as the debrief studies it: the scenario, the opening, every month's
 * orders and report, and who played which nations. Replaying its orders gives
 * the state at the start of every month; playing on from one of those states
 * with one month's orders changed is a counterfactual the game really ran.
 */
import type { ScenarioContent } from '../../sim/content';
import { hashState } from '../../sim/hash';
import { POLICIES, type PolicyName } from '../../sim/policies';
import type { TurnReport } from '../../sim/report';
import { ordersForTurn } from '../../sim/replay';
import { resolveTurn } from '../../sim/resolve-turn';
import { TRAINER, type GameState, type Order } from '../../sim/types';

/** One resolved month: every order it resolved with (the humans', then the policy's), its report and the state hash after it. */
export interface PlayedMonth {
  orders: readonly Order[];
  report: TurnReport;
  hash?: string;
}

export interface FinishedGame {
  content: ScenarioContent;
  /** the opening state (the scenario's, for the game's seed) */
  start: GameState;
  months: readonly PlayedMonth[];
  /** nations the players gave orders for; a policy played the rest */
  humanNations: readonly string[];
  aiPolicy: PolicyName;
}

/** A finished game with its orders replayed: the state at the start of every month, then the final state. */
export interface ReplayedGame extends FinishedGame {
  /** `months.length + 1` states */
  states: readonly GameState[];
}

/** Replays the game's orders; throws when a month's state differs from the hash recorded with it (the study would be of another game). */
export function replayed(game: FinishedGame): ReplayedGame {
  const states = [game.start];
  game.months.forEach((m, turn) => {
    const next = resolveTurn(game.content, states.at(-1)!, m.orders, { explain: false }).state;
    if (m.hash !== undefined && hashState(next) !== m.hash) throw new Error(`month ${turn + 1} replays to another state than the game's`);
    states.push(next);
  });
  return { ...game, states };
}

/** The orders the players gave in a month (a policy's orders for the other nations name those nations as their actors). */
export function humanOrdersOf(game: FinishedGame, turn: number): Order[] {
  return (game.months[turn]?.orders ?? []).filter((o) => game.humanNations.includes(o.actor));
}

/** The trainer's orders in a month (an inject, a lock, a pause): they stand on every course the debrief tries. */
export function trainerOrdersOf(game: FinishedGame, turn: number): Order[] {
  return (game.months[turn]?.orders ?? []).filter((o) => o.actor === TRAINER);
}

/** A month of the game played with other orders from the players: the turn, and that month's orders. */
export interface ChangedMonth {
  turn: number;
  orders: readonly Order[];
}

export interface PlayedOn {
  final: GameState;
  /** every order of every month, as the game resolved them: replaying these from the opening gives `final` */
  turns: Order[][];
}

/**
 * The game played again with one month's orders changed: the months before it as recorded, then
 * the players' recorded orders, with the policy planning the other nations' on the new course
 * as it did in the game (the same `ordersForTurn` the store uses).
 */
export function playOn(game: ReplayedGame, change: ChangedMonth): PlayedOn {
  const c = game.content;
  const rest = game.start.nations.map((n) => n.id).filter((id) => !game.humanNations.includes(id));
  const turns = game.months.slice(0, change.turn).map((m) => [...m.orders]);
  let s = game.states[change.turn]!;
  for (let t = change.turn; !s.finished; t++) {
    // The trainer's injects and locks stand on every course, first as in a live game (trainer play-test: the debrief
    // advised sending shells while an inject had frozen the aid, and shifts the trainer had locked).
    const human = [...trainerOrdersOf(game, t), ...(t === change.turn ? change.orders : humanOrdersOf(game, t))];
    const orders = ordersForTurn(c, s, human, POLICIES[game.aiPolicy], rest);
    s = resolveTurn(c, s, orders, { explain: false }).state;
    turns.push(orders);
  }
  return { final: s, turns };
}
