/** The Orders tab: alliance-wide actions, the standing orders, and the month's orders of every nation on one screen. */
import { html } from 'lit-html';
import type { SessionState } from '../store';
import { floorPlanView } from './floor-plan-view';
import { monthOrdersView } from './month-orders-view';
import { standingOrdersView } from './standing-orders-view';

export function ordersView(s: SessionState) {
  return html`${floorPlanView(s)} ${standingOrdersView(s)} ${monthOrdersView(s)}`;
}
