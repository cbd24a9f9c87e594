/**
 * A small hash router: each screen has an address, so the browser's back and
 * forward buttons move between screens and a screen can be linked to.
 *
 *   #/         the menu
 *   #/play     the game on screen
 *   #/debrief  the finished game's debrief
 *   #/review   the after-action review of a finished or verified game
 *   #/replay   "Check a replay"
 *   #/replay?g=…  the replay viewer: a whole game in its link (src/share/replay-link)
 *   #/results  the class results dashboard
 *   #/trainer  the trainer's desk: prepare a class
 *   #/live     the trainer's live desk: a class running on the class server
 *
 * Any other address is a link for the menu to answer: a share link
 * (`#/play?scenario=<id>&seed=<code>`, src/share/link.ts) opens the menu with
 * that scenario and seed chosen, and a broken one is answered with what is
 * wrong. The session store stays the source of truth for the screen: the
 * router writes its screen into the address (a new history entry, or in place
 * when the address's screen cannot be shown any more), and hands an address
 * the player goes to (back, forward, a link, a typed address) to `open`.
 */

export type Screen = 'menu' | 'play' | 'debrief' | 'review' | 'replay' | 'watch' | 'results' | 'trainer' | 'live';

/** Where an address leads: a screen, and for the menu the link it carries, if any. */
export interface Route {
  screen: Screen;
  link?: string;
}

const ADDRESSES: Record<Screen, string> = {
  menu: '#/',
  play: '#/play',
  debrief: '#/debrief',
  review: '#/review',
  replay: '#/replay',
  watch: '#/watch',
  results: '#/results',
  trainer: '#/trainer',
  live: '#/live',
};

export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#') return { screen: 'menu' };
  if (hash.startsWith('#/replay?')) return { screen: 'watch', link: hash };
  const screen = (Object.keys(ADDRESSES) as Screen[]).find((x) => ADDRESSES[x] === hash);
  return screen ? { screen } : { screen: 'menu', link: hash };
}

export function addressOf(screen: Screen): string {
  return ADDRESSES[screen];
}

export interface RouterOptions {
  /** the screen on show */
  shown(): Screen;
  /** the screen that would be shown for this one now (a game screen with no game falls back to the menu) */
  resolve(screen: Screen): Screen;
  /** shows what an address leads to */
  open(route: Route): void;
  /** the address of a screen that has one of its own now (the replay viewer: its game's link) */
  address?(screen: Screen): string | null;
  /** calls back whenever the session changes; returns the unsubscribe */
  watch(listener: () => void): () => void;
}

type Win = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/** Opens the address the page was loaded with, then keeps screen and address in step; returns the stop. */
export function startRouter(options: RouterOptions, win: Win = window): () => void {
  let handled: string | null = null;
  const write = (screen: Screen, how: 'push' | 'replace') => {
    const hash = options.address?.(screen) ?? addressOf(screen);
    if (how === 'push') win.history.pushState(null, '', hash);
    else win.history.replaceState(null, '', hash);
    handled = win.location.hash;
  };
  /** The player went to an address: show it, and correct the address if what is shown differs. */
  const arrive = () => {
    if (win.location.hash === handled) return;
    handled = win.location.hash;
    options.open(parseRoute(win.location.hash));
    if (parseRoute(win.location.hash).screen !== options.shown()) write(options.shown(), 'replace');
  };
  /** The session moved to another screen: write it into the address. */
  const follow = () => {
    const asked = parseRoute(win.location.hash).screen;
    const shown = options.shown();
    // The viewer's address is its game's link: another game watched is another address.
    const own = options.address?.(shown);
    if (own && own !== win.location.hash && asked === shown) return write(shown, 'replace');
    if (asked !== shown) write(shown, options.resolve(asked) === shown ? 'replace' : 'push');
  };
  arrive();
  const unwatch = options.watch(follow);
  // Fragment navigations fire both events (back/forward between pushed entries only popstate); `handled` keeps it to once.
  win.addEventListener('popstate', arrive);
  win.addEventListener('hashchange', arrive);
  return () => {
    unwatch();
    win.removeEventListener('popstate', arrive);
    win.removeEventListener('hashchange', arrive);
  };
}
