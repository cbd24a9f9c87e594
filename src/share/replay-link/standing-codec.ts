/**
 * Standing orders in a replay link (format 2), so that a game branched from a
 * shared one at any month starts with the standing orders its player had then
 * (hobbyist play-test: a branch lost them, and played the next month
 * differently). Each is its id's number, its kind, what it sends, and the
 * months it stood (`since`, `until`), all in the ids part: there are few, and
 * their figures do not repeat month after month as orders' do.
 */
import { MAX_ENDED_STANDING_ORDERS, MAX_STANDING_ORDERS, standingOrderSchema, type StandingOrder } from '../standing-order-schema';
import type { ByteReader, ByteWriter } from './bytes';
import type { OrderContext } from './order-codec';

/** Every standing order a game kept, standing or cancelled. */
export const MAX_LINKED_STANDING = MAX_STANDING_ORDERS + MAX_ENDED_STANDING_ORDERS;
const MAX_NATIONS = 64;
/** A missing month is written as 0, a month as itself plus one. */
const month = (m: number | undefined) => (m === undefined ? 0 : m + 1);

export function writeStanding(w: ByteWriter, ctx: OrderContext, list: readonly StandingOrder[]): void {
  w.uint(list.length);
  for (const s of list) {
    w.uint(Number(s.id.slice(1)));
    if (s.kind === 'drawdown') {
      w.byte(0);
      ctx.writeId(w, s.actor);
      ctx.writeId(w, s.product);
      w.uint(s.amount);
    } else {
      w.byte(1);
      ctx.writeId(w, s.product);
      w.uint(s.nations?.length ?? 0);
      for (const n of s.nations ?? []) ctx.writeId(w, n);
    }
    w.uint(month(s.since)).uint(month(s.until));
  }
}

/** The standing orders, each checked as a save's is, or what is wrong with the first that is not. */
export function readStanding(r: ByteReader, ctx: OrderContext): { ok: true; standing: StandingOrder[] } | { ok: false; problem: string } {
  const count = r.count(MAX_LINKED_STANDING);
  const standing: StandingOrder[] = [];
  for (let i = 0; i < count; i++) {
    const raw = readOne(r, ctx);
    if (!raw) return { ok: false, problem: `standing order ${i + 1} is of a kind this game does not know` };
    const parsed = standingOrderSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, problem: `standing order ${i + 1}: ${parsed.error.issues[0]?.message ?? 'not a standing order'}` };
    const s = parsed.data;
    if (s.since !== undefined && s.until !== undefined && s.until <= s.since)
      return { ok: false, problem: `standing order ${s.id} is cancelled (after ${s.until} months) before it gave an order (set after ${s.since})` };
    standing.push(s);
  }
  return { ok: true, standing };
}

/** One standing order's fields as written, for the schema to check; null for a kind no game writes. */
function readOne(r: ByteReader, ctx: OrderContext): Record<string, unknown> | null {
  const id = `s${r.uint()}`;
  const kind = r.byte();
  if (kind > 1) return null;
  const what =
    kind === 0
      ? { kind: 'drawdown', actor: ctx.readId(r), product: ctx.readId(r), amount: r.uint() }
      : { kind: 'toReadinessFloor', product: ctx.readId(r), ...nations(r, ctx) };
  const [since, until] = [r.uint(), r.uint()].map((m) => (m === 0 ? undefined : m - 1));
  return { id, ...what, ...(since === undefined ? {} : { since }), ...(until === undefined ? {} : { until }) };
}

function nations(r: ByteReader, ctx: OrderContext): { nations?: string[] } {
  const n = r.count(MAX_NATIONS);
  return n === 0 ? {} : { nations: Array.from({ length: n }, () => ctx.readId(r)) };
}
