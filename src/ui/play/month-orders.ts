/**
 * The month's pending orders across every nation played here, grouped by
 * nation (in the alphabetical order of the names a player reads) in plain
 * words, each marked when a standing order gave it. Sends from stocks of one
 * product by several nations (every ally down to its floor) are one line of
 * their own: eleven rows of "sends … from its stocks" read as eleven decisions
 * where the player made one (thorough student, issue 9: a quarter of the Orders tab).
 */
import { namesFor } from '../../share/text/messages';
import { pendingText } from '../../share/text/orders';
import { TRAINER, type Order } from '../../sim';
import type { GameStoreState } from '../../store/game-store';

export interface NationOrders {
  nationId: string;
  nation: string;
  lines: { text: string; standing: boolean }[];
}

/** One product sent from several nations' stocks this turn, largest sender first. */
export interface StockSends {
  product: string;
  total: number;
  senders: { nation: string; amount: number }[];
  /** given by a standing order (its sends and a player's own are never one line) */
  standing: boolean;
  /** the very pending orders, so that they can be taken back together */
  orders: Order[];
}

/** From this many nations sending one product, their sends are one line. */
export const GROUPED_SENDERS = 3;

type Pending = Pick<GameStoreState, 'content' | 'preview' | 'standingIssued'>;

const standingOrders = (g: Pending) => new Set(g.standingIssued.flatMap((i) => i.results.map((r) => r.order)));

/**
 * Sends of one product from several nations, those a standing order gave apart from those given by
 * hand (one Undo must not take back a standing order's sends with a player's own, play-test), each
 * nation once with its sends summed.
 */
export function stockSends(g: Pending): StockSends[] {
  const names = namesFor(g.content, g.preview.state);
  const fromStanding = standingOrders(g);
  const groups = new Map<string, StockSends & { byNation: Map<string, number> }>();
  for (const r of g.preview.results) {
    const o = r.order;
    if (!r.ok || o.kind !== 'drawdown') continue;
    const standing = fromStanding.has(o);
    const key = `${o.product} ${standing}`;
    const sends = groups.get(key) ?? { product: o.product, total: 0, senders: [], standing, orders: [], byNation: new Map<string, number>() };
    sends.total += o.amount;
    sends.byNation.set(o.actor, (sends.byNation.get(o.actor) ?? 0) + o.amount);
    sends.orders.push(o);
    groups.set(key, sends);
  }
  return [...groups.values()]
    .filter((s) => s.byNation.size >= GROUPED_SENDERS)
    .map(({ byNation, ...s }) => ({
      ...s,
      senders: [...byNation]
        .map(([id, amount]) => ({ nation: names.nation(id), amount }))
        .sort((a, b) => b.amount - a.amount || (a.nation < b.nation ? -1 : 1)),
    }))
    .sort((a, b) => b.total - a.total || Number(a.standing) - Number(b.standing));
}

/**
 * Offers a firm countered and the same buyer then signed with that firm for that product this turn:
 * the signed line tells the bargain, so the counter-offer is not a line of its own (a negotiation
 * read as two decisions, thorough student).
 */
function settledCounters(results: Pending['preview']['results']): Set<Order> {
  const out = new Set<Order>();
  results.forEach((r, i) => {
    const o = r.order;
    if (o.kind !== 'offer' || r.message.id !== 'offer.answered') return;
    const signed = results.slice(i + 1).some((x) => {
      const later = x.order;
      return (
        later.kind === 'offer' &&
        x.message.id === 'offer.signed' &&
        later.actor === o.actor &&
        later.offer.firmId === o.offer.firmId &&
        later.offer.product === o.offer.product
      );
    });
    if (signed) out.add(o);
  });
  return out;
}

/** Each nation's orders, those on a line of `sends` and counter-offers settled by a signature left out. */
export function monthOrders(g: Pending, sends: readonly StockSends[] = stockSends(g)): NationOrders[] {
  const names = namesFor(g.content, g.preview.state);
  // A standing order's orders are the very objects it gave, so the store's pending list still holds them.
  const fromStanding = standingOrders(g);
  const inGroups = new Set(sends.flatMap((s) => s.orders));
  const settled = settledCounters(g.preview.results);
  const groups = new Map<string, NationOrders>();
  for (const r of g.preview.results) {
    if (inGroups.has(r.order) || settled.has(r.order)) continue;
    const id = r.order.actor;
    const group = groups.get(id) ?? { nationId: id, nation: names.nation(id), lines: [] };
    group.lines.push({ text: pendingText(r, names), standing: fromStanding.has(r.order) });
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => (a.nation < b.nation ? -1 : a.nation > b.nation ? 1 : 0));
}

/**
 * The orders of the turn that are the players' own, as the list shows them: in a live class the trainer's (a pause, an inject,
 * a lock) come from the server and are counted apart (trainer play-test: "Orders (3)" for a team that
 * had given none, its trainer having paused and resumed the class).
 */
export function ownPending(g: Pick<GameStoreState, 'pending' | 'trainerOrdersFromServer' | 'preview'>): { own: number; trainer: number } {
  const trainer = g.trainerOrdersFromServer ? g.pending.filter((o) => o.actor === TRAINER).length : 0;
  // An offer settled by a signature is no order of its own on the list, nor in its count (student play-test: "6 orders", 5 listed).
  return { own: g.pending.length - trainer - settledCounters(g.preview.results).size, trainer };
}
