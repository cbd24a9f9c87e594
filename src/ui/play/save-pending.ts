/**
 * The month's orders are saved as they are given, not only when the month
 * ends: a reload or a closed tab in the middle of a month loses none
 * (play-test: a player's first month of orders vanished on a reload, and the
 * debrief then blamed them for it). Saves wait until the orders have been
 * still for a moment, so a burst of orders is written once.
 */
import type { GameStore } from '../../store/game-store';

const QUIET_MS = 400;

export function savePendingOrders(save: () => void) {
  let unsubscribe: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A reload or a closed tab within the quiet moment still saves the last orders.
  addEventListener('pagehide', () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    save();
  });
  return {
    /** Follows this game's pending orders (and stops following the one before). */
    watch(game: GameStore | null) {
      unsubscribe?.();
      clearTimeout(timer);
      timer = undefined;
      unsubscribe = game?.subscribe((now, before) => {
        if (now.pending === before.pending || now.history !== before.history) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          save();
        }, QUIET_MS);
      });
    },
  };
}
