/**
 * Saved games in IndexedDB (idb-keyval). Each game saves under its own id
 * (`game-<id>`), so tabs playing different games never write over each
 * other, and a save is only replaced by the same game played further
 * (same-game.ts). A save that cannot be restored is set aside under a key of
 * its own, never deleted unless the player deletes it. Before games had ids
 * there was one slot, `autosave`: it is moved under an id when saves are read.
 */
import { createStore, del, entries, get, promisifyRequest, update, type UseStore } from 'idb-keyval';
import { MAX_FILE_CHARS, type SaveFile } from '../share/files';
import { newGameId } from './game-id';
import { playsOn } from './same-game';

const LEGACY = 'autosave';
const GAME = 'game-';
const SET_ASIDE = 'set-aside-';
let db: UseStore | undefined;
const store = () => (db ??= createStore('race-of-logistics', 'saves'));

/** One stored value and its key; what it holds is checked by the reader. */
export interface StoredEntry {
  key: string;
  value: unknown;
}

export const gameKey = (gameId: string) => `${GAME}${gameId}`;
export const gameIdOf = (key: string) => key.slice(GAME.length);

/** Writes a game's save under its id; false (nothing written) when that slot holds months this save does not continue. */
export async function writeGameSave(save: SaveFile & { gameId: string }): Promise<boolean> {
  const text = JSON.stringify(save);
  // A save no reader would open (its scenario file is that large) is refused here, while the game is still on screen.
  if (text.length > MAX_FILE_CHARS) throw new Error(`the save would be too large to read back (${text.length} characters; at most ${MAX_FILE_CHARS})`);
  let written = false;
  // One transaction reads and writes, so another tab cannot write between the check and the write.
  await update(
    gameKey(save.gameId),
    (old: unknown) => {
      written = playsOn(old, save);
      return written ? text : old;
    },
    store(),
  );
  return written;
}

/** The saved games and the set-aside ones, as stored. */
export async function readStoredGames(): Promise<{ saves: StoredEntry[]; setAside: StoredEntry[] }> {
  await moveEntry(LEGACY, gameKey(newGameId()));
  const all = (await entries(store())).map(([key, value]) => ({ key: String(key), value: value as unknown }));
  return { saves: all.filter((e) => e.key.startsWith(GAME)), setAside: all.filter((e) => e.key.startsWith(SET_ASIDE)) };
}

export async function readEntry(key: string): Promise<unknown> {
  return get(key, store());
}

/** Moves a save out of the saved games, keeping it (`wrap` says what is kept); answers its new key, or null when it was gone. */
export async function setAsideEntry(key: string, wrap: (value: unknown) => unknown = (v) => v): Promise<string | null> {
  const to = `${SET_ASIDE}${newGameId()}`;
  return (await moveEntry(key, to, wrap)) ? to : null;
}

/** Puts a set-aside save back among the saved games, as a game of its own; answers its game id. */
export async function putBack(setAsideKey: string, text: string): Promise<string> {
  const gameId = newGameId();
  await moveEntry(setAsideKey, gameKey(gameId), () => text);
  return gameId;
}

/** Puts a deleted entry back (Undo), unless something was written under its key since: false then. */
export async function undeleteEntry(key: string, value: unknown): Promise<boolean> {
  let written = false;
  await update(
    key,
    (old: unknown) => {
      written = old === undefined;
      return written ? value : old;
    },
    store(),
  );
  return written;
}

export async function deleteEntry(key: string): Promise<void> {
  await del(key, store());
}

/** Moves an entry to another key in one transaction (two tabs never both move it, and it is never lost between); false when it was not there. */
function moveEntry(from: string, to: string, wrap: (value: unknown) => unknown = (v) => v): Promise<boolean> {
  return store()('readwrite', (s) => {
    let moved = false;
    const req = s.get(from);
    req.onsuccess = () => {
      if (req.result === undefined) return;
      s.put(wrap(req.result), to);
      s.delete(from);
      moved = true;
    };
    return promisifyRequest(s.transaction).then(() => moved);
  });
}
