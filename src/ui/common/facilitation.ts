/** The trainer's live controls as the screens read them: from the game's played and pending orders. */
import { facilitationOf, type Facilitation } from '../../share/facilitation';
import type { GameStoreState } from '../../store/game-store';

export function facilitationNow(g: Pick<GameStoreState, 'content' | 'history' | 'pending'>): Facilitation {
  return facilitationOf(g.content, [...g.history.map((h) => h.orders), g.pending]);
}

/** Whether the intelligence on Russia is hidden now: by the class file, or by the trainer live. */
export const hidesRussia = (g: Pick<GameStoreState, 'content' | 'history' | 'pending'>) => facilitationNow(g).russiaHidden;
