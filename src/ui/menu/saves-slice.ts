/**
 * The saved games on the menu. Every game saved in this browser is listed to
 * be continued, this tab's own game first, then the most recently saved; each
 * is checked in full and re-simulated from its orders before it is listed,
 * and again when it is continued (another tab may have played on since). A
 * save that fails is set aside with the reason, and the menu says so (the
 * set-aside games are listed here, their actions in set-aside-slice.ts).
 * Saves are read as soon as the menu's first scenario is in, so Continue is
 * there with the menu; a save that does not restore before every scenario is
 * in waits for that (its scenario may still be loading) and is only set aside
 * if it still fails then.
 */
import { deleteEntry, gameIdOf, readEntry, readStoredGames, setAsideEntry, undeleteEntry, writeGameSave, type StoredEntry } from '../../persist/autosave';
import { newGameId } from '../../persist/game-id';
import { MAX_FILE_CHARS, parseSaveFile } from '../../share/files';
import { RULES_VERSION } from '../../sim';
import { downloadJson } from '../common/download';
import { tabGameId } from '../../persist/game-id';
import { setAsideRecord } from '../../persist/set-aside';
import type { Order } from '../../sim';
import type { GameStore } from '../../store/game-store';
import type { Slice } from '../store';
import { problemsText } from './catalogue';
import { restoreSave, restoreStored, type Restored } from './restore-save';
import { otherRulesSave } from '../watch/recorded-game';
import { listingOf, orderSavedGames, otherRulesListing, type SavedGame } from './saved-games';
import { describeSaveText, listSetAside, setAsideMessage } from './set-aside-games';

export interface SavesSlice {
  /** the saved games that re-simulate, in the order offered */
  savedGames: SavedGame[];
  /** Reads and checks the saved games; before every scenario is in, lists those that restore and leaves the rest for later. */
  checkSaves(): Promise<void>;
  /** Continues a saved game, by default the first one offered. */
  continueGame(key?: string): Promise<void>;
  /**
   * Set when the page opened on a game's address (a reload mid-game): the tab's own saved game is continued as soon as
   * it is listed, once (hobbyist play-test: a reload dropped the player on the menu to find the game's row).
   */
  resumeWanted: boolean;
  /** Puts a restored game on screen, saving under this game id. */
  openRestored(restored: Extract<Restored, { ok: true }>, gameId: string): void;
  /** the saved game deleted last, until Undo or the next deletion: what it was, and its stored value to put back */
  deletedSave: { key: string; what: string; value: unknown } | null;
  deleteSaved(key: string): Promise<void>;
  undoDeleteSaved(): Promise<void>;
  /** Downloads a saved game as a file, to open on another machine. */
  downloadSaved(key: string): Promise<void>;
  /** Opens a saved game file (from another machine): checked and re-simulated in full, then kept among the saved games. */
  importSaveText(name: string, text: string): Promise<void>;
  /** what became of the last save file opened, shown beside its picker */
  importStatus: { ok: boolean; text: string } | null;
}

const GONE = 'That saved game is no longer in this browser: another tab may have moved it.';

/** Sets these saves aside with their reasons; answers the menu's message about them and where they went. */
async function setAsideAll(failed: readonly { key: string; value: unknown; problem: string }[]): Promise<{ message: string | null; moved: StoredEntry[] }> {
  const now = new Date();
  const said: { what: string; problem: string }[] = [];
  const moved: StoredEntry[] = [];
  for (const { key, value, problem } of failed) {
    const record = setAsideRecord(value, problem, now);
    const to = await setAsideEntry(key, (v) => setAsideRecord(v, problem, now)).catch((e: Error) => e);
    // Gone already (null): another tab set it aside first, and says so.
    if (to === null) continue;
    if (to instanceof Error) said.push({ what: describeSaveText(record.text), problem: `${problem} (and it could not be set aside: ${to.message})` });
    else {
      said.push({ what: describeSaveText(record.text), problem });
      moved.push({ key: to, value: record });
    }
  }
  return { message: said.length ? setAsideMessage(said) : null, moved };
}

