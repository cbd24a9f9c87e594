/**
 * Standing orders in the store: what each one gives in a month, and the ids
 * the store gives them. The list is the player's (kept in the save), never
 * the simulation's: a month's standing orders are ordinary orders, each
 * naming its actor, given through the same path as a click.
 */
import { MAX_ENDED_STANDING_ORDERS, MAX_STANDING_ORDERS, type StandingOrder, type StandingOrderSpec } from '../share/standing-order-schema';
import type { ScenarioContent } from '../sim/content';
import type { OrderResult } from '../sim/report';
import type { GameState, Order } from '../sim/types';
import { floorOrders } from './readiness-floor';

export type { StandingOrder, StandingOrderSpec };

/** What a standing order gave at the start of the month: its orders' answers, kept or refused. */
export interface StandingIssue {
  standing: StandingOrder;
  results: OrderResult[];
}

/** The orders a standing order gives on the game as `state` leaves it, for the nations at the device now (`seat`). */
export function ordersOf(s: StandingOrder, c: ScenarioContent, state: GameState, seat: readonly string[]): Order[] {
  if (s.kind === 'drawdown') return [{ kind: 'drawdown', actor: s.actor, product: s.product, amount: s.amount }];
  const { nations } = s;
  return floorOrders(c, state, nations ? seat.filter((id) => nations.includes(id)) : seat, s.product);
}

/** The next id after those in use: "s1", "s2" … (a cancelled one's id is not given again while a later one stands). */
export function nextStandingId(list: readonly StandingOrder[]): string {
  const used = list.map((s) => Number(s.id.slice(1)));
  return `s${used.reduce((a, b) => Math.max(a, b), 0) + 1}`;
}

/** Whether two standing orders repeat the same thing, their ids aside. */
export function sameStanding(a: StandingOrderSpec, b: StandingOrderSpec): boolean {
  if (a.kind === 'drawdown' && b.kind === 'drawdown') return a.actor === b.actor && a.product === b.product && a.amount === b.amount;
  return (
    a.kind === b.kind && a.product === b.product && String(a.kind === 'toReadinessFloor' && a.nations) === String(b.kind === 'toReadinessFloor' && b.nations)
  );
}

/** Whether a standing order gave the orders of the turn that begins after `months` months played. */
function inForceAt(s: StandingOrder, months: number): boolean {
  return (s.since ?? -1) < months && (s.until === undefined || months <= s.until);
}

/**
 * A game's standing orders as its branch after `months` months keeps them, as a save's fields: those
 * standing then stand in the branch (their cancelling was the original player's later choice), and those
 * cancelled by then stay cancelled, kept for the branch's own links. Those set later are not the branch's.
 */
export function standingForBranch(list: readonly StandingOrder[], months: number): { standingOrders?: StandingOrder[]; standingOrdersEnded?: StandingOrder[] } {
  // The newest within a save's limits: a link may hold more than a save keeps (a link made by hand, say).
  const standing = list
    .filter((s) => inForceAt(s, months))
    .map(({ until: _, ...s }) => s as StandingOrder)
    .slice(-MAX_STANDING_ORDERS);
  const ended = list.filter((s) => s.until !== undefined && s.until < months).slice(-MAX_ENDED_STANDING_ORDERS);
  return { ...(standing.length ? { standingOrders: standing } : {}), ...(ended.length ? { standingOrdersEnded: ended } : {}) };
}
