/**
 * Mounts the DOM client: renders the screen for the session's state with
 * lit-html on every change, and starts the Phaser map lazily, only once a game
 * is on screen, so the menu is usable before Phaser has even been fetched.
 */
import { render } from 'lit-html';
import type { GameStore } from '../store/game-store';
import { loadBundledScenarios } from '../scenario/bundled';
import { createSession, DEFAULT_SCENARIO, type Session } from './session';
import { appView } from './views/app-view';
import { highlightTutorialTarget } from './views/tutorial';

type MapHandle = { destroy(): void };

export async function mountApp(root: HTMLElement): Promise<Session> {
  root.textContent = 'Loading scenarios…';
  // Open the menu on the default scenario at once; the others join the list as they arrive.
  const loading = loadBundledScenarios(DEFAULT_SCENARIO);
  const session = createSession(await loading.first);
  root.replaceChildren();
  // A shared link names its scenario; wait for the full list when it is not the default one.
  const linked = /scenario=([^&]+)/.exec(location.hash)?.[1];
  void loading.all.then((all) => {
    session.addScenarios(all);
    if (linked && linked !== DEFAULT_SCENARIO) session.openLink(location.hash);
  });
  if (!linked || linked === DEFAULT_SCENARIO) session.openLink(location.hash);
  let unsubscribeGame: (() => void) | undefined;
  let watchedGame: GameStore | null = null;
  let map: MapHandle | undefined;
  let mapFor: GameStore | null = null;
  let mapLoading = false;

  const draw = () => {
    const s = session.store.getState();
    if (s.game !== watchedGame) {
      unsubscribeGame?.();
      watchedGame = s.game;
      unsubscribeGame = s.game?.subscribe(draw);
    }
    render(appView(s, session), root);
    highlightTutorialTarget(root, s);
    void ensureMap();
  };

  async function ensureMap() {
    const s = session.store.getState();
    const container = root.querySelector<HTMLElement>('#map');
    if (!container || !s.game || !s.scenario) return;
    if (mapFor === s.game || mapLoading) return;
    mapLoading = true;
    map?.destroy();
    const { startMap } = await import('../game/start-map');
    map = await startMap({ parent: container, game: s.game, scenario: s.scenario });
    mapFor = s.game;
    mapLoading = false;
  }

  // A read-only handle for browser tests and curious hobbyists: the replay of the game on screen.
  (window as unknown as { __rol?: unknown }).__rol = {
    exportReplay: () => session.exportReplay(),
    hash: () => session.store.getState().game?.getState().history.at(-1)?.hash ?? null,
  };
  session.store.subscribe(draw);
  draw();
  void session.checkAutosave();
  window.addEventListener('keydown', (e) => {
    const s = session.store.getState();
    if (
      s.screen !== 'game' ||
      s.negotiation ||
      e.target instanceof HTMLInputElement ||
      e.target instanceof HTMLSelectElement ||
      e.target instanceof HTMLTextAreaElement
    )
      return;
    if (e.key === 'z' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      session.undo();
    }
  });
  return session;
}
