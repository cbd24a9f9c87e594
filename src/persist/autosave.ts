/**
 * Autosave in IndexedDB (idb-keyval). A save is a replay of the months played,
 * so Continue re-simulates them and checks every month's hash: it restores the
 * exact game or says why it cannot. A save that fails is set aside under its
 * own key, never deleted and never fatal.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { parseSaveFile, type SaveFile } from '../share/files';

const AUTOSAVE = 'autosave';
let db: UseStore | undefined;
const store = () => (db ??= createStore('race-of-logistics', 'saves'));

export type LoadedSave = { ok: true; save: SaveFile } | { ok: false; problem: string } | null;

export async function writeAutosave(save: SaveFile): Promise<void> {
  await set(AUTOSAVE, JSON.stringify(save), store());
}

/** The autosave, checked against the save format; null when there is none. */
export async function readAutosave(): Promise<LoadedSave> {
  let raw: unknown;
  try {
    raw = await get(AUTOSAVE, store());
  } catch (e) {
    return { ok: false, problem: `the browser's storage could not be read (${(e as Error).message})` };
  }
  if (raw === undefined) return null;
  if (typeof raw !== 'string') return { ok: false, problem: 'the save is not text' };
  const parsed = parseSaveFile(raw);
  if (!parsed.ok) return { ok: false, problem: parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
  return { ok: true, save: parsed.value };
}

/** Moves a save that cannot be restored out of the way, keeping it for a bug report. */
export async function setAsideAutosave(): Promise<string> {
  const raw = await get(AUTOSAVE, store());
  const key = `set-aside-${(await keys(store())).length}`;
  await set(key, raw, store());
  await del(AUTOSAVE, store());
  return key;
}

export async function clearAutosave(): Promise<void> {
  await del(AUTOSAVE, store());
}
