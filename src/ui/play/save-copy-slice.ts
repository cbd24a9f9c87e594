/**
 * "Save a copy…": the game on screen saved under a name, as a save slot of
 * its own. The copy gets a game id of its own, so the game goes on
 * autosaving under its id and never changes the copy; continuing the copy
 * later starts a new game from it (saves-slice.ts), so it stays as it was.
 */
import { writeGameSave } from '../../persist/autosave';
import { newGameId } from '../../persist/game-id';
import { MAX_SAVE_NAME } from '../../share/files';
import { monthLabel } from '../../sim';
import { saveOf } from '../common/game-files';
import type { Slice } from '../store';

export interface SaveCopySlice {
  /** the name offered in the "Save a copy" dialog; null while it is closed */
  copyName: string | null;
  askSaveCopy(open: boolean): void;
  /** Saves the game on screen as a named copy; says where it went in the top bar's status. */
  saveCopy(name: string): Promise<void>;
}

/** What a name becomes: its spaces tidied, cut to the longest a save keeps; '' when nothing is left. */
export const tidyName = (name: string) => name.replace(/\s+/g, ' ').trim().slice(0, MAX_SAVE_NAME).trim();

export const createSaveCopySlice: Slice<SaveCopySlice> = (set, get) => ({
  copyName: null,
  askSaveCopy(open) {
    const { game, scenario } = get();
    if (!open || !game || !scenario) return set({ copyName: null });
    const state = game.getState().game;
    set({ copyName: tidyName(`${scenario.title}, ${state.finished ? 'finished' : monthLabel(state.month)}`) });
  },
  async saveCopy(typed) {
    const { game, scenario, scenarioFromFile } = get();
    const name = tidyName(typed);
    if (!game || !scenario || !name) return;
    set({ copyName: null });
    const copy = { ...saveOf(scenario, game, { gameId: newGameId(), scenarioFromFile }), name };
    const written = await writeGameSave(copy).catch((e: Error) => e);
    get().showSharedLink(
      null,
      written instanceof Error
        ? `The copy could not be saved: ${written.message}`
        : `Saved a copy as “${name}”: it is under Saved games on the menu, and stays as it is now.`,
    );
  },
});
