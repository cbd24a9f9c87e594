import { describe, expect, it } from 'vitest';
import { parseRoute, startRouter, type Route, type Screen } from '../../src/ui/router';

/** A window with just what the router uses: an address, a history and events. */
function fakeWindow(hash: string) {
  const entries = [hash];
  let at = 0;
  const listeners: Record<string, (() => void)[]> = {};
  const fire = () => ['popstate', 'hashchange'].forEach((t) => listeners[t]?.forEach((l) => l()));
  const win = {
    location: {
      get hash() {
        return entries[at]!;
      },
    },
    history: {
      pushState: (_: unknown, __: string, h: string) => {
        entries.splice(at + 1, entries.length, h);
        at++;
      },
      replaceState: (_: unknown, __: string, h: string) => {
        entries[at] = h;
      },
    },
    addEventListener: (t: string, l: () => void) => (listeners[t] ??= []).push(l),
    removeEventListener: () => undefined,
  };
  const go = (delta: number) => {
    at += delta;
    fire();
  };
  return { win: win as unknown as Window, entries: () => [...entries], go };
}

/** A session reduced to a screen, whether a game is loaded, and its listeners. */
function fakeSession(hasGame = false) {
  let screen: Screen = 'menu';
  const watchers: (() => void)[] = [];
  const opened: Route[] = [];
  const state = { game: hasGame, finished: false };
  const resolve = (x: Screen): Screen => (x === 'play' || x === 'debrief' ? (!state.game ? 'menu' : state.finished ? 'debrief' : 'play') : x);
  const show = (x: Screen) => {
    screen = x;
    watchers.forEach((w) => w());
  };
  const options = {
    shown: () => screen,
    resolve,
    open: (r: Route) => {
      opened.push(r);
      show(resolve(r.screen));
    },
    watch: (l: () => void) => {
      watchers.push(l);
      return () => undefined;
    },
  };
  return { options, show, state, opened };
}

describe('the hash router', () => {
  it('reads screens, and anything else as a link for the menu', () => {
    expect(parseRoute('')).toEqual({ screen: 'menu' });
    expect(parseRoute('#/')).toEqual({ screen: 'menu' });
    expect(parseRoute('#/replay')).toEqual({ screen: 'replay' });
    expect(parseRoute('#/results')).toEqual({ screen: 'results' });
    expect(parseRoute('#/play')).toEqual({ screen: 'play' });
    expect(parseRoute('#/play?scenario=x&seed=y')).toEqual({ screen: 'menu', link: '#/play?scenario=x&seed=y' });
  });

  it('a new screen is a new history entry; back shows the previous one', () => {
    const w = fakeWindow('');
    const s = fakeSession();
    startRouter(s.options, w.win);
    s.state.game = true;
    s.show('play');
    s.show('menu');
    expect(w.entries()).toEqual(['', '#/play', '#/']);
    w.go(-1);
    expect(s.options.shown()).toBe('play');
    w.go(-1);
    expect(s.options.shown()).toBe('menu');
  });

  it('a game screen with no game falls back to the menu, in place', () => {
    const w = fakeWindow('#/play');
    const s = fakeSession();
    startRouter(s.options, w.win);
    expect(s.options.shown()).toBe('menu');
    expect(w.entries()).toEqual(['#/']);
  });

  it('the end of a game replaces its play entry with the debrief', () => {
    const w = fakeWindow('#/');
    const s = fakeSession(true);
    startRouter(s.options, w.win);
    s.show('play');
    s.state.finished = true;
    s.show('debrief');
    expect(w.entries()).toEqual(['#/', '#/debrief']);
  });

  it('a share link stays in the address while the menu answers it', () => {
    const w = fakeWindow('#/play?scenario=x&seed=y');
    const s = fakeSession();
    startRouter(s.options, w.win);
    expect(s.opened).toEqual([{ screen: 'menu', link: '#/play?scenario=x&seed=y' }]);
    expect(w.entries()).toEqual(['#/play?scenario=x&seed=y']);
  });
});
