/**
 * The debrief: the result code a team hands in (with its team name), the
 * same seed played as the allies played it, what went well and wrong, and
 * what would have helped. All are worked out once when the game ends, after
 * the debrief is on screen (never during render); the search for what would
 * have helped runs one changed game per task, so the page stays responsive.
 */
import { deleteEntry, gameKey } from '../../persist/autosave';
import { makeShareLink } from '../../share/link';
import { scoreGame } from '../../sim';
import { freshSeed } from '../common/seed';
import { PAGE_OUTDATED } from '../common/format';
import type { Slice } from '../store';
import { searchHelped, type HelpedSearch } from './helped-search';
import { historicalCourse, type HistoricalCourse } from './historical';
import { originalGame, withBranchThen, type OriginalGame } from './original-game';
import { lessonsOf, replayedGame, type Lessons } from './study';

export interface DebriefSlice {
  teamName: string;
  /** the finished game's result code, for the debrief */
  resultCode: string;
  /** the same seed played as the allies played it; null until worked out */
  historical: HistoricalCourse | null;
  /** a branched game's original, to compare with; null for a game of its own (or until worked out) */
  original: OriginalGame | { problem: string } | null;
  /** what went well and what went wrong; null until worked out */
  lessons: Lessons | null;
  /** the search for what would have helped; null until it starts */
  helped: HelpedSearch | null;
  /** why the game could not be studied (its orders replay to another game), or '' */
  studyProblem: string;
  /** what the Copy button did ("Copied.", or why not), or '' */
  copyStatus: string;
  setCopyStatus(text: string): void;
  /** Called once when a game is over: the result code, the comparison with history, the lessons and the counterfactuals are worked out. */
  gameEnded(): void;
  setTeamName(name: string): void;
  /** The code a team hands in: the whole game and the score it claims, which a trainer re-simulates. */
  refreshResultCode(): Promise<void>;
  /** The link that gives anyone the same scenario and seed. */
  shareLink(): string | null;
  newGameFromDebrief(): Promise<void>;
}

/** A debrief with nothing worked out yet (a new game, or a month that did not end the game). The team's name stays: a live team gave it when joining. */
export const NO_RESULT_CODE = {
  resultCode: '',
  historical: null,
  original: null,
  lessons: null,
  helped: null,
  studyProblem: '',
  copyStatus: '',
} satisfies Partial<DebriefSlice>;

export const createDebriefSlice: Slice<DebriefSlice> = (set, get) => ({
  ...NO_RESULT_CODE,
  teamName: '',
  gameEnded() {
    const game = get().game;
    if (!game) return;
    // The code to hand in first; then, once it is set, the historical game and the lessons. These play whole games in one
    // go on this thread, and the code's chunk, loading meanwhile, had to wait for them (a bench run on a loaded machine saw
    // no code after 30 s).
    const study = () => {
      if (get().game !== game) return;
      const historical = historicalCourse(game.getState());
      const original = originalGame(game.getState());
      set({ original });
      try {
        const studied = replayedGame(game.getState());
        if (original && !('problem' in original)) set({ original: withBranchThen(original, studied.states, studied.content) });
        set({ historical, lessons: lessonsOf(studied, historical.metrics) });
        const onScreen = () => get().game === game;
        // A branch's player decided from the month it left the original on: nothing before is theirs to change.
        const firstMonth = game.getState().branch?.months ?? 0;
        searchHelped(studied, { report: (helped) => onScreen() && set({ helped }), wanted: onScreen, firstMonth });
      } catch (e) {
        set({ historical, studyProblem: (e as Error).message });
      }
    };
    // After the code's render too, so the debrief and its code are on screen while the study runs.
    void get()
      .refreshResultCode()
      .catch(() => undefined)
      .then(() => setTimeout(study, 0));
  },
  setCopyStatus: (text) => set({ copyStatus: text }),
  setTeamName(name) {
    // A new name makes a new code: "Copied." would speak of the old one.
    set({ teamName: name.slice(0, 80), copyStatus: '' });
    void get().refreshResultCode();
  },
  async refreshResultCode() {
    const replay = get().exportReplay();
    const game = get().game;
    if (!replay || !game) return;
    const score = scoreGame(game.getState().content, game.getState().game);
    const team = get().teamName;
    let encodeResultCode: typeof import('../../share/result-code').encodeResultCode;
    try {
      ({ encodeResultCode } = await import('../../share/result-code'));
    } catch {
      // The game was rebuilt on its server since the page loaded (hobbyist play-test: an empty code box, nothing said).
      set({ copyStatus: `The result code could not be made: ${PAGE_OUTDATED}` });
      return;
    }
    // A name typed while the code's chunk loaded has its own refresh: this older one must not overwrite it.
    if (get().teamName !== team || get().game !== game) return;
    const { notes, humanNations, branch } = game.getState();
    const remarks = { notes, played: humanNations, ...(branch ? { branch: { from: branch.from, months: branch.months } } : {}) };
    set({ resultCode: encodeResultCode(replay, { score: score.score, outcome: score.outcome, team }, remarks) });
  },
  shareLink() {
    const { game, scenario } = get();
    return game && scenario ? makeShareLink(location.href, { scenario: scenario.id, seed: game.getState().game.seed }) : null;
  },
  async newGameFromDebrief() {
    const { gameId } = get();
    // The finished game's save goes (its replay and result code were on the debrief); every other saved game stays.
    const deleted = gameId ? await deleteEntry(gameKey(gameId)).catch((e: Error) => e) : undefined;
    set({
      screen: 'menu',
      game: null,
      gameId: null,
      scenario: null,
      seedText: freshSeed(),
      message: deleted instanceof Error ? `The finished game's save could not be deleted: ${deleted.message}` : '',
    });
    await get().checkSaves();
  },
});
