/**
 * The Orders tab: the month's orders of every nation on one screen, the team's one-line reason for
 * them, and the standing orders (the alliance-wide drawdowns are on Decisions).
 */
import { html } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { NOTE_CHARS } from '../../store/game-store';
import type { SessionState } from '../store';
import { monthOrdersView } from './month-orders-view';
import { standingOrdersView } from './standing-orders-view';

export function ordersView(s: SessionState) {
  return html`${standingOrdersView(s)} ${monthOrdersView(s)} ${noteView(s)}`;
}

/** The players' reason for this turn's orders, in one line: it goes with the result code into the after-action review. */
function noteView(s: SessionState) {
  const g = s.game!.getState();
  return html`<label class="note"
    >Why these orders? <span class="hint">(optional, one line for your after-action review)</span>
    <input
      maxlength=${NOTE_CHARS}
      .value=${live(g.ownNote())}
      @input=${(e: Event) => g.setNote((e.target as HTMLInputElement).value)}
      data-testid="turn-note"
    />
  </label>`;
}
