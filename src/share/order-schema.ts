/**
 * The shape of an order in files, links and codes. Shape only: whether an
 * order is allowed (funds, floors, ids, who may give it) is for the
 * simulation to answer, with a reason. Version 2 names the actor of every
 * order; version 1 orders (no actor) are migrated by `migrateOrderV1`.
 */
import { z } from 'zod';
import { FACILITATOR_ACTIONS, NATION_ORDER_KINDS, type Order } from '../sim/types';

const id = z.string().min(1).max(64);
const int = z.int().min(-1e12).max(1e12);

export const offerSchema = z.strictObject({
  firmId: id,
  product: id,
  buyers: z
    .array(z.strictObject({ nationId: id, shareBp: int }))
    .min(1)
    .max(32),
  perMonth: int,
  months: int,
  unitPriceEur: int,
  advanceBp: int,
  capacityClause: z.boolean(),
  indexed: z.boolean(),
  deliverTo: z.enum(['stock', 'ukraine']),
});

const actor = id.describe('who gives the order: a nation id, or "trainer"');

export const orderSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('offer'), actor, offer: offerSchema }),
  z.strictObject({ kind: z.literal('cancelContract'), actor, contractId: id }),
  z.strictObject({ kind: z.literal('addShift'), actor, lineId: id }),
  z.strictObject({ kind: z.literal('weekendWork'), actor, lineId: id, on: z.boolean() }),
  z.strictObject({ kind: z.literal('fundPlant'), actor, templateId: id }),
  z.strictObject({ kind: z.literal('fundInputPlant'), actor, plantId: id }),
  z.strictObject({ kind: z.literal('reactivateLine'), actor, lineId: id }),
  z.strictObject({ kind: z.literal('drawdown'), actor, product: id, amount: int }),
  z.strictObject({ kind: z.literal('pledge'), actor, shareBp: int }),
  z.strictObject({ kind: z.literal('industrialPlan'), actor }),
  z.strictObject({ kind: z.literal('inject'), actor, eventId: id }),
  z.strictObject({ kind: z.literal('facilitate'), actor, action: z.enum(FACILITATOR_ACTIONS) }),
  z.strictObject({ kind: z.literal('lockLever'), actor, lever: z.enum(NATION_ORDER_KINDS), nations: z.array(id).max(64), locked: z.boolean() }),
]);

/** A version-1 order: the nation was `nationId`, and an offer's proposer was its first buyer. */
export const orderV1Schema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('offer'), offer: offerSchema }),
  z.strictObject({ kind: z.literal('cancelContract'), nationId: id, contractId: id }),
  z.strictObject({ kind: z.literal('addShift'), nationId: id, lineId: id }),
  z.strictObject({ kind: z.literal('weekendWork'), nationId: id, lineId: id, on: z.boolean() }),
  z.strictObject({ kind: z.literal('fundPlant'), nationId: id, templateId: id }),
  z.strictObject({ kind: z.literal('reactivateLine'), nationId: id, lineId: id }),
  z.strictObject({ kind: z.literal('drawdown'), nationId: id, product: id, amount: int }),
  z.strictObject({ kind: z.literal('pledge'), nationId: id, shareBp: int }),
  z.strictObject({ kind: z.literal('industrialPlan'), nationId: id }),
]);

export type OrderV1 = z.infer<typeof orderV1Schema>;

export function migrateOrderV1(o: OrderV1): Order {
  if (o.kind === 'offer') return { kind: 'offer', actor: o.offer.buyers[0]!.nationId, offer: o.offer };
  const { nationId, ...rest } = o;
  return { ...rest, actor: nationId } as Order;
}

// The schema and the simulation's Order type must describe the same thing.
const _sameShape: z.infer<typeof orderSchema> extends Order ? (Order extends z.infer<typeof orderSchema> ? true : never) : never = true;
void _sameShape;
