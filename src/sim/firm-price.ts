/**
 * A firm's asking price and what each term of an offer does to it (GAME.md §5).
 * The price starts from the market (the firm's base price on the demand
 * curve of its order book), and each term moves it by an amount the firm
 * states: a long order, a pooled order, indexation, an advance, and the
 * memory of an offer the buyer walked away from. It never goes below cost
 * plus the firm's margin. The figures are the scenario's `rules.market`.
 */
import type { DeepReadonly, FirmSpec, ScenarioContent } from './content';
import { applyBp, BP, lookup } from './int-math';
import { findFirm } from './find';
import { firmProduct } from './firm-book';
import { firmPlannedCapacity } from './production-line';
import type { PriceTerm } from './messages';
import type { GameState, LeftCounter, Offer, ProductId } from './types';

type Firm = DeepReadonly<FirmSpec>;

/** Units still owed on the firm's active contracts for a product. */
export function firmBacklog(s: GameState, firmId: string, product: ProductId): number {
  let total = 0;
  for (const c of firmProduct(s, firmId, product).contracts) if (c.status === 'active') total += c.perMonth * c.months - c.delivered;
  return total;
}

/** Monthly volume already promised on active contracts. */
export function firmCommittedPerMonth(s: GameState, firmId: string, product: ProductId): number {
  let total = 0;
  for (const c of firmProduct(s, firmId, product).contracts) if (c.status === 'active') total += c.perMonth;
  return total;
}

/** Months a new order waits behind the firm's order book. */
export function leadMonths(c: ScenarioContent, s: GameState, firm: Firm, product: ProductId): number {
  const capacity = firmPlannedCapacity(s, firm.id, product);
  const backlog = firmBacklog(s, firm.id, product);
  if (capacity === 0) return firm.baseLeadMonths + c.rules.market.noCapacityLeadMonths;
  return Math.max(firm.baseLeadMonths, Math.floor(backlog / capacity));
}

/** Average variable cost plus upkeep spread over full-rate output. */
export function unitCostEur(s: GameState, firmId: string, product: ProductId): number {
  let variable = 0;
  let lines = 0;
  let upkeep = 0;
  let capacity = 0;
  for (const l of firmProduct(s, firmId, product).lines) {
    variable += l.variableCostEur;
    upkeep += l.upkeepEurPerMonth;
    capacity += l.capacityPerShift * Math.max(1, l.shifts);
    lines++;
  }
  if (lines === 0) return 0;
  return Math.floor(variable / lines) + (capacity ? Math.floor(upkeep / capacity) : 0);
}

/** A counter-offer one of the offer's buyers left unanswered in an earlier month, while the firm still remembers it. */
export function walkedAwayCounter(c: ScenarioContent, s: GameState, offer: Offer): LeftCounter | null {
  const left = findFirm(s, offer.firmId)?.leftCounters.find((l) => l.product === offer.product && offer.buyers.some((b) => b.nationId === l.nationId));
  if (!left || left.month >= s.month || s.month - left.month > c.rules.market.walkAwayMemoryMonths) return null;
  return left;
}

/** Whether the firm has running or coming capacity no contract takes: then it wants the work back. */
function hasIdleCapacity(s: GameState, firmId: string, product: ProductId): boolean {
  return firmPlannedCapacity(s, firmId, product) > firmCommittedPerMonth(s, firmId, product);
}

/**
 * The discount (bp of the market price) each term earns. An advance pays for
 * the firm's working capital: 10 % of a contract paid about two years early,
 * at the 6–8 % a year a defence firm borrows at, is worth about 1.5 % of its
 * value (`advanceDiscountBpPerTenth`, capped at `maxAdvanceDiscountBp`).
 */
export interface PriceTerms {
  marketEur: number;
  backlogMonths: number;
  /** cost plus the margin the firm insists on */
  floorEur: number;
  monthsBp: number;
  pooledBp: number;
  indexedBp: number;
  advanceBp: number;
  /** a walked-away offer: positive when the firm, with idle lines, comes down; 0 when it is full */
  walkAwayBp: number;
  /** what the walked-away memory takes off the price, after the floor */
  walkAwayEur: number;
  askEur: number;
}

