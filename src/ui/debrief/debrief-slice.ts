/**
 * The debrief: the result code a team hands in (with its team name), and the
 * same seed played as the allies played it, computed once when the game ends
 * (never during render).
 */
import { deleteEntry, gameKey } from '../../persist/autosave';
import { makeShareLink } from '../../share/link';
import { scoreGame, type Metrics } from '../../sim';
import { freshSeed } from '../common/seed';
import type { Slice } from '../store';
import { historicalMetrics } from './historical';

export interface DebriefSlice {
  teamName: string;
  /** the finished game's result code, for the debrief */
  resultCode: string;
  /** the same seed played as the allies played it; null until worked out */
  historical: Metrics | null;
  /** Called once when a game is over: the result code and the comparison with history are worked out. */
  gameEnded(): void;
  setTeamName(name: string): void;
  /** The code a team hands in: the whole game and the score it claims, which a trainer re-simulates. */
  refreshResultCode(): Promise<void>;
  /** The link that gives anyone the same scenario and seed. */
  shareLink(): string | null;
  newGameFromDebrief(): Promise<void>;
}

export const NO_RESULT_CODE = { teamName: '', resultCode: '', historical: null } satisfies Partial<DebriefSlice>;

export const createDebriefSlice: Slice<DebriefSlice> = (set, get) => ({
  ...NO_RESULT_CODE,
  gameEnded() {
    queueMicrotask(() => void get().refreshResultCode());
    // After this render, so the debrief is on screen while the historical game is played.
    setTimeout(() => {
      const game = get().game;
      if (game) set({ historical: historicalMetrics(game.getState()) });
    }, 0);
  },
  setTeamName(name) {
    set({ teamName: name.slice(0, 80) });
    void get().refreshResultCode();
  },
  async refreshResultCode() {
    const replay = get().exportReplay();
    const game = get().game;
    if (!replay || !game) return;
    const score = scoreGame(game.getState().content, game.getState().game);
    const { encodeResultCode } = await import('../../share/result-code');
    set({ resultCode: encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: get().teamName }) });
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
