/**
 * The balanced policy: a sound heuristic, not an optimiser. It commits early
 * and long (firms build only on multi-year guarantees), pools buyers for a
 * volume price, adds shifts where workers exist, funds plants with spare
 * money, draws stocks down to the readiness floor and never below, pushes
 * pledges and industrial plans at summits, and buys air defence first.
 */
import { productsWithRole, type DeepReadonly, type ProductSpec } from '../content';
import { applyBp, BP } from '../int-math';
import { findNation } from '../find';
import { freeCapacity, addableCapacity } from '../negotiation';
import { askPriceEur } from '../firm-price';
import { monthlyBudgetEur } from '../resolve/budget';
import { ukraineArtillery } from '../resolve/front';
import { pledgeCost } from '../politics';
import { inputPlantCostEur } from '../input-plant';
import { rateAt } from '../resolve/russia';
import type { Offer } from '../types';
import type { Policy } from './index';
import { drawDown, recordMoves, topUpOrders } from './historical';
import { Planner } from './planner';

/** Keep a fifth of each budget free for shifts, plants and surprises. */
const COMMIT_SHARE_BP = 8000;
const LONG_MONTHS = 60;
/** Pledge +0.5 % of GDP at a summit while under 2.5 %, keeping 20 capital in hand. */
const PLEDGE_STEP_BP = 50;
const PLEDGE_CEILING_BP = 250;
const CAPITAL_RESERVE = 20;

function buyersFor(p: Planner, firmNation: string, nations: readonly string[]): { nationId: string; shareBp: number }[] {
  // The firm's home nation leads (political pressure lowers the price); the largest free budgets join it.
  const free = p.byFreeBudget(nations);
  const lead = free.find((x) => x.id === firmNation);
  const group = [...(lead ? [lead] : []), ...free.filter((x) => x.id !== firmNation)].slice(0, 3);
  const total = group.reduce((s, x) => s + x.eur, 0);
  if (total <= 0) return [];
  const shares = group.map((x) => ({ nationId: x.id, shareBp: Math.max(1, Math.floor((x.eur * BP) / total)) }));
  shares[0]!.shareBp += BP - shares.reduce((s, x) => s + x.shareBp, 0);
  return shares;
}

/** What a buyer may still take on each month, and the money it has in hand for an advance. */
interface Headroom {
  shareBp: number;
  monthlyEur: number;
  fundsEur: number;
}

function headroomOf(p: Planner, offer: Offer): Headroom[] {
  return offer.buyers.map((b) => {
    const n = findNation(p.work, b.nationId)!;
    const budget = monthlyBudgetEur(p.content, n);
    return { shareBp: b.shareBp, monthlyEur: applyBp(budget, COMMIT_SHARE_BP) - (budget - p.uncommittedEur(b.nationId)), fundsEur: n.fundsEur };
  });
}

function fitsHeadroom(room: readonly Headroom[], offer: Offer): boolean {
  return room.every((b) => {
    const monthly = applyBp(offer.perMonth * offer.unitPriceEur, b.shareBp);
    // The advance is paid from money in hand at signing: half of it at most, the rest kept for shifts and plants.
    const advance = applyBp(applyBp(offer.perMonth * offer.unitPriceEur * offer.months, offer.advanceBp), b.shareBp);
    return monthly <= b.monthlyEur && advance * 2 <= b.fundsEur;
  });
}

function affordable(p: Planner, offer: Offer): boolean {
  return fitsHeadroom(headroomOf(p, offer), offer);
}

/**
 * The volume scaled down by quarters until the buyers can carry it (0 when none can). What a buyer
 * pays grows with the volume, so the volumes it can carry are those below a threshold: the first
 * one found by halving the steps is the first the step-by-step descent would reach, in about 6
 * checks instead of up to 40 (issue 14: the policy's planning over one month). The buyers' headroom
 * does not depend on the volume, so it is read once.
 */
function largestAffordable(p: Planner, offer: Offer): number {
  const asked = offer.perMonth;
  const room = headroomOf(p, offer);
  // Most offers fit as asked: then the descent stops at its first step.
  if (fitsHeadroom(room, offer)) return asked;
  const steps: number[] = [];
  for (let v = asked; v > 0; v = Math.floor((v * 3) / 4)) steps.push(v);
  let lo = 1; // steps[0] does not fit
  let hi = steps.length; // steps[hi] is 0: always the answer when nothing fits
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    offer.perMonth = steps[mid]!;
    if (fitsHeadroom(room, offer)) hi = mid;
    else lo = mid + 1;
  }
  offer.perMonth = asked;
  return steps[lo] ?? 0;
}

