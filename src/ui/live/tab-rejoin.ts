/**
 * A reload rejoins the live class the tab was playing in, by itself (trainer play-test: a reload landed on
 * the menu, where the team had to find Rejoin, though the guide says it joins again with the code alone).
 * The mark is the tab's own (sessionStorage), so another tab or a later visit opens on the menu as before;
 * a team that went to the menu on purpose stays there after a reload.
 */
import type { SessionStore } from '../store';
import { savedTeam } from './live-team';

const TAB = 'rol-live-tab';

function mark(code: string | null): void {
  try {
    if (code) sessionStorage.setItem(TAB, code);
    else sessionStorage.removeItem(TAB);
  } catch {
    // A browser that keeps nothing still plays; a reload opens the menu, whose Rejoin button does the same.
  }
}

function marked(): string | null {
  try {
    return sessionStorage.getItem(TAB);
  } catch {
    return null;
  }
}

/** Rejoins the tab's class when it was playing in one (once `ready`: its scenario may be any of the catalogue's), then keeps the mark. */
export function rejoinAfterReload(store: SessionStore, ready: Promise<unknown>): void {
  const code = marked();
  // What the mark holds, kept here: the session changes many times a second while a game is played.
  let held = code;
  const follow = () =>
    store.subscribe((s) => {
      const playing = s.live?.as === 'team' && s.live.code && s.screen !== 'menu' ? s.live.code : null;
      if (playing !== held) mark((held = playing));
    });
  if (!code || !savedTeam(code)) return void follow();
  const go = () => {
    const s = store.getState();
    // Anything the visitor began meanwhile (a game, a link) wins.
    if (s.screen === 'menu' && !s.game && !s.live) {
      s.editLiveForm({ code });
      void s.joinLiveClass();
    }
    follow();
  };
  void ready.then(go, go);
}
