/** Chooses the screen. */
import { html } from 'lit-html';
import type { Session, SessionState } from '../session';
import { debriefView } from './debrief';
import { gameView } from './game-screen';
import { howToPlayView } from './how-to-play';
import { menuView } from './menu';

export function appView(s: SessionState, a: Session) {
  return html`${s.screen === 'menu' ? menuView(s, a) : s.screen === 'game' ? gameView(s, a) : debriefView(s, a)} ${howToPlayView(s, a)}`;
}
