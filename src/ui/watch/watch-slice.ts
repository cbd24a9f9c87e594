/**
 * The replay viewer (#/replay?g=…): a shared game opened from its link, a
 * replay file or a result code, watched month by month on a timeline (step,
 * jump, play and pause), and "Play from here" to branch a new game from any
 * month. Opening a replay never touches the game in progress: it has its own
 * game store (watched-game.ts).
 */
import { newGameId } from '../../persist/game-id';
import type { ReplayFile, SaveFile } from '../../share/files';
import { linkedGameOfReplay } from '../../share/replay-link/link-game';
import { encodeLinkedGame, linkPayload, readReplayLink, type LinkedGame } from '../../share/replay-link/replay-link';
import { RULES_VERSION } from '../../sim';
import { standingForBranch } from '../../store/standing-orders';
import { contentOf } from '../common/content-cache';
import { restoreSave } from '../menu/restore-save';
import type { Slice } from '../store';
import { recordedGame, type RecordedGame } from './recorded-game';
import { showMonth, watchedGame, type WatchedGame } from './watched-game';

/** A month a second while playing: long enough to see the map's arrows and read the headline. */
export const PLAY_MS = 1200;

export interface Watching extends WatchedGame {
  /** months shown: 0 is the opening, `months.length` the last */
  at: number;
  playing: boolean;
}

export interface WatchSlice {
  watching: Watching | null;
  /** why the replay asked for could not be shown (the game in progress, if any, is untouched) */
  watchProblem: string | null;
  /** a link given before every scenario was in: opened when they arrive */
  watchWaiting: string | null;
  /** Opens a replay link (a whole address, its fragment, or the text after `g=`). */
  openReplayLink(text: string): void;
  /** Opens a verified replay file or a result code's replay. */
  watchReplay(replay: ReplayFile, played?: string[]): void;
  watchAt(month: number): void;
  watchStep(by: number): void;
  watchPlay(on: boolean): void;
  /** "Play from here": a new game with the same scenario, seed and the orders of the first `months` months (those shown by default). */
  branchHere(months?: number): void;
  /** a save made under other rules, shown read-only: its orders month by month */
  watchRecord: RecordedGame | null;
  /** Opens a save made under other rules read-only (its text, as stored or as a file). */
  openRecord(text: string): void;
  recordAt(month: number): void;
  /** A new game of the recorded game's scenario and seed, under these rules. */
  playRecordedSeed(): void;
}

let timer: ReturnType<typeof setInterval> | undefined;

export const createWatchSlice: Slice<WatchSlice> = (set, get) => {
  const scenarios = () => get().catalogue.scenarios;
  const contentFor = (id: string) => {
    const scenario = scenarios().find((x) => x.id === id);
    return scenario && contentOf(scenario);
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  const show = (game: LinkedGame, payload: string) => {
    const scenario = scenarios().find((x) => x.id === game.scenario.id)!;
    const watched = watchedGame({ scenario, content: contentOf(scenario), game, payload });
    if ('problem' in watched) return set({ watching: null, watchProblem: watched.problem, screen: 'watch' });
    stop();
    showMonth(watched, watched.months.length);
    set({
      watching: { ...watched, at: watched.months.length, playing: false },
      watchRecord: null,
      watchProblem: null,
      watchWaiting: null,
      screen: 'watch',
      whyId: null,
      reportDetails: false,
    });
  };
  return {
    watching: null,
    watchProblem: null,
    watchWaiting: null,
    openReplayLink(text) {
      const payload = linkPayload(text);
      if (payload !== null && payload === get().watching?.payload) return set({ screen: 'watch' });
      if (!get().catalogueComplete) return set({ watchWaiting: text, screen: 'watch', watchProblem: null });
      const read = readReplayLink(text, contentFor);
      if (!read.ok) return set({ watching: null, watchRecord: null, watchProblem: read.problem, watchWaiting: null, screen: 'watch' });
      show(read.game, payload!);
    },
    watchReplay(replay, played) {
      const content = contentFor(replay.scenario.id);
      if (!content || replay.rulesVersion !== RULES_VERSION)
        return set({ watching: null, watchRecord: null, watchProblem: 'this replay cannot be watched here', screen: 'watch' });
      const game = linkedGameOfReplay(replay, played ? { played } : {});
      show(game, encodeLinkedGame(game, content));
    },
    watchAt(month) {
      const w = get().watching;
      if (!w) return;
      const at = Math.max(0, Math.min(w.months.length, Math.round(month)));
      if (at === w.at) return;
      showMonth(w, at);
      const playing = w.playing && at < w.months.length;
      if (!playing) stop();
      set({ watching: { ...w, at, playing }, whyId: null, whyMonth: null, whyTurnFrom: null, reportDetails: false });
    },
    watchStep(by) {
      const w = get().watching;
      if (w) get().watchAt(w.at + by);
    },
    watchPlay(on) {
      const w = get().watching;
      if (!w) return;
      stop();
      if (on) {
        // Play from the start when at the end, as a video player does.
        if (w.at >= w.months.length) get().watchAt(0);
        timer = setInterval(() => (get().screen === 'watch' ? get().watchStep(1) : get().watchPlay(false)), PLAY_MS);
      }
      set({ watching: { ...get().watching!, playing: on } });
    },
    branchHere(months) {
      const w = get().watching;
      if (!w) return;
      const at = Math.max(0, Math.min(w.at, months ?? w.at));
      stop();
      const save: SaveFile = {
        format: 'race-of-logistics/save',
        version: 2,
        rulesVersion: w.game.rulesVersion,
        scenario: w.game.scenario,
        seed: w.game.seed,
        humanNations: w.game.played ?? w.content.nations.map((n) => n.id),
        aiPolicy: w.game.policy ?? 'balanced',
        savedAt: new Date().toISOString(),
        turns: w.months.slice(0, at).map((m) => ({ orders: m.orders, hash: m.hash })),
        branch: { from: w.game.finalHash, months: at, link: w.payload },
        ...standingForBranch(w.game.standing ?? [], at),
      };
      const restored = restoreSave(save, scenarios());
      if (!restored.ok) return set({ watchProblem: `the game cannot be branched here: ${restored.problem}` });
      set({ watching: { ...w, playing: false } });
      get().openRestored(restored, newGameId());
      // Saved at once, as a new game from the menu is: Menu before its first month lost it without a word (hobbyist play-test).
      void get().saveNow();
    },
    watchRecord: null,
    openRecord(text) {
      stop();
      const read = recordedGame(text, scenarios());
      if (!read.ok) return set({ message: `This save cannot be opened: ${read.problem}.` });
      set({ watchRecord: read.game, watching: null, watchProblem: null, watchWaiting: null, screen: 'watch' });
    },
    recordAt(month) {
      const r = get().watchRecord;
      if (!r) return;
      const at = Math.max(0, Math.min(r.save.turns.length, Math.round(month)));
      if (at !== r.at) set({ watchRecord: { ...r, at } });
    },
    playRecordedSeed() {
      const r = get().watchRecord;
      if (!r?.scenario) return;
      set({ scenarioId: r.scenario.id, seedText: r.save.seed, message: '' });
      get().start();
      // Not started (its seed does not read under these rules, say): the menu shows why, with the scenario and seed filled in.
      if (get().screen === 'watch') set({ screen: 'menu', watchRecord: null });
    },
  };
};
