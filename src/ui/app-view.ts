/** The screen the session is on, and the how-to-play dialog over it. */
import { html } from 'lit-html';
import { howToPlayView } from './common/how-to-play-view';
import { debriefView } from './debrief/debrief-view';
import { menuView } from './menu/menu-view';
import { playView } from './play/play-view';
import type { SessionState } from './store';

export function appView(s: SessionState) {
  const screen = s.screen === 'play' ? playView(s) : s.screen === 'debrief' ? debriefView(s) : menuView(s);
  return html`${screen} ${howToPlayView(s)}`;
}
