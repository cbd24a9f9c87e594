/** fast-check generators of orders: mostly plausible, some absurd, over the default scenario's ids. */
import fc from 'fast-check';
import type { Order } from '../../src/sim/types';
import { game, shipped } from '../helpers';

const content = shipped();
const base = game();
const nations = [...base.nations.map((n) => n.id), 'XX'];
const firms = [...base.firms.map((f) => f.id), 'nobody'];
const lines = [...base.lines.map((l) => l.id), 'no-line'];
const templates = [...content.templates.map((t) => t.id), 'no-plant'];
const contracts = ['c0001', 'c0003', 'c0007', 'c0011', 'c0099'];

const nation = fc.constantFrom(...nations);
/** Mostly nations; sometimes the trainer, which gives no nation orders. */
const actor = fc.oneof({ weight: 12, arbitrary: nation }, { weight: 1, arbitrary: fc.constant('trainer') });
const product = fc.constantFrom('shell', 'stinger', 'no-product');
const amount = fc.oneof(fc.integer({ min: -10, max: 3_000_000 }), fc.integer({ min: 1, max: 100_000 }));

const offerArb = fc.record({
  firmId: fc.constantFrom(...firms),
  product,
  buyers: fc.oneof(
    nation.map((n) => [{ nationId: n, shareBp: 10000 }]),
    fc.tuple(nation, nation, fc.integer({ min: -100, max: 10100 })).map(([a, b, x]) => [
      { nationId: a, shareBp: x },
      { nationId: b, shareBp: 10000 - x },
    ]),
  ),
  perMonth: fc.integer({ min: -5, max: 60_000 }),
  months: fc.integer({ min: -1, max: 130 }),
  unitPriceEur: fc.oneof(fc.integer({ min: -1, max: 20_000 }), fc.integer({ min: 100_000, max: 1_000_000 })),
  advanceBp: fc.integer({ min: -1, max: 10001 }),
  capacityClause: fc.boolean(),
  indexed: fc.boolean(),
  deliverTo: fc.constantFrom('stock' as const, 'ukraine' as const),
});

export const orderArb: fc.Arbitrary<Order> = fc.oneof(
  // An offer is mostly proposed by its first buyer, sometimes by anyone.
  fc.tuple(offerArb, fc.integer({ min: 0, max: 3 }), actor).map(([offer, k, other]) => ({
    kind: 'offer' as const,
    actor: k > 0 ? offer.buyers[0]!.nationId : other,
    offer,
  })),
  fc.record({ kind: fc.constant('cancelContract' as const), actor, contractId: fc.constantFrom(...contracts) }),
  fc.record({ kind: fc.constant('addShift' as const), actor, lineId: fc.constantFrom(...lines) }),
  fc.record({ kind: fc.constant('weekendWork' as const), actor, lineId: fc.constantFrom(...lines), on: fc.boolean() }),
  fc.record({ kind: fc.constant('fundPlant' as const), actor, templateId: fc.constantFrom(...templates) }),
  fc.record({ kind: fc.constant('reactivateLine' as const), actor, lineId: fc.constantFrom(...lines) }),
  fc.record({ kind: fc.constant('drawdown' as const), actor, product, amount }),
  fc.record({ kind: fc.constant('pledge' as const), actor, shareBp: fc.integer({ min: -100, max: 1200 }) }),
  fc.record({ kind: fc.constant('industrialPlan' as const), actor }),
);

/** Orders for each of `turns` months. */
export const ordersPerTurnArb = (turns: number) => fc.array(fc.array(orderArb, { maxLength: 8 }), { minLength: turns, maxLength: turns });
export const seedArb = fc.integer({ min: 0, max: 852_891_037_440 });
