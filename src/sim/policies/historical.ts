/**
 * The historical policy: roughly what the allies actually did, so a trainer
 * can compare a class's game with the record (calibration-facts §1–§3, §7, §9).
 * - The US drew heavily on its stocks (>1 M rounds by Feb 2023, >2 M by Nov 2023),
 *   moved Scranton and Iowa to more shifts and weekends, placed multi-year Army
 *   orders and paid for new plants itself (Wilkes-Barre, Mesquite, Camden).
 * - Europe drew down to its floors, added shifts, expanded existing plants with
 *   national and EU (ASAP) money in 2023, bought in short top-up contracts, and
 *   signed the €8.5 bn Rheinmetall framework only in Jun 2024.
 * - NATO's agency placed a multinational Stinger order at the Jul 2024 summit.
 * Each step applies from its month on, in whichever scenario is being played,
 * and is tried again the next month if money or workers were short.
 */
import { applyBp, BP } from '../int-math';
import { findFirm, findNation } from '../find';
import { askPriceEur, freeCapacity } from '../negotiation';
import { monthIndex } from '../month';
import type { GameState, Offer, Order } from '../types';
import { Planner, uncommittedBudgetEur } from './planner';

/** One move of the record, from its month on; `capacity` moves (shifts, plants, weekends) a sound policy makes as early as it can. */
type Step = { from: number; until: number; nation: string; capacity: boolean; act: (p: Planner) => void };
const M = monthIndex;
const FOREVER = M(2099, 12);

/** A capacity move that stands from its month on and is tried again each month until it is done. */
const standing = (from: number, nation: string, act: (p: Planner) => void): Step => ({ from, until: FOREVER, nation, capacity: true, act });

/** Keep ordering shifts at a line until it runs (or has ordered) `target` shifts. */
const shifts = (from: number, nation: string, lineId: string, target: number): Step =>
  standing(from, nation, (p) => {
    const line = p.work.lines.find((l) => l.id === lineId);
    if (line && line.status === 'running' && line.shifts + line.pendingShifts.length < target) p.try({ kind: 'addShift', nationId: nation, lineId });
  });

/** Fund a plant once, retrying until the money is there. */
const plant = (from: number, nation: string, templateId: string): Step =>
  standing(from, nation, (p) => {
    if (!p.work.lines.some((l) => l.id.startsWith(`${templateId}-`)) && p.work.templates.some((t) => t.id === templateId))
      p.try({ kind: 'fundPlant', nationId: nation, templateId });
  });

const weekends = (from: number, nation: string, lineId: string): Step =>
  standing(from, nation, (p) => {
    const line = p.work.lines.find((l) => l.id === lineId);
    if (line && line.status === 'running' && !line.weekend && line.accidentUntil < p.work.month)
      p.try({ kind: 'weekendWork', nationId: nation, lineId, on: true });
  });

/** A long order with a capacity clause, placed once in its month. */
const order = (
  month: number,
  nation: string,
  firmId: string,
  buyers: [string, number][],
  perMonth: number,
  months: number,
  product: Offer['product'],
  deliverTo: Offer['deliverTo'],
): Step => ({
  from: month,
  until: month,
  nation,
  capacity: false,
  act: (p) => {
    const offer: Offer = {
      firmId,
      product,
      buyers: buyers.filter(([id]) => findNation(p.work, id)).map(([nationId, shareBp]) => ({ nationId, shareBp })),
      perMonth,
      months,
      unitPriceEur: 0,
      advanceBp: 1500,
      capacityClause: true,
      indexed: false,
      deliverTo,
    };
    const firm = findFirm(p.work, firmId);
    if (!firm || offer.buyers.reduce((s, b) => s + b.shareBp, 0) !== BP) return;
    offer.unitPriceEur = askPriceEur(p.work, firm, offer);
    p.negotiate(offer, () => true);
  },
});

