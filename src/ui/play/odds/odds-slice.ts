/**
 * "What are my odds?": the forecast of the game on screen, worked out in the
 * forecast workers (odds-pool.ts) and summed here. Once asked for, it follows
 * the game: another order given or taken back, another month, or another
 * policy starts it again (the one running is cancelled), a moment after the
 * last change so that a burst of orders costs one forecast.
 */
import { summariseFutures, type Forecast, type PolicyName } from '../../../sim';
import type { GameStore } from '../../../store/game-store';
import type { Slice } from '../../store';
import { forecastInWorkers } from './odds-pool';

/** A thousand futures: the p10 and p90 of each month then move by a point or two from one forecast to the next. */
export const FUTURES = 1000;
const QUIET_MS = 600;

export interface Odds {
  status: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  forecast: Forecast | null;
  /** the forecast before this one, to say what the last change did */
  before: Forecast | null;
  /** how long the last forecast took, in ms */
  ms: number | null;
  problem: string | null;
}

export interface OddsSlice {
  odds: Odds | null;
  /** the policy the player's nations go on with in the forecast */
  oddsPolicy: PolicyName;
  askOdds(): void;
  setOddsPolicy(policy: PolicyName): void;
  /** Stops following the game (a new game, the menu). */
  dropOdds(): void;
}

let cancel: (() => void) | undefined;
let following: { game: GameStore; unsubscribe: () => void } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

export const createOddsSlice: Slice<OddsSlice> = (set, get) => {
  const follow = (game: GameStore) => {
    if (following?.game === game) return;
    following?.unsubscribe();
    const unsubscribe = game.subscribe((now, before) => {
      if (now.pending === before.pending && now.history === before.history && now.sealed === before.sealed) return;
      clearTimeout(timer);
      timer = setTimeout(() => get().odds && get().game === game && get().askOdds(), QUIET_MS);
    });
    following = { game, unsubscribe };
  };
  return {
    odds: null,
    oddsPolicy: 'balanced',
    askOdds() {
      const { game, scenario, oddsPolicy } = get();
      if (!game || !scenario) return;
      cancel?.();
      follow(game);
      const g = game.getState();
      if (g.game.finished) return set({ odds: null });
      const previous = get().odds?.forecast ?? null;
      // A forecast of another month is no "before" for this one.
      const before = previous && previous.months[0] === g.game.month ? previous : null;
      set({ odds: { status: 'running', done: 0, total: FUTURES, forecast: previous, before, ms: null, problem: null } });
      const plan = { pending: [...g.sealed, ...g.pending], humanNations: g.humanNations, humanPolicy: oddsPolicy, aiPolicy: g.aiPolicy };
      cancel = forecastInWorkers(
        { scenario, contentHash: g.content.hash, state: g.game, plan, futures: FUTURES },
        {
          progress: (done, total) => get().odds?.status === 'running' && set({ odds: { ...get().odds!, done, total } }),
          done: (futures, ms) =>
            set({
              odds: { status: 'done', done: FUTURES, total: FUTURES, forecast: summariseFutures(g.content, g.game.month, futures), before, ms, problem: null },
            }),
          failed: (reason) => set({ odds: { ...get().odds!, status: 'failed', problem: reason } }),
        },
      );
    },
    setOddsPolicy(policy) {
      set({ oddsPolicy: policy });
      if (get().odds) get().askOdds();
    },
    dropOdds() {
      cancel?.();
      clearTimeout(timer);
      following?.unsubscribe();
      following = undefined;
      // Only when there is one: a store change in the middle of a move between screens makes the router write the old screen's address.
      if (get().odds) set({ odds: null });
    },
  };
};
