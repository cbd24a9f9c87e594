/**
 * The game store (zustand/vanilla): the current game, the month's pending
 * orders with undo, and the history of resolved months. It holds no rules:
 * previews and `endTurn` call the pure resolver.
 */
import { produce } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { hashState } from '../sim/hash';
import { POLICIES, type PolicyName } from '../sim/policies';
import type { OrderResult, TurnReport } from '../sim/report';
import { ordersForTurn } from '../sim/replay';
import { previewOrders, resolveTurn } from '../sim/resolve-turn';
import type { GameState, Order } from '../sim/types';

export interface ResolvedMonth {
  turn: number;
  /** every order the month resolved with: the humans', then the policy's */
  orders: Order[];
  hash: string;
  report: TurnReport;
}

export interface GameStoreState {
  /** the state at the start of the current month */
  game: GameState;
  /** nations the humans at this device play; a policy plays the rest */
  humanNations: string[];
  aiPolicy: PolicyName;
  /** the month's accepted orders, in the order given */
  pending: Order[];
  /** the game as the pending orders leave it, and what each order did */
  preview: { state: GameState; results: OrderResult[] };
  history: ResolvedMonth[];
  /** Tries an order: kept when valid, answered with a reason either way. */
  addOrder(order: Order): OrderResult;
  /** Takes back the last pending order of the month. */
  undo(): void;
  clearOrders(): void;
  /** Resolves the month with the pending orders and the policy's orders for the other nations. */
  endTurn(): ResolvedMonth;
  /** Resolves the month with exactly these orders (restoring a save or a replay). */
  resolveRecorded(orders: Order[]): ResolvedMonth;
}

export interface GameStoreOptions {
  start: GameState;
  humanNations?: string[];
  aiPolicy?: PolicyName;
}

export type GameStore = StoreApi<GameStoreState>;

export function createGameStore(options: GameStoreOptions): GameStore {
  const start = options.start;
  return createStore<GameStoreState>()((set, get) => {
    const resolve = (orders: Order[], game: GameState, history: ResolvedMonth[]): ResolvedMonth => {
      const { state, report } = resolveTurn(game, orders);
      const month: ResolvedMonth = { turn: game.turn, orders, hash: hashState(state), report };
      set({ game: state, pending: [], preview: { state, results: [] }, history: [...history, month] });
      return month;
    };
    return {
      game: start,
      humanNations: options.humanNations ?? start.nations.map((n) => n.id),
      aiPolicy: options.aiPolicy ?? 'historical',
      pending: [],
      preview: { state: start, results: [] },
      history: [],

      addOrder(order) {
        const { game, pending } = get();
        const trial = previewOrders(game, [...pending, order]);
        const result = trial.results[trial.results.length - 1]!;
        if (result.ok) {
          set((s) => ({ ...produce(s, (d) => void d.pending.push(order)), preview: trial }));
        }
        return result;
      },

      undo() {
        const { game, pending } = get();
        if (pending.length === 0) return;
        const kept = pending.slice(0, -1);
        set({ pending: kept, preview: previewOrders(game, kept) });
      },

      clearOrders() {
        set({ pending: [], preview: { state: get().game, results: [] } });
      },

      endTurn() {
        const { game, pending, humanNations, aiPolicy, history } = get();
        if (game.finished) throw new Error('the game is over');
        const rest = game.nations.map((n) => n.id).filter((id) => !humanNations.includes(id));
        return resolve(ordersForTurn(game, pending, POLICIES[aiPolicy], rest), game, history);
      },

      resolveRecorded(orders) {
        const { game, history } = get();
        if (game.finished) throw new Error('the game is over');
        return resolve(orders, game, history);
      },
    };
  });
}