const STEPS: Step[] = [
  // United States (calibration-facts §1)
  shifts(M(2022, 10), 'US', 'gd-iowa', 2),
  order(M(2023, 1), 'US', 'gd-ots', [['US', BP]], 14_000, 60, 'shell', 'stock'),
  shifts(M(2023, 2), 'US', 'gd-scranton', 3),
  plant(M(2023, 3), 'US', 'gd-mesquite'),
  weekends(M(2023, 6), 'US', 'gd-scranton'),
  weekends(M(2023, 6), 'US', 'gd-iowa'),
  plant(M(2023, 6), 'US', 'gd-camden'),
  order(M(2024, 3), 'US', 'gd-ots', [['US', BP]], 12_000, 60, 'shell', 'stock'),
  // Europe (calibration-facts §2, §3)
  shifts(M(2022, 12), 'FR', 'knds-bourges', 2),
  shifts(M(2023, 3), 'DE', 'rh-unterluss', 3),
  plant(M(2023, 2), 'DE', 'rh-unterluss-expansion'),
  shifts(M(2023, 4), 'RN', 'rh-expal', 3),
  plant(M(2023, 4), 'RN', 'rh-expal-expansion'),
  shifts(M(2023, 5), 'CZ', 'csg-novaky', 3),
  plant(M(2023, 5), 'RN', 'csg-expansion'), // the Slovak plants, paid by others than Czechia
  shifts(M(2023, 6), 'NO', 'nammo-raufoss', 2),
  plant(M(2023, 6), 'NO', 'nammo-expansion'),
  shifts(M(2023, 7), 'UK', 'bae-glascoed', 2),
  shifts(M(2023, 7), 'PL', 'pgz-skarzysko', 2),
  shifts(M(2023, 7), 'FR', 'knds-bourges', 3),
  plant(M(2023, 7), 'FR', 'knds-expansion'),
  plant(M(2023, 7), 'PL', 'pgz-expansion'),
  plant(M(2023, 7), 'UK', 'bae-glascoed-2'),
  plant(M(2024, 2), 'DE', 'rh-unterluss-2'),
  order(
    M(2024, 6),
    'DE',
    'rheinmetall',
    [
      ['DE', 7000],
      ['NL', 2000],
      ['EE', 1000],
    ],
    8000,
    72,
    'shell',
    'stock',
  ),
  plant(M(2024, 7), 'NO', 'nammo-raufoss-2'),
  order(
    M(2024, 7),
    'RN',
    'raytheon',
    [
      ['RN', 5000],
      ['DE', 3000],
      ['NL', 2000],
    ],
    40,
    60,
    'stinger',
    'stock',
  ),
  plant(M(2025, 8), 'RN', 'rh-baisogala'),
];

/**
 * The record's moves for these nations: each from its month on, or, with
 * `early`, every capacity move at once (what a planner who saw it coming
 * would do) and the orders at their dates.
 */
export function recordMoves(p: Planner, nations: readonly string[], early: boolean): void {
  const month = p.work.month;
  for (const step of STEPS) {
    if (!nations.includes(step.nation)) continue;
    if ((early && step.capacity) || (month >= step.from && month <= step.until)) step.act(p);
  }
}

/** Sends a share of what stands above the readiness floor, never below it. */
export function drawDown(p: Planner, nationId: string, shareBp: number): void {
  const n = findNation(p.work, nationId)!;
  for (const product of ['shell', 'stinger'] as const) {
    const spare = n.stock[product] - n.readinessFloor[product];
    const amount = applyBp(spare, shareBp);
    if (amount > 0) p.try({ kind: 'drawdown', nationId, product, amount });
  }
}

/** Short, uncommitted orders for Ukraine from whatever capacity is free (the EU's joint buys). */
export function topUpOrders(p: Planner, nationId: string, budgetShareBp: number): void {
  for (const firm of p.work.firms) {
    const free = freeCapacity(p.work, firm, 'shell');
    const budget = uncommittedBudgetEur(p.work, nationId);
    if (free < 200 || budget <= 0 || firm.basePriceEur.shell === 0) continue;
    const offer: Offer = {
      firmId: firm.id,
      product: 'shell',
      buyers: [{ nationId, shareBp: BP }],
      perMonth: 0,
      months: 12,
      unitPriceEur: 0,
      advanceBp: 0,
      capacityClause: false,
      indexed: false,
      deliverTo: 'ukraine',
    };
    offer.unitPriceEur = askPriceEur(p.work, firm, offer);
    offer.perMonth = Math.min(free, Math.floor(applyBp(budget, budgetShareBp) / offer.unitPriceEur));
    if (offer.perMonth >= 100) p.negotiate(offer, (c) => !c.capacityClause && c.unitPriceEur <= offer.unitPriceEur);
  }
}

/** Share of stock above the readiness floor each ally sends a month; the US sent the most. */
const DRAWDOWN_SHARE_BP: Record<string, number> = { US: 800, default: 400 };

export function historicalPolicy(state: GameState, nations: readonly string[]): Order[] {
  const p = new Planner(state);
  recordMoves(p, nations, false);
  for (const id of nations) {
    drawDown(p, id, DRAWDOWN_SHARE_BP[id] ?? DRAWDOWN_SHARE_BP.default!);
    if (state.month % 3 === 0) topUpOrders(p, id, 5000);
    const n = findNation(p.work, id)!;
    if (p.work.politics.industrialPlansOpen && !n.industrialPlan && state.month >= M(2024, 12)) p.try({ kind: 'industrialPlan', nationId: id });
  }
  return p.orders;
}
