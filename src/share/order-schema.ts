/**
 * The shape of an order in files and links. Shape only: whether an order is
 * allowed (funds, floors, ids) is for the simulation to answer, with a reason.
 */
import { z } from 'zod';
import type { Order } from '../sim/types';

const id = z.string().min(1).max(64);
const int = z.int().min(-1e12).max(1e12);
const product = z.enum(['shell', 'stinger']);

export const offerSchema = z.strictObject({
  firmId: id,
  product,
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

export const orderSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('offer'), offer: offerSchema }),
  z.strictObject({ kind: z.literal('cancelContract'), nationId: id, contractId: id }),
  z.strictObject({ kind: z.literal('addShift'), nationId: id, lineId: id }),
  z.strictObject({ kind: z.literal('weekendWork'), nationId: id, lineId: id, on: z.boolean() }),
  z.strictObject({ kind: z.literal('fundPlant'), nationId: id, templateId: id }),
  z.strictObject({ kind: z.literal('reactivateLine'), nationId: id, lineId: id }),
  z.strictObject({ kind: z.literal('drawdown'), nationId: id, product, amount: int }),
  z.strictObject({ kind: z.literal('pledge'), nationId: id, shareBp: int }),
  z.strictObject({ kind: z.literal('industrialPlan'), nationId: id }),
]);

// The schema and the simulation's Order type must describe the same thing.
const _sameShape: z.infer<typeof orderSchema> extends Order ? (Order extends z.infer<typeof orderSchema> ? true : never) : never = true;
void _sameShape;