export function priceTerms(c: ScenarioContent, s: GameState, firm: Firm, offer: Offer): PriceTerms {
  const m = c.rules.market;
  const backlogMonths = leadMonths(c, s, firm, offer.product);
  const marketEur = applyBp(firm.basePriceEur[offer.product] ?? 0, lookup(m.demandPriceCurve, backlogMonths));
  const cost = unitCostEur(s, firm.id, offer.product);
  let marginBp = firm.minMarginBp;
  if (offer.buyers.some((b) => b.nationId === firm.nationId)) marginBp -= m.homePressureBp;
  const floorEur = cost + applyBp(cost, Math.max(0, marginBp));
  const monthsBp = offer.months >= m.veryLongOrderMonths ? m.veryLongOrderDiscountBp : offer.months >= m.longOrderMonths ? m.longOrderDiscountBp : 0;
  const pooledBp = offer.buyers.length > 1 ? m.pooledDiscountBp : 0;
  const indexedBp = offer.indexed ? m.indexedDiscountBp : 0;
  const advanceBp = Math.min(m.maxAdvanceDiscountBp, Math.floor((offer.advanceBp * m.advanceDiscountBpPerTenth) / 1000));
  const walkAwayBp = walkedAwayCounter(c, s, offer) && hasIdleCapacity(s, firm.id, offer.product) ? m.walkAwayConcessionBp : 0;
  const termsBp = monthsBp + pooledBp + indexedBp + advanceBp;
  const askEur = Math.max(floorEur, applyBp(marketEur, BP - termsBp - walkAwayBp));
  const walkAwayEur = Math.max(floorEur, applyBp(marketEur, BP - termsBp)) - askEur;
  return { marketEur, backlogMonths, floorEur, monthsBp, pooledBp, indexedBp, advanceBp, walkAwayBp, walkAwayEur, askEur };
}

/** The firm's asking price for an offer's terms. */
export function askPriceEur(c: ScenarioContent, s: GameState, firm: Firm, offer: Offer): number {
  return priceTerms(c, s, firm, offer).askEur;
}

/** A term the buyer has not used yet and what it would take off the price, as the firm states it. */
export interface PriceLever {
  term: PriceTerm;
  savesEur: number;
  /** the order length that earns the next discount (months only) */
  months: number;
  /** the extra advance priced (advance only) */
  advanceBp: number;
}

/** The terms that would lower the firm's price from this offer, each with its saving (0 when the price already sits on the firm's floor). */
export function priceLevers(c: ScenarioContent, s: GameState, firm: Firm, offer: Offer): PriceLever[] {
  const m = c.rules.market;
  const ask = askPriceEur(c, s, firm, offer);
  const saves = (change: Partial<Offer>) => ask - askPriceEur(c, s, firm, { ...offer, ...change });
  const out: PriceLever[] = [];
  const nextMonths = offer.months < m.longOrderMonths ? m.longOrderMonths : offer.months < m.veryLongOrderMonths ? m.veryLongOrderMonths : 0;
  const lever = (term: PriceTerm, change: Partial<Offer>, months = 0, advanceBp = 0) => out.push({ term, savesEur: saves(change), months, advanceBp });
  if (nextMonths && nextMonths <= m.maxMonths) lever('months', { months: nextMonths }, nextMonths);
  const fullAdvanceBp = Math.ceil((m.maxAdvanceDiscountBp * 1000) / Math.max(1, m.advanceDiscountBpPerTenth));
  if (offer.advanceBp < fullAdvanceBp) {
    const more = Math.min(BP - offer.advanceBp, 1000);
    lever('advance', { advanceBp: offer.advanceBp + more }, 0, more);
  }
  // Only the number of buyers counts for the price, so a placeholder second buyer prices a pooled order.
  if (offer.buyers.length === 1) lever('pooled', { buyers: [...offer.buyers, { nationId: '', shareBp: 0 }] });
  if (!offer.indexed) lever('indexed', { indexed: true });
  return out.filter((l) => l.savesEur > 0);
}
