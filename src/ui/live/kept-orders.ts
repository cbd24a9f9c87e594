/**
 * A live team's orders of the turn under way, kept in this browser as they are given: a reload
 * rejoins the class with the game rebuilt from the server's record, and these are given again
 * (trainer play-test: a reload mid-turn came back with "Orders (0)"). The server sees a team's
 * orders only when it ends its turn, so they can only be kept here. One entry per class code,
 * for one turn: a kept turn the class has moved past is dropped.
 */
import { z } from 'zod';
import { MAX_ORDERS_PER_MONTH } from '../../scenario/limits';
import { orderSchema } from '../../share/order-schema';
import type { Order } from '../../sim';

const KEY = 'rol-live-orders';
/** Larger than any turn of orders (500 orders of about 200 characters): anything larger was not written here. */
const MAX_CHARS = 200_000;

/** Built when first read, not as the page loads: the menu's first frame does not wait for it (issue 14, menuToBareRatio). */
const keptSchema = () => z.record(z.string(), z.object({ turn: z.number().int().min(0), orders: z.array(orderSchema).max(MAX_ORDERS_PER_MONTH) }));
type Kept = z.infer<ReturnType<typeof keptSchema>>;

function readKept(): Kept {
  try {
    const text = localStorage.getItem(KEY) ?? '{}';
    if (text.length > MAX_CHARS) return {};
    const read = keptSchema().safeParse(JSON.parse(text));
    return read.success ? read.data : {};
  } catch {
    return {};
  }
}

/** Keeps a team's orders of this turn in this class (none: the entry goes). */
export function keepTurnOrders(code: string, turn: number, orders: readonly Order[]): void {
  // Only the class in hand: a browser that moved between classes keeps no other class's orders.
  const next: Kept = orders.length ? { [code]: { turn, orders: [...orders] } } : {};
  const text = JSON.stringify(next);
  try {
    // The stored text, not a checked read of it: saving needs no schema.
    if (localStorage.getItem(KEY) !== text) localStorage.setItem(KEY, text);
  } catch {
    // A browser that keeps nothing still plays; a reload loses the turn's orders, as before.
  }
}

/** The orders kept for this class's turn; none when the kept ones are of another turn or unreadable. */
export function keptTurnOrders(code: string, turn: number): Order[] {
  const entry = readKept()[code];
  return entry && entry.turn === turn ? (entry.orders as Order[]) : [];
}
