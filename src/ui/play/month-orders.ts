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
import type { Order } from '../../sim';
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
  /** every one of them given by a standing order */
  standing: boolean;
  /** the very pending orders, so that they can be taken back together */
  orders: Order[];
}

/** From this many nations sending one product, their sends are one line. */
export const GROUPED_SENDERS = 3;

type Pending = Pick<GameStoreState, 'content' | 'preview' | 'standingIssued'>;

const standingOrders = (g: Pending) => new Set(g.standingIssued.flatMap((i) => i.results.map((r) => r.order)));

export function stockSends(g: Pending): StockSends[] {
  const names = namesFor(g.content, g.preview.state);
  const fromStanding = standingOrders(g);
  const byProduct = new Map<string, StockSends>();
  for (const r of g.preview.results) {
    const o = r.order;
    if (!r.ok || o.kind !== 'drawdown') continue;
    const sends = byProduct.get(o.product) ?? { product: o.product, total: 0, senders: [], standing: true, orders: [] };
    sends.total += o.amount;
    sends.senders.push({ nation: names.nation(o.actor), amount: o.amount });
    sends.standing &&= fromStanding.has(o);
    sends.orders.push(o);
    byProduct.set(o.product, sends);
  }
  const grouped = [...byProduct.values()].filter((s) => new Set(s.orders.map((o) => o.actor)).size >= GROUPED_SENDERS);
  for (const s of grouped) s.senders.sort((a, b) => b.amount - a.amount || (a.nation < b.nation ? -1 : 1));
  return grouped.sort((a, b) => b.total - a.total);
}

export function monthOrders(g: Pending): NationOrders[] {
  const names = namesFor(g.content, g.preview.state);
  // A standing order's orders are the very objects it gave, so the store's pending list still holds them.
  const fromStanding = standingOrders(g);
  const inGroups = new Set(stockSends(g).flatMap((s) => s.orders));
  const groups = new Map<string, NationOrders>();
  for (const r of g.preview.results) {
    if (inGroups.has(r.order)) continue;
    const id = r.order.actor;
    const group = groups.get(id) ?? { nationId: id, nation: names.nation(id), lines: [] };
    group.lines.push({ text: pendingText(r, names), standing: fromStanding.has(r.order) });
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => (a.nation < b.nation ? -1 : a.nation > b.nation ? 1 : 0));
}
