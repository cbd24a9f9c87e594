/**
 * The screen the session is on, and the how-to-play dialog over it. Only the
 * menu comes with the page: every other screen is its own chunk, fetched when
 * first shown (or ahead of time, once the menu is up), so the menu is usable
 * sooner (issue 14: the menu's first frame within 0.8 of a bare Phaser scene's).
 */
import { html, type TemplateResult } from 'lit-html';
import { howToPlayView } from './common/how-to-play-view';
import { menuView } from './menu/menu-view';
import type { Screen } from './router';
import type { SessionState } from './store';

type ScreenView = (s: SessionState) => TemplateResult;

const LOADERS: Record<Exclude<Screen, 'menu'>, () => Promise<ScreenView>> = {
  play: () => import('./play/play-view').then((m) => m.playView),
  debrief: () => import('./debrief/debrief-view').then((m) => m.debriefView),
  review: () => import('./review/review-view').then((m) => m.reviewView),
  replay: () => import('./replay/replay-view').then((m) => m.replayView),
  watch: () => import('./watch/watch-view').then((m) => m.watchView),
  results: () => import('./results/results-view').then((m) => m.resultsView),
  trainer: () => import('./trainer/trainer-view').then((m) => m.trainerView),
  live: () => import('./live/live-desk-view').then((m) => m.liveDeskView),
};

const loaded: Partial<Record<Screen, ScreenView>> = { menu: menuView };
const loading = new Map<Screen, Promise<void>>();

/** Fetches a screen's chunk once; a failed fetch (the network gone) may be tried again. */
function load(screen: Exclude<Screen, 'menu'>): Promise<void> {
  const known = loading.get(screen);
  if (known) return known;
  const p = LOADERS[screen]().then(
    (view) => void (loaded[screen] = view),
    (e: unknown) => {
      loading.delete(screen);
      throw e;
    },
  );
  loading.set(screen, p);
  return p;
}

/**
 * The session's screen; one not loaded yet shows a line while it comes, then `redraw` draws it.
 * A chunk that cannot be fetched says so and offers the menu, which is always there.
 */
export function appView(s: SessionState, redraw: () => void) {
  const view = loaded[s.screen];
  const screen = view ? view(s) : pendingScreen(s, redraw);
  return html`${screen} ${howToPlayView(s)}`;
}

/** Whether a screen's code is in: its elements are on the page once it is drawn. */
export const screenReady = (screen: Screen): boolean => loaded[screen] !== undefined;

let failed: Screen | null = null;

function pendingScreen(s: SessionState, redraw: () => void) {
  const screen = s.screen as Exclude<Screen, 'menu'>;
  if (failed === screen)
    return html`<main class="menu" role="alert">
      <p>This screen could not be loaded: the connection to the game's server may be down. Your game is kept; try again once the connection is back.</p>
      <button @click=${() => ((failed = null), redraw())}>Try again</button>
      <button @click=${() => s.openRoute({ screen: 'menu' })}>Menu</button>
    </main>`;
  load(screen).then(redraw, () => {
    failed = screen;
    redraw();
  });
  return html`<main class="menu" aria-busy="true"><p>Loading…</p></main>`;
}

/** Fetches the screens a player may open next while the menu is read, most likely first. */
export function preloadScreens(): void {
  const order: Exclude<Screen, 'menu'>[] = ['play', 'debrief', 'watch', 'trainer', 'results', 'replay', 'review', 'live'];
  void order.reduce((prev, screen) => prev.then(() => load(screen)).catch(() => undefined), Promise.resolve());
}
