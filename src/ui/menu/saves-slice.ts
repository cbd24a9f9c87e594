/**
 * The saved games on the menu. Every game saved in this browser is listed to
 * be continued, this tab's own game first, then the most recently saved; each
 * is checked in full and re-simulated from its orders before it is listed,
 * and again when it is continued (another tab may have played on since). A
 * save that fails is set aside with the reason, and the menu says so. Saves
 * are only read once every scenario is in, so a save of a scenario still
 * loading is not taken for one whose scenario is missing.
 */
import { gameIdOf, readEntry, readStoredGames, setAsideEntry } from '../../persist/autosave';
import { tabGameId } from '../../persist/game-id';
import { setAsideRecord } from '../../persist/set-aside';
import type { Slice } from '../store';
import { restoreStored } from './restore-save';
import { listingOf, orderSavedGames, type SavedGame } from './saved-games';
import { describeSaveText, setAsideMessage } from './set-aside-games';

export interface SavesSlice {
  /** the saved games that re-simulate, in the order offered */
  savedGames: SavedGame[];
  /** Reads and checks the saved games (once every scenario is in). */
  checkSaves(): Promise<void>;
  /** Continues a saved game, by default the first one offered. */
  continueGame(key?: string): Promise<void>;
}

/** Sets these saves aside with their reasons; answers the menu's message about them. */
async function setAsideAll(failed: readonly { key: string; value: unknown; problem: string }[]): Promise<string> {
  const now = new Date();
  const said: { what: string; problem: string }[] = [];
  for (const { key, value, problem } of failed) {
    const moved = await setAsideEntry(key, (v) => setAsideRecord(v, problem, now)).catch((e: Error) => e);
    said.push({
      what: describeSaveText(setAsideRecord(value, problem, now).text),
      problem: moved instanceof Error ? `${problem} (and it could not be set aside: ${moved.message})` : problem,
    });
  }
  return setAsideMessage(said);
}

export const createSavesSlice: Slice<SavesSlice> = (set, get) => ({
  savedGames: [],
  async checkSaves() {
    if (!get().catalogueComplete) return;
    const stored = await readStoredGames().catch((e: Error) => e);
    if (stored instanceof Error) return set({ message: `The saved games could not be read: ${stored.message}` });
    const scenarios = get().catalogue.scenarios;
    const listed: SavedGame[] = [];
    const failed: { key: string; value: unknown; problem: string }[] = [];
    for (const { key, value } of stored.saves) {
      const restored = restoreStored(value, scenarios);
      if (restored.ok) listed.push(listingOf(key, gameIdOf(key), restored));
      else failed.push({ key, value, problem: restored.problem });
    }
    set({ savedGames: orderSavedGames(listed, tabGameId()) });
    if (failed.length) set({ message: await setAsideAll(failed) });
  },
  async continueGame(key = get().savedGames[0]?.key) {
    if (key === undefined) return set({ message: 'There is no saved game.' });
    const read = await readEntry(key).then(
      (value) => ({ value }),
      (e: Error) => ({ error: e.message }),
    );
    if ('error' in read) return set({ message: `The saved game could not be read: ${read.error}` });
    if (read.value === undefined) {
      set({ message: 'That saved game is no longer in this browser: another tab may have moved it.' });
      return get().checkSaves();
    }
    const restored = restoreStored(read.value, get().catalogue.scenarios);
    if (restored.ok) {
      set({ seedText: restored.seed, scenarioId: restored.scenario.id });
      const scenarioFromFile = restored.scenarioFromFile || get().scenariosFromFiles.includes(restored.scenario);
      return get().beginGame(restored.scenario, restored.game, restored.role, { gameId: gameIdOf(key), scenarioFromFile });
    }
    set({ message: await setAsideAll([{ key, value: read.value, problem: restored.problem }]) });
    await get().checkSaves();
  },
});
