/**
 * The set-aside games on the menu: saves that could not be offered, kept with
 * the reason. One that re-simulates now can be restored (it goes back among
 * the saved games and opens); any can be downloaded for a bug report, or
 * deleted once the player confirms. A saved game can also be set aside by
 * hand, which is how one leaves the list of saved games without being lost.
 */
import { deleteEntry, putBack, setAsideEntry } from '../../persist/autosave';
import { setAsideRecord } from '../../persist/set-aside';
import type { Slice } from '../store';
import { restoreStored } from './restore-save';
import type { SetAsideGame } from './set-aside-games';

export interface SetAsideSlice {
  /** saves set aside in this browser, filled in by checkSaves */
  setAsideGames: SetAsideGame[];
  /** the set-aside save whose Delete asks to be confirmed */
  confirmingDelete: string | null;
  /** Puts a set-aside save that re-simulates now back among the saved games and opens it. */
  restoreSetAside(key: string): Promise<void>;
  askDeleteSetAside(key: string | null): void;
  deleteSetAside(key: string): Promise<void>;
  /** Moves a saved game to the set-aside games, by the player's choice. */
  setAsideSaved(key: string): Promise<void>;
}

export const createSetAsideSlice: Slice<SetAsideSlice> = (set, get) => ({
  setAsideGames: [],
  confirmingDelete: null,
  async restoreSetAside(key) {
    const entry = get().setAsideGames.find((g) => g.key === key);
    if (!entry) return;
    const restored = restoreStored(entry.text, get().catalogue.scenarios);
    if (!restored.ok) return set({ message: `This game still cannot be restored: ${restored.problem}.` });
    const gameId = await putBack(key, entry.text).catch((e: Error) => e);
    if (gameId instanceof Error) return set({ message: `The game could not be put back among the saved games: ${gameId.message}` });
    get().openRestored(restored, gameId);
  },
  askDeleteSetAside: (key) => set({ confirmingDelete: key }),
  async deleteSetAside(key) {
    const deleted = await deleteEntry(key).catch((e: Error) => e);
    set({ confirmingDelete: null, message: deleted instanceof Error ? `The set-aside game could not be deleted: ${deleted.message}` : '' });
    await get().checkSaves();
  },
  async setAsideSaved(key) {
    const moved = await setAsideEntry(key, (v) => setAsideRecord(v, 'you chose to, from the list of saved games', new Date())).catch((e: Error) => e);
    if (moved instanceof Error) set({ message: `The game could not be set aside: ${moved.message}` });
    await get().checkSaves();
  },
});