function longOrder(p: Planner, nations: readonly string[], product: DeepReadonly<ProductSpec>): void {
  for (const firm of p.content.firms) {
    if ((firm.basePriceEur[product.id] ?? 0) === 0) continue;
    const volume = freeCapacity(p.work, firm, product.id) + addableCapacity(p.content, p.work, firm, product.id);
    if (volume === 0) continue;
    const buyers = buyersFor(p, firm.nationId, nations);
    if (buyers.length === 0) continue;
    const offer: Offer = {
      firmId: firm.id,
      product: product.id,
      buyers,
      perMonth: volume,
      months: LONG_MONTHS,
      unitPriceEur: 0,
      advanceBp: 2000,
      capacityClause: true,
      indexed: true,
      deliverTo: 'ukraine',
    };
    offer.unitPriceEur = askPriceEur(p.content, p.work, firm, offer);
    offer.perMonth = largestAffordable(p, offer);
    if (offer.perMonth < product.minOrderPerMonth) continue;
    // The volume was scaled after the price was asked; the price does not depend on it (priceTerms).
    p.negotiate(offer, (c) => c.unitPriceEur <= applyBp(offer.unitPriceEur, 11000) && affordable(p, c), offer.unitPriceEur);
  }
}

/** Which halves of the balanced play a policy makes: the mix is `balanced`, each half alone a policy of its own. */
export interface BalancedParts {
  /** contracts, shifts, weekends and plants: capacity that arrives later */
  production: boolean;
  /** stocks drawn down to the readiness floor: shells that arrive now */
  drawdowns: boolean;
}

/** Capacity first: it takes longest to arrive. Air defence before Ukraine's runs out; long pooled orders keep new lines busy. */
function buildCapacity(p: Planner, nations: readonly string[], crisis: boolean): void {
  const c = p.content;
  recordMoves(p, nations, true);
  // Shifts before contracts, so the long orders call for the shifts' output too (a shift nobody orders from makes nothing).
  const artillery = new Set(productsWithRole(c, 'artillery').map((x) => x.id));
  for (const line of p.work.lines) {
    if (line.status !== 'running' || !nations.includes(line.nationId)) continue;
    if (line.shifts + line.pendingShifts.length < c.rules.industry.maxShifts) p.try({ kind: 'addShift', actor: line.nationId, lineId: line.id });
    if (crisis && !line.weekend && artillery.has(line.product)) p.try({ kind: 'weekendWork', actor: line.nationId, lineId: line.id, on: true });
  }
  for (const product of productsWithRole(c, 'airDefence')) longOrder(p, nations, product);
  for (const product of productsWithRole(c, 'artillery')) longOrder(p, nations, product);
  // Explosive and propellant cap every line: a state with twice the cost in hand pays for its own input plant.
  for (const plant of c.inputPlants) {
    const n = findNation(p.work, plant.nationId);
    if (!n || !nations.includes(n.id) || p.work.inputs.plants.some((x) => x.id === plant.id)) continue;
    if (n.fundsEur >= 2 * inputPlantCostEur(c, n, plant.id)) p.try({ kind: 'fundInputPlant', actor: n.id, plantId: plant.id });
  }
}

/** Pledges at summits and industrial plans: political capital turned into budgets and cheaper capacity. */
function politicalMoves(p: Planner, id: string): void {
  const n = findNation(p.work, id)!;
  if (p.work.politics.industrialPlansOpen && !n.industrialPlan) p.try({ kind: 'industrialPlan', actor: id });
  if (
    p.work.month <= p.work.politics.summitUntil &&
    n.defenceShareBp < PLEDGE_CEILING_BP &&
    pledgeCost(p.content, p.work, PLEDGE_STEP_BP) <= n.politicalCapital - CAPITAL_RESERVE
  ) {
    p.try({ kind: 'pledge', actor: id, shareBp: n.defenceShareBp + PLEDGE_STEP_BP });
  }
}

export function balancedPlay(parts: BalancedParts): Policy {
  return (c, state, nations) => {
    const p = new Planner(c, state);
    const crisis = ukraineArtillery({ content: c, state: p.work }) < rateAt(c.ukraine.fireDemandPath, p.work.month);
    if (parts.production) buildCapacity(p, nations, crisis);
    // A turn of several months is decided once: what a month's play would send or buy in each month, a turn's does at its start.
    const months = Math.max(1, c.monthsPerTurn);
    for (const id of nations) {
      // Draw stocks down to the floor faster when Ukraine is short, never below it.
      if (parts.drawdowns) drawDown(p, id, Math.min(BP, (crisis ? 2500 : 1000) * months));
      // Each quarter (a procurement cycle), or each turn of several months, buy for Ukraine from whatever capacity is free.
      if (parts.production && (months > 1 || state.month % 3 === 0)) topUpOrders(p, id, 9000);
      politicalMoves(p, id);
    }
    return p.orders;
  };
}

export const balancedPolicy: Policy = balancedPlay({ production: true, drawdowns: true });
/** Production first: every capacity lever and contract of the balanced play, no stocks drawn down. */
export const productionPolicy: Policy = balancedPlay({ production: true, drawdowns: false });
/** Drawdowns first: stocks down to their floors, no new contracts or capacity. */
export const drawdownPolicy: Policy = balancedPlay({ production: false, drawdowns: true });
