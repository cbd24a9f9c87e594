/** The Orders tab: the standing orders, and the month's orders of every nation on one screen (the alliance-wide drawdowns are on Decisions). */
import { html } from 'lit-html';
import type { SessionState } from '../store';
import { monthOrdersView } from './month-orders-view';
import { standingOrdersView } from './standing-orders-view';

export function ordersView(s: SessionState) {
  return html`${standingOrdersView(s)} ${monthOrdersView(s)}`;
}
