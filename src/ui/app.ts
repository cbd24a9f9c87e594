/**
 * Mounts the DOM client: renders the screen for the session's state with
 * lit-html on every change of the session or of the game on screen, then
 * does what needs the page drawn (the tutorial's outline, the lazy map); the
 * router keeps the screen and the address in step.
 */
import { render } from 'lit-html';
import { loadBundledScenarios } from '../scenario/bundled';
import type { GameStore } from '../store/game-store';
import { appView, preloadScreens, screenReady } from './app-view';
import { DEFAULT_SCENARIO } from './menu/menu-slice';
import { createMapHost } from './play/map-host';
import { highlightTutorialTarget } from './play/tutorial-view';
import { startRouter } from './router';
import { rejoinAfterReload } from './live/tab-rejoin';
import { savePendingOrders } from './play/save-pending';
import { watchKey } from './watch/watch-keys';
import { watchedSession } from './watch/watched-session';
import { createSessionStore, type SessionStore } from './store';

export async function mountApp(root: HTMLElement): Promise<SessionStore> {
  root.textContent = 'Loading scenarios…';
  // Open the menu on the default scenario at once; the others join the list as they arrive.
  const loading = loadBundledScenarios(DEFAULT_SCENARIO);
  const store = createSessionStore(await loading.first);
  const session = store.getState;
  root.replaceChildren();
  const all = loading.all.then((all) => session().addScenarios(all));
  rejoinAfterReload(store, all);
  // Continue is offered with the menu: saves of the scenario in are listed now, the rest once every scenario is.
  void session().checkSaves();
  const map = createMapHost(root);
  const pendingSaver = savePendingOrders(() => void session().saveNow());
  let watchedGame: GameStore | null = null;
  let unsubscribeGame: (() => void) | undefined;
  let shownScreen = session().screen;
  let shownTab = session().tab;
  const draw = () => {
    const s = session();
    if (s.game !== watchedGame) {
      unsubscribeGame?.();
      watchedGame = s.game;
      unsubscribeGame = s.game?.subscribe(draw);
      pendingSaver.watch(s.game);
    }
    render(appView(s, draw), root);
    // Another screen opens at its top, as a new page would (play-test: a game opened from a scrolled menu showed an empty page).
    if (s.screen !== shownScreen) {
      shownScreen = s.screen;
      scrollTo(0, 0);
    }
    // Another tab opens at its top too (play-test: a tab opened at the last one's scroll, its heading cut off).
    if (s.tab !== shownTab) {
      shownTab = s.tab;
      document.getElementById('panel')?.scrollTo(0, 0);
    }
    highlightTutorialTarget(root, s);
    // A screen still on its way keeps the focus request for the render that draws it.
    if (s.focusAfterRender && screenReady(s.screen)) {
      // A view that is gone (a tip not shown on this tab) hands the focus to the open panel, not the body.
      (document.getElementById(s.focusAfterRender) ?? document.getElementById('panel'))?.focus();
      store.setState({ focusAfterRender: null });
    }
    // The viewer's map shows the watched game; the game in progress keeps its own.
    map.update(s.screen === 'watch' && s.watching ? watchedSession(s, s.watching) : s);
  };

  // A read-only handle for browser tests and curious hobbyists: the replay of the game on screen.
  (window as unknown as { __rol?: unknown }).__rol = {
    exportReplay: () => session().exportReplay(),
    hash: () => session().game?.getState().history.at(-1)?.hash ?? null,
    /** what would have helped, as shown (each counterfactual's score and the orders that give it), and the time the search took */
    counterfactuals: () => {
      const h = session().helped;
      return h && { status: h.status, computeMs: h.computeMs, tried: h.tried, best: h.best.map((cf) => ({ score: cf.score.score, turns: cf.turns })) };
    },
    /** the replay viewer's game: each month's state hash, and the month shown */
    watched: () => {
      const w = session().watching;
      return w && { hashes: w.months.map((m) => m.hash), at: w.at };
    },
    /** the forecast on the Odds tab: its state, the futures played, and the time the last one took */
    odds: () => {
      const o = session().odds;
      return o && { status: o.status, done: o.done, total: o.total, ms: o.ms, winBp: o.forecast?.winBp ?? null };
    },
    funds: (nation: string) =>
      session()
        .game?.getState()
        .preview.state.nations.find((n) => n.id === nation)?.fundsEur ?? null,
  };
  store.subscribe(draw);
  draw();
  // The other screens come once the menu is up and the page is idle, so Start opens the game at once.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(preloadScreens, { timeout: 2000 });
  else setTimeout(preloadScreens, 500);
  // Read before the router answers a game's address with the menu (there is no game yet): a reload mid-game goes back to it.
  if (/^#\/(play|debrief)(\?|$)/.test(location.hash)) store.setState({ resumeWanted: true });
  startRouter({
    shown: () => session().screen,
    resolve: (x) => session().resolveScreen(x),
    address: (x) => {
      const w = session().watching;
      return x === 'watch' && w ? `#/replay?g=${w.payload}` : null;
    },
    open: (r) => session().openRoute(r),
    watch: (l) => store.subscribe(l),
  });
  window.addEventListener('keydown', (e) => undoKey(e, store));
  window.addEventListener('keydown', (e) => watchKey(e, store.getState()));
  return store;
}

/** Ctrl+Z (or ⌘Z) takes back the acting nation's last order, unless a field or a dialog has the keys. */
function undoKey(e: KeyboardEvent, store: SessionStore) {
  const s = store.getState();
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
  if (s.screen !== 'play' || s.negotiation || typing) return;
  if (e.key === 'z' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    s.undo();
  }
}