export const createSavesSlice: Slice<SavesSlice> = (set, get) => {
  // Each check is numbered: one overtaken by a later check (the catalogue completed, a save was deleted) keeps its list to itself.
  let checks = 0;
  return {
    savedGames: [],
    async checkSaves() {
      const check = ++checks;
      const complete = get().catalogueComplete;
      const stored = await readStoredGames().catch((e: Error) => e);
      if (check !== checks) return;
      if (stored instanceof Error) return set({ message: `The saved games could not be read: ${stored.message}` });
      const scenarios = get().catalogue.scenarios;
      const listed: SavedGame[] = [];
      const failed: { key: string; value: unknown; problem: string }[] = [];
      for (const { key, value } of stored.saves) {
        // Made under other rules: listed to open read-only, never re-simulated (nor set aside: nothing is wrong with it).
        const other = otherRulesSave(value);
        if (other) {
          listed.push(otherRulesListing(key, gameIdOf(key), other, scenarios));
          continue;
        }
        const restored = restoreStored(value, scenarios);
        if (restored.ok) listed.push(listingOf(key, gameIdOf(key), restored));
        else if (complete) failed.push({ key, value, problem: restored.problem });
      }
      const aside = failed.length ? await setAsideAll(failed) : null;
      if (check !== checks) return aside?.message ? set({ message: aside.message }) : undefined;
      set({
        savedGames: orderSavedGames(listed, tabGameId()),
        setAsideGames: listSetAside([...stored.setAside, ...(aside?.moved ?? [])], scenarios),
        ...(aside?.message ? { message: aside.message } : {}),
      });
      if (!get().resumeWanted) return;
      // Not when a game was started or opened meanwhile; a save still waiting for its scenario is looked for again.
      const own = get().game ? undefined : listed.find((g) => g.gameId === tabGameId() && g.madeWith === undefined);
      if (own || complete || get().game) set({ resumeWanted: false });
      if (own) await get().continueGame(own.key);
    },
    resumeWanted: false,
    async continueGame(key = get().savedGames.find((g) => g.madeWith === undefined)?.key) {
      if (key === undefined) return set({ message: 'There is no saved game.' });
      const read = await readEntry(key).then(
        (value) => ({ value }),
        (e: Error) => ({ error: e.message }),
      );
      if ('error' in read) return set({ message: `The saved game could not be read: ${read.error}` });
      if (read.value === undefined) {
        set({ message: GONE });
        return get().checkSaves();
      }
      if (otherRulesSave(read.value)) return get().openRecord(read.value as string);
      const restored = restoreStored(read.value, get().catalogue.scenarios);
      // A named copy stays as it was saved: the game continued from it saves under an id of its own.
      if (restored.ok && restored.save.name) {
        get().openRestored(restored, newGameId());
        return get().showSharedLink(null, `Playing on from the copy “${restored.save.name}”, which stays as it was.`);
      }
      if (restored.ok) return get().openRestored(restored, gameIdOf(key));
      const aside = await setAsideAll([{ key, value: read.value, problem: restored.problem }]);
      await get().checkSaves();
      set({ message: aside.message ?? GONE });
    },
    deletedSave: null,
    async deleteSaved(key) {
      const listed = get().savedGames.find((g) => g.key === key);
      const value = await readEntry(key).catch(() => undefined);
      if (!listed || value === undefined) return get().checkSaves();
      const deleted = await deleteEntry(key).catch((e: Error) => e);
      if (deleted instanceof Error) return set({ message: `The saved game could not be deleted: ${deleted.message}` });
      set({ deletedSave: { key, what: `${listed.scenarioTitle}, ${listed.month}`, value } });
      await get().checkSaves();
    },
    async undoDeleteSaved() {
      const d = get().deletedSave;
      if (!d) return;
      const back = await undeleteEntry(d.key, d.value).catch((e: Error) => e);
      set({
        deletedSave: null,
        ...(back === true ? {} : { message: `The deleted game could not be put back: ${back instanceof Error ? back.message : 'its place is taken'}` }),
      });
      await get().checkSaves();
    },
    async downloadSaved(key) {
      const value = await readEntry(key).catch(() => undefined);
      const listed = get().savedGames.find((g) => g.key === key);
      if (typeof value !== 'string' || !listed) return set({ message: GONE });
      downloadJson(`${listed.scenarioId}-${listed.month.replace(/\s+/g, '-').toLowerCase()}.save.json`, value);
    },
    importStatus: null,
    async importSaveText(name, text) {
      const say = (ok: boolean, said: string) => set({ importStatus: { ok, text: said } });
      if (text.length > MAX_FILE_CHARS) return say(false, `${name} is too large to be a saved game (${text.length} characters; at most ${MAX_FILE_CHARS}).`);
      const parsed = parseSaveFile(text);
      if (!parsed.ok)
        return say(
          false,
          parsed.problems.some((p) => p.path === '$' && /JSON/.test(p.message))
            ? `${name} is not a saved game: its text is not JSON (the file may be cut short, or another kind of file).`
            : `${name} is not a saved game of Race of Logistics. What is wrong, by place in the file: ${problemsText(parsed.problems)}.`,
        );
      // Made under other rules: shown read-only, not kept among the games this browser plays on.
      if (parsed.value.rulesVersion !== RULES_VERSION) {
        say(true, `${name} was made under rules version ${parsed.value.rulesVersion}: opened read-only.`);
        return get().openRecord(text);
      }
      const restored = restoreSave(parsed.value, get().catalogue.scenarios);
      if (!restored.ok) return say(false, `${name} cannot be opened: ${restored.problem}.`);
      // A game of its own here: its own id, so it never replaces a game of this browser.
      const gameId = newGameId();
      const written = await writeGameSave({ ...restored.save, gameId }).catch((e: Error) => e);
      if (written instanceof Error) return say(false, `${name} could not be kept in this browser: ${written.message}`);
      say(true, `${name}: verified (every month re-simulated) and added to the saved games below.`);
      await get().checkSaves();
    },
    openRestored(restored, gameId) {
      // A game on a scenario from a file keeps the file with its save, whether the save carried it or the file is loaded here.
      const scenarioFromFile = restored.scenarioFromFile || get().scenariosFromFiles.includes(restored.scenario);
      set({ seedText: restored.seed, scenarioId: restored.scenario.id });
      get().beginGame(restored.scenario, restored.game, restored.role, { gameId, scenarioFromFile });
      // Once on screen (the standing orders given again at the month's start), the month's other orders are given again.
      const { pending, teams } = restored.save;
      if (pending?.length && !teams) givePending(restored.game, pending);
    },
  };
};

/**
 * The orders a save kept of the month under way, given again after the standing orders the month
 * opened with: those the save began with are not given twice. One the rules now refuse is dropped.
 */
export function givePending(game: GameStore, saved: readonly Order[]): void {
  const g = game.getState();
  if (g.game.finished) return;
  const issued = g.pending;
  const same = issued.length <= saved.length && issued.every((o, i) => JSON.stringify(o) === JSON.stringify(saved[i]));
  // The player took back a standing order's order before saving: the month is given exactly as it was saved.
  if (!same) g.clearOrders();
  g.addOrders(same ? saved.slice(issued.length) : saved);
}
