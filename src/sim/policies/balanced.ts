/**
 * The balanced policy: a sound heuristic, not an optimiser. It commits early
 * and long (firms build only on multi-year guarantees), pools buyers for a
 * volume price, adds shifts where workers exist, funds plants with spare
 * money, draws stocks down to the readiness floor and never below, pushes
 * pledges and industrial plans at summits, and buys Stingers for air defence.
 */
import { applyBp, BP } from '../int-math';
import { findNation } from '../find';
import { askPriceEur, freeCapacity, addableCapacity } from '../negotiation';
import { monthlyBudgetEur } from '../resolve/budget';
import { pledgeCost } from '../politics';
import { rateAt } from '../resolve/russia';
import type { GameState, Offer, Order, Product } from '../types';
import { drawDown, recordMoves, topUpOrders } from './historical';
import { Planner, uncommittedBudgetEur } from './planner';

/** Keep a fifth of each budget free for shifts, plants and surprises. */
const COMMIT_SHARE_BP = 8000;
const LONG_MONTHS = 60;

function buyersFor(p: Planner, firmNation: string, nations: readonly string[]): { nationId: string; shareBp: number }[] {
  // The firm's home nation leads (political pressure lowers the price); the largest free budgets join it.
  const free = nations
    .map((id) => ({ id, eur: uncommittedBudgetEur(p.work, id) }))
    .filter((x) => x.eur > 0)
    .sort((a, b) => b.eur - a.eur || (a.id < b.id ? -1 : 1));
  const lead = free.find((x) => x.id === firmNation);
  const group = [...(lead ? [lead] : []), ...free.filter((x) => x.id !== firmNation)].slice(0, 3);
  const total = group.reduce((s, x) => s + x.eur, 0);
  if (total <= 0) return [];
  const shares = group.map((x) => ({ nationId: x.id, shareBp: Math.max(1, Math.floor((x.eur * BP) / total)) }));
  shares[0]!.shareBp += BP - shares.reduce((s, x) => s + x.shareBp, 0);
  return shares;
}

function affordable(p: Planner, offer: Offer): boolean {
  return offer.buyers.every((b) => {
    const n = findNation(p.work, b.nationId)!;
    const monthly = applyBp(offer.perMonth * offer.unitPriceEur, b.shareBp);
    return monthly <= applyBp(monthlyBudgetEur(n), COMMIT_SHARE_BP) - (monthlyBudgetEur(n) - uncommittedBudgetEur(p.work, b.nationId));
  });
}

function longOrder(p: Planner, nations: readonly string[], product: Product): void {
  for (const firm of p.work.firms) {
    if (firm.basePriceEur[product] === 0) continue;
    const volume = freeCapacity(p.work, firm, product) + addableCapacity(p.work, firm, product);
    if (volume === 0) continue;
    const buyers = buyersFor(p, firm.nationId, nations);
    if (buyers.length === 0) continue;
    const offer: Offer = {
      firmId: firm.id,
      product,
      buyers,
      perMonth: volume,
      months: LONG_MONTHS,
      unitPriceEur: 0,
      advanceBp: 2000,
      capacityClause: true,
      indexed: true,
      deliverTo: 'ukraine',
    };
    offer.unitPriceEur = askPriceEur(p.work, firm, offer);
    // Scale the volume down until the buyers can carry it.
    while (offer.perMonth > 0 && !affordable(p, offer)) offer.perMonth = Math.floor((offer.perMonth * 3) / 4);
    if (offer.perMonth < (product === 'shell' ? 500 : 5)) continue;
    p.negotiate(offer, (c) => c.unitPriceEur <= applyBp(offer.unitPriceEur, 11000) && affordable(p, c));
  }
}

export function balancedPolicy(state: GameState, nations: readonly string[]): Order[] {
  const p = new Planner(state);
  // Capacity first: it takes longest to arrive. The record's orders at their dates.
  recordMoves(p, nations, true);
  // Stingers before Ukraine's air defence runs out; long pooled orders keep new lines busy.
  longOrder(p, nations, 'stinger');
  longOrder(p, nations, 'shell');
  const crisis = p.work.ukraine.stock.shell < rateAt(p.work.ukraine.fireDemandPath, p.work.month);
  for (const line of p.work.lines) {
    if (line.status !== 'running' || !nations.includes(line.nationId)) continue;
    if (line.shifts + line.pendingShifts.length < 3) p.try({ kind: 'addShift', nationId: line.nationId, lineId: line.id });
    if (crisis && !line.weekend && line.product === 'shell') p.try({ kind: 'weekendWork', nationId: line.nationId, lineId: line.id, on: true });
  }
  for (const id of nations) {
    const n = findNation(p.work, id)!;
    // Draw stocks down to the floor faster when Ukraine is short, never below it.
    drawDown(p, id, crisis ? 2500 : 1000);
    // Each quarter (a procurement cycle), buy for Ukraine from whatever capacity is free.
    if (state.month % 3 === 0) topUpOrders(p, id, 9000);
    if (p.work.politics.industrialPlansOpen && !n.industrialPlan) p.try({ kind: 'industrialPlan', nationId: id });
    if (p.work.month <= p.work.politics.summitUntil && n.defenceShareBp < 250 && pledgeCost(p.work, 50) <= n.politicalCapital - 20) {
      p.try({ kind: 'pledge', nationId: id, shareBp: n.defenceShareBp + 50 });
    }
  }
  return p.orders;
}
