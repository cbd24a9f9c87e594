/**
 * The game on screen: its scenario and game store, who acts, the open panel,
 * the last order's answer and the sliders' values (view state, never read
 * back from the page). Orders go to the game store; each month ends with an
 * autosave under the game's id.
 */
import type { ScenarioFile } from '../../scenario/schema';
import { afterNextFrame } from '../../share/after-frame';
import type { ReplayFile } from '../../share/files';
import { TRAINER, type Order, type OrderResult } from '../../sim';
import type { GameStore } from '../../store/game-store';
import { writeGameSave } from '../../persist/autosave';
import { newGameId, rememberTabGame } from '../../persist/game-id';
import { replayLinkOf, replayOf, saveOf } from '../common/game-files';
import { NO_RESULT_CODE } from '../debrief/debrief-slice';
import { HEADLINES_TITLE, REPORT_TOP } from '../report/report-slice';
import type { SessionState, Slice } from '../store';
import { NO_FLOOR_PLAN } from './alliance-slice';
import { NO_NEGOTIATION } from './negotiation-slice';
import { tutorialFor } from './tutorial-slice';
import { facilitationNow } from '../common/facilitation';
import { livePaused } from '../live/live-slice';
import { keepTurnOrders } from '../live/kept-orders';

/** How long End month stays off after a month resolves: longer than a double-click's second press. */
const SETTLE_MS = 600;

export type Tab = 'decide' | 'orders' | 'odds' | 'politics' | 'news' | 'report' | 'charts' | 'map';

export interface PlaySlice {
  scenario: ScenarioFile | null;
  game: GameStore | null;
  /** the id the game on screen saves under */
  gameId: string | null;
  /** the game's scenario was loaded from a file: it is kept with the save */
  scenarioFromFile: boolean;
  acting: string;
  tab: Tab;
  lastResult: OrderResult | null;
  /** the drawdown sliders: units of each product the acting nation is about to send */
  drawDraft: Record<string, number>;
  /** the pledge slider: basis points of GDP to add */
  pledgeDraftBp: number;
  /** a month is being resolved: "Resolving…" shows until its headlines are on screen */
  resolving: boolean;
  /** a month has just been resolved: End month stays off a moment, so a double-click ends one month */
  settling: boolean;
  /** the id of an element to focus once the screen has been drawn, then cleared */
  focusAfterRender: string | null;
  /**
   * Hotseat: the screen that covers the game while the laptop goes to the next team, after a
   * team has ended its turn ("team") or once the turn is resolved ("resolved"); null otherwise.
   */
  handover: 'team' | 'resolved' | null;
  /** Hotseat: the next team has the laptop; the game shows again, at its desk. */
  takeOver(): void;
  /** Puts a new, restored or finished game on screen (a finished one opens its debrief); it saves under `slot.gameId`. */
  beginGame(scenario: ScenarioFile, game: GameStore, role: string, slot: { gameId: string; scenarioFromFile: boolean }): void;
  setActing(nationId: string): void;
  setTab(tab: Tab): void;
  setDrawDraft(product: string, amount: number): void;
  setPledgeDraft(bp: number): void;
  order(order: Order): OrderResult;
  undo(): void;
  /** puts away the line saying what the last order did */
  dismissResult(): void;
  endMonth(): void;
  /** Resolves the turn on screen with `run` (the store's End turn, or a live class's months): "Resolving…" first, then the headlines. */
  resolveOnScreen(run: () => void): void;
  backToMenu(): void;
  saveNow(): Promise<void>;
  /** The game so far as a replay file: every order of every month, and each month's hash. */
  exportReplay(): ReplayFile | null;
  /** The replay link of the game on screen (the whole address), or null before its first month. */
  replayLink(): string | null;
  /** the link the Share button last gave, shown in the bar so it can be copied by hand; null when none */
  sharedLink: string | null;
  /** what copying the shared link did ("Replay link copied.", or why not) */
  shareStatus: string;
  showSharedLink(link: string | null, status?: string): void;
}

