/**
 * Which game a save belongs to. A game gets an id when it starts and saves
 * under it, so two tabs playing two games never write over each other. The
 * tab remembers its game's id in sessionStorage (one per tab, kept across a
 * reload), so that after a reload Continue offers the tab its own game.
 */
import { GAME_ID } from '../share/files';

const TAB_GAME = 'race-of-logistics/game-id';
/** 32 symbols, so a random byte's low five bits pick one without bias. */
const SYMBOLS = '0123456789abcdefghijklmnopqrstuv';

/** 12 random symbols: 60 bits, far more than the games one browser will ever hold. */
export function newGameId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => SYMBOLS[b & 31]).join('');
}

/** The id of the game this tab played last, if the browser lets the tab keep it. */
export function tabGameId(): string | null {
  try {
    const id = sessionStorage.getItem(TAB_GAME);
    return id !== null && GAME_ID.test(id) ? id : null;
  } catch {
    // Storage turned off: the tab only loses its preference for its own game in the list.
    return null;
  }
}

export function rememberTabGame(gameId: string): void {
  try {
    sessionStorage.setItem(TAB_GAME, gameId);
  } catch {
    // As above: without it Continue offers the most recently saved game instead.
  }
}
