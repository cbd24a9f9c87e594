/**
 * The historical policy: roughly what the allies actually did, so a trainer
 * can compare a class's game with the record (calibration-facts §1–§3, §7, §9).
 * - The US drew heavily on its stocks (>1 M rounds by Feb 2023, >2 M by Nov 2023)
 *   and paid for new plants itself (Mesquite, Camden) rather than sign long orders.
 * - Europe drew down to its floors and bought in short, uncommitted contracts;
 *   Rheinmetall built Unterlüß only after the €8.5 bn framework of Jun 2024.
 * - NATO's agency placed a multinational Stinger order at the Jul 2024 summit.
 */
import { applyBp, BP } from '../int-math';
import { findNation } from '../find';
import { freeCapacity, askPriceEur } from '../negotiation';
import { monthIndex } from '../month';
import { findFirm } from '../find';
import type { GameState, Order, Offer } from '../types';
import { Planner, uncommittedBudgetEur } from './planner';

type Step = (p: Planner, mine: (id: string) => boolean) => void;

const SCHEDULE: [number, Step][] = [
  [monthIndex(2023, 3), (p, mine) => mine('US') && p.try({ kind: 'fundPlant', nationId: 'US', templateId: 'gd-mesquite' })],
  [monthIndex(2023, 3), (p, mine) => mine('US') && p.try({ kind: 'addShift', nationId: 'US', lineId: 'gd-iowa' })],
  [monthIndex(2023, 6), (p, mine) => mine('US') && p.try({ kind: 'fundPlant', nationId: 'US', templateId: 'gd-camden' })],
  [monthIndex(2023, 6), (p, mine) => mine('DE') && p.try({ kind: 'addShift', nationId: 'DE', lineId: 'rh-unterluss' })],
  [monthIndex(2023, 7), (p, mine) => mine('UK') && p.try({ kind: 'fundPlant', nationId: 'UK', templateId: 'bae-glascoed-2' })],
  [monthIndex(2023, 9), (p, mine) => mine('US') && p.try({ kind: 'addShift', nationId: 'US', lineId: 'gd-scranton' })],
  [
    monthIndex(2024, 6),
    (p, mine) =>
      mine('DE') &&
      p.negotiate(
        pooled(
          p.work,
          'rheinmetall',
          [
            ['DE', 7000],
            ['NL', 2000],
            ['EE', 1000],
          ],
          8000,
          72,
        ),
        () => true,
      ),
  ],
  [monthIndex(2024, 7), (p, mine) => mine('NO') && p.try({ kind: 'fundPlant', nationId: 'NO', templateId: 'nammo-raufoss-2' })],
  [
    monthIndex(2024, 7),
    (p, mine) =>
      mine('RN') &&
      p.negotiate(
        pooled(
          p.work,
          'raytheon',
          [
            ['RN', 5000],
            ['DE', 3000],
            ['NL', 2000],
          ],
          40,
          60,
          'stinger',
        ),
        () => true,
      ),
  ],
];

function pooled(s: GameState, firmId: string, buyers: [string, number][], perMonth: number, months: number, product: Offer['product'] = 'shell'): Offer {
  const offer: Offer = {
    firmId,
    product,
    buyers: buyers.filter(([id]) => findNation(s, id)).map(([nationId, shareBp]) => ({ nationId, shareBp })),
    perMonth,
    months,
    unitPriceEur: 0,
    advanceBp: 1500,
    capacityClause: true,
    indexed: false,
    deliverTo: 'stock',
  };
  const firm = findFirm(s, firmId);
  offer.unitPriceEur = firm ? askPriceEur(s, firm, offer) : 1;
  return offer;
}

/** Share of stock above the readiness floor each ally sends a month; the US sent the most. */
const DRAWDOWN_SHARE_BP: Record<string, number> = { US: 800, default: 400 };

export function historicalPolicy(state: GameState, nations: readonly string[]): Order[] {
  const p = new Planner(state);
  const mine = (id: string) => nations.includes(id);
  for (const [month, step] of SCHEDULE) if (month === state.month) step(p, mine);

  for (const id of nations) {
    const n = findNation(p.work, id)!;
    // Drawdowns, never below the readiness floor.
    for (const product of ['shell', 'stinger'] as const) {
      const spare = n.stock[product] - n.readinessFloor[product];
      const amount = applyBp(spare, DRAWDOWN_SHARE_BP[id] ?? DRAWDOWN_SHARE_BP.default!);
      if (amount > 0) p.try({ kind: 'drawdown', nationId: id, product, amount });
    }
    // Short, uncommitted top-up orders for Ukraine from free capacity (the EU's joint buys).
    if (state.month % 3 === 0) {
      for (const firm of p.work.firms) {
        const free = freeCapacity(p.work, firm, 'shell');
        const budget = uncommittedBudgetEur(p.work, id);
        if (free < 200 || budget <= 0 || firm.basePriceEur.shell === 0) continue;
        const offer: Offer = {
          firmId: firm.id,
          product: 'shell',
          buyers: [{ nationId: id, shareBp: BP }],
          perMonth: 0,
          months: 12,
          unitPriceEur: 0,
          advanceBp: 0,
          capacityClause: false,
          indexed: false,
          deliverTo: 'ukraine',
        };
        offer.unitPriceEur = askPriceEur(p.work, firm, offer);
        offer.perMonth = Math.min(free, Math.floor(budget / 2 / offer.unitPriceEur));
        if (offer.perMonth >= 100) p.negotiate(offer, (c) => !c.capacityClause && c.unitPriceEur <= offer.unitPriceEur);
      }
    }
    if (p.work.politics.industrialPlansOpen && !n.industrialPlan && state.month >= monthIndex(2024, 12)) p.try({ kind: 'industrialPlan', nationId: id });
  }
  return p.orders;
}