export const createPlaySlice: Slice<PlaySlice> = (set, get) => ({
  scenario: null,
  game: null,
  gameId: null,
  scenarioFromFile: false,
  acting: '',
  tab: 'decide',
  lastResult: null,
  drawDraft: {},
  pledgeDraftBp: 25,
  resolving: false,
  settling: false,
  focusAfterRender: null,
  handover: null,
  takeOver() {
    const resolved = get().handover === 'resolved';
    set({ handover: null, tab: resolved ? 'report' : 'decide', focusAfterRender: resolved ? HEADLINES_TITLE : null, ...REPORT_TOP });
  },
  beginGame(scenario, game, role, slot) {
    const finished = game.getState().game.finished;
    // A save keeps no pending orders: a continued game's month starts afresh, with its standing orders given again.
    if (!finished && game.getState().pending.length === 0) game.getState().issueStanding();
    rememberTabGame(slot.gameId);
    // The odds of the game before are no forecast of this one.
    get().dropOdds();
    set({
      screen: finished ? 'debrief' : 'play',
      scenario,
      game,
      gameId: slot.gameId,
      scenarioFromFile: slot.scenarioFromFile,
      role,
      acting: role === 'coordinator' ? (scenario.playable[0] ?? '') : (game.getState().seat[0] ?? role),
      handover: null,
      tab: 'decide',
      message: '',
      lastResult: null,
      sharedLink: null,
      shareStatus: '',
      ...NO_NEGOTIATION,
      ...NO_FLOOR_PLAN,
      ...REPORT_TOP,
      ...NO_RESULT_CODE,
      // A new game starts without a team name (a live class sets its team's after this), and is no challenge (playChallenge says so after this).
      teamName: '',
      challenge: null,
      ...tutorialFor(game, slot.gameId),
    });
    if (finished) get().gameEnded();
  },
  setActing: (nationId) => set({ acting: nationId, lastResult: null, drawDraft: {} }),
  // An order's answer belongs to the tab it was given on (student play-test: a shift's answer sat atop the Politics tab).
  setTab: (tab) => set({ tab, lastResult: null, ...REPORT_TOP }),
  setDrawDraft: (product, amount) => set({ drawDraft: { ...get().drawDraft, [product]: amount } }),
  setPledgeDraft: (bp) => set({ pledgeDraftBp: bp }),
  order(order) {
    const result = get().game!.getState().addOrder(order);
    set({ lastResult: result });
    return result;
  },
  dismissResult: () => set({ lastResult: null }),
  undo() {
    get().game!.getState().undo(get().acting);
    set({ lastResult: null });
  },
  endMonth() {
    const game = get().game;
    if (!game || get().resolving || get().settling || game.getState().game.finished) return;
    // Paused by the trainer at the front of the room: End turn waits for "Resume".
    if (facilitationNow(game.getState()).paused || livePaused(get())) return;
    // "Resolving…" reaches the screen first (the month resolves after the next frame), so a slow
    // machine shows that something happens. The month's headlines replace it in one update, and
    // End month stays off a moment longer so that the second press of a double-click (or a
    // repeated Enter) ends nothing. The autosave waits for the frame that shows the headlines.
    const g = game.getState();
    if (g.teams.length && g.teamIndex < g.teams.length - 1) return handOver(set, game);
    // A live class: the class server resolves the turn first; its answer resolves it here.
    if (get().live?.as === 'team') return get().submitLiveTurn();
    get().resolveOnScreen(() => game.getState().endTurn());
  },
  resolveOnScreen(run) {
    const game = get().game!;
    set({ resolving: true, settling: true });
    afterNextFrame(() => {
      run();
      const finished = game.getState().game.finished;
      const hotseat = game.getState().teams.length > 0;
      set({
        ...(hotseat ? { acting: game.getState().seat[0]!, handover: finished ? null : 'resolved', drawDraft: {} } : {}),
        tab: 'report',
        lastResult: null,
        // A link shared before this month is of the game as it was then.
        sharedLink: null,
        shareStatus: '',
        resolving: false,
        screen: finished ? 'debrief' : 'play',
        focusAfterRender: finished ? null : HEADLINES_TITLE,
        ...REPORT_TOP,
        ...NO_NEGOTIATION,
        ...NO_FLOOR_PLAN,
        ...NO_RESULT_CODE,
      });
      if (finished) get().gameEnded();
      afterNextFrame(() => void get().saveNow());
      setTimeout(() => set({ settling: false }), SETTLE_MS);
    });
  },
  backToMenu() {
    set({ screen: 'menu', message: '', handover: null, ...NO_NEGOTIATION });
    get().dropOdds();
    void get().checkSaves();
  },
  async saveNow() {
    const { game, scenario, gameId, scenarioFromFile, live } = get();
    if (!game || !scenario || !gameId) return;
    // A live class's game is the class server's: an offline copy on the menu would be cut off from the class. Only the
    // turn's orders are kept, for a reload to give again (the server has them only once the turn is ended).
    if (live?.as === 'team') {
      const g = game.getState();
      return keepTurnOrders(
        live.code,
        g.game.turn,
        g.pending.filter((o) => o.actor !== TRAINER),
      );
    }
    try {
      if (await writeGameSave(saveOf(scenario, game, { gameId, scenarioFromFile }))) return;
      // Another tab continued this same game and saved other months under its id: keep both, this one as a game of its own.
      const own = newGameId();
      await writeGameSave(saveOf(scenario, game, { gameId: own, scenarioFromFile }));
      if (get().game !== game) return;
      rememberTabGame(own);
      set({ gameId: own });
    } catch (e) {
      set({ message: `Autosave failed: ${(e as Error).message}. The game goes on; it is not lost while this page stays open.` });
    }
  },
  exportReplay() {
    const { game, scenario } = get();
    return game && scenario ? replayOf(scenario, game) : null;
  },
  sharedLink: null,
  shareStatus: '',
  showSharedLink: (link, status = '') => set({ sharedLink: link, shareStatus: status }),
  replayLink() {
    const { game, scenario } = get();
    const payload = game && scenario ? replayLinkOf(scenario, game) : null;
    return payload && `${location.href.replace(/#.*$/, '')}#/replay?g=${payload}`;
  },
});

/**
 * Hotseat: the team at the laptop has ended its turn. Its orders are sealed, and the game is covered
 * until the next team takes over, at its own desk, so that nothing of the team before stays on screen.
 */
function handOver(set: (patch: Partial<SessionState>) => void, game: GameStore) {
  game.getState().endTeamTurn();
  set({
    handover: 'team',
    acting: game.getState().seat[0]!,
    tab: 'decide',
    lastResult: null,
    drawDraft: {},
    ...NO_NEGOTIATION,
    ...NO_FLOOR_PLAN,
    ...REPORT_TOP,
  });
}
