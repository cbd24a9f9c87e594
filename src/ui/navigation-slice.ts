/**
 * Which screen is up, and going to a screen by its address (router.ts): a
 * game screen asked for with no game falls back to the menu, and the play and
 * debrief screens stand for the game's current one (a finished game has only
 * its debrief). Moves made by the screens' own actions (Start, End month,
 * Menu, …) set the screen directly.
 */
import { HELP_CLOSED } from './common/help-slice';
import { NO_NEGOTIATION } from './play/negotiation-slice';
import { startVerifiers } from './results/results-verifier';
import type { Route, Screen } from './router';
import type { Slice } from './store';

export interface NavigationSlice {
  screen: Screen;
  /** The screen that would be shown if this one were asked for now. */
  resolveScreen(screen: Screen): Screen;
  /** Shows what an address leads to: a screen, or the menu answering a link. */
  openRoute(route: Route): void;
}

export const createNavigationSlice: Slice<NavigationSlice> = (set, get) => ({
  screen: 'menu',
  resolveScreen(screen) {
    if (screen === 'menu' || screen === 'replay' || screen === 'results' || screen === 'trainer' || screen === 'live') return screen;
    // A review is of the game it was opened for; with none opened, the address leads to the menu.
    if (screen === 'review') return get().review ? 'review' : 'menu';
    if (screen === 'watch') return get().watching || get().watchRecord || get().watchProblem !== null || get().watchWaiting !== null ? 'watch' : 'menu';
    const game = get().game?.getState().game;
    return !game ? 'menu' : game.finished ? 'debrief' : 'play';
  },
  openRoute(route) {
    if (route.screen === 'watch' && route.link) return get().openReplayLink(route.link);
    const screen = get().resolveScreen(route.screen);
    if (screen !== get().screen) {
      if (screen === 'menu') get().backToMenu();
      else set({ screen, ...NO_NEGOTIATION, ...HELP_CLOSED });
    }
    if (screen === 'trainer') get().openDesk();
    if (route.link !== undefined) get().openLink(route.link);
    if (screen === 'results') startVerifiers();
  },
});
