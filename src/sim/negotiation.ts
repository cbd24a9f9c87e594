/**
 * How a firm answers an offer (GAME.md §5). The answer is a pure function of
 * the state and the offer, from explicit factors: margin over cost and demand,
 * volume against free capacity, years of guaranteed offtake against the payback
 * of new capacity, advance payment, trust in the buyers and political pressure.
 * It uses no randomness, so a counter-offer re-sent as it stands is accepted.
 */
import { applyBp, BP, lookup, type Curve } from './int-math';
import { findFirm, findNation, findTemplate } from './find';
import { firmPlannedCapacity } from './production-line';
import { fmt, fmtEur } from './report';
import type { Firm, FirmAnswer, GameState, Offer, Product, Reason } from './types';

/**
 * Price index by months of backlog: a shell went from ~€2,000 pre-war to
 * €3,600–5,000 in 2023–24 contracts and €8,000 quoted at the peak, while lead
 * times grew from 12 to 28 months (calibration-facts §3, §4, §11).
 */
export const DEMAND_PRICE_CURVE: Curve = [
  [0, 10000],
  [12, 13000],
  [28, 20000],
  [48, 40000],
];

/** Long volume commitments lower the price; pooled orders get a volume price. */
const LONG_ORDER_DISCOUNT_BP = 500; // ≥ 36 months
const VERY_LONG_ORDER_DISCOUNT_BP = 1000; // ≥ 60 months
const POOLED_DISCOUNT_BP = 500;
const INDEXED_DISCOUNT_BP = 300;
/** A home government leaning on its firm lowers the margin it insists on. */
const HOME_PRESSURE_BP = 300;
/** An offer this far below the asking price is not worth a counter. */
const INSULT_FLOOR_BP = 8000;
const REJECT_TRUST_BP = 2500;
const LOW_TRUST_BP = 5000;
const LOW_TRUST_ADVANCE_BP = 1000;
/** An advance this large shortens the guarantee a firm needs by a year. */
const BIG_ADVANCE_BP = 2000;
/** A new line runs two shifts at most when first built. */
const NEW_LINE_SHIFTS = 2;

/** Units still owed on the firm's active contracts for a product. */
export function firmBacklog(s: GameState, firmId: string, product: Product): number {
  let total = 0;
  for (const c of s.contracts) {
    if (c.firmId === firmId && c.product === product && c.status === 'active') total += c.perMonth * c.months - c.delivered;
  }
  return total;
}

/** Monthly volume already promised on active contracts. */
export function firmCommittedPerMonth(s: GameState, firmId: string, product: Product): number {
  let total = 0;
  for (const c of s.contracts) {
    if (c.firmId === firmId && c.product === product && c.status === 'active') total += c.perMonth;
  }
  return total;
}

/** Months a new order waits behind the firm's order book. */
export function leadMonths(s: GameState, firm: Firm, product: Product): number {
  const capacity = firmPlannedCapacity(s, firm.id, product);
  const backlog = firmBacklog(s, firm.id, product);
  if (capacity === 0) return firm.baseLeadMonths + 24;
  return Math.max(firm.baseLeadMonths, Math.floor(backlog / capacity));
}

/** Average variable cost plus upkeep spread over full-rate output. */
export function unitCostEur(s: GameState, firmId: string, product: Product): number {
  let variable = 0;
  let lines = 0;
  let upkeep = 0;
  let capacity = 0;
  for (const l of s.lines) {
    if (l.firmId !== firmId || l.product !== product) continue;
    variable += l.variableCostEur;
    upkeep += l.upkeepEurPerMonth;
    capacity += l.capacityPerShift * Math.max(1, l.shifts);
    lines++;
  }
  if (lines === 0) return 0;
  return Math.floor(variable / lines) + (capacity ? Math.floor(upkeep / capacity) : 0);
}

/** The firm's asking price for an offer's terms. */
export function askPriceEur(s: GameState, firm: Firm, offer: Offer): number {
  const index = lookup(DEMAND_PRICE_CURVE, leadMonths(s, firm, offer.product));
  const market = applyBp(firm.basePriceEur[offer.product], index);
  const cost = unitCostEur(s, firm.id, offer.product);
  let marginBp = firm.minMarginBp;
  if (offer.buyers.some((b) => b.nationId === firm.nationId)) marginBp -= HOME_PRESSURE_BP;
  const floor = cost + applyBp(cost, Math.max(0, marginBp));
  let discountBp = 0;
  if (offer.months >= 60) discountBp += VERY_LONG_ORDER_DISCOUNT_BP;
  else if (offer.months >= 36) discountBp += LONG_ORDER_DISCOUNT_BP;
  if (offer.buyers.length > 1) discountBp += POOLED_DISCOUNT_BP;
  if (offer.indexed) discountBp += INDEXED_DISCOUNT_BP;
  return Math.max(floor, applyBp(market, BP - discountBp));
}

/** Months of guaranteed orders the firm needs before it builds capacity on its own money. */
export function requiredGuaranteeMonths(firm: Firm, offer: Offer): number {
  return firm.guaranteeMonths - (offer.advanceBp >= BIG_ADVANCE_BP ? 12 : 0);
}

/** Monthly capacity the firm could still add for this product (a template or a mothballed line). */
export function addableCapacity(s: GameState, firm: Firm, product: Product): number {
  const mothballed = s.lines.find((l) => l.firmId === firm.id && l.product === product && l.status === 'mothballed');
  if (mothballed) return mothballed.capacityPerShift * NEW_LINE_SHIFTS;
  for (const id of firm.templates) {
    const t = findTemplate(s, id);
    if (t && t.product === product) return t.capacityPerShift * NEW_LINE_SHIFTS;
  }
  return 0;
}

export function freeCapacity(s: GameState, firm: Firm, product: Product): number {
  return Math.max(0, firmPlannedCapacity(s, firm.id, product) - firmCommittedPerMonth(s, firm.id, product));
}

/** The firm's answer to an offer. Validity (funds, ids) is checked by the order, not here. */
export function evaluateOffer(s: GameState, offer: Offer): FirmAnswer {
  const firm = findFirm(s, offer.firmId);
  if (!firm) return { verdict: 'reject', reasons: [{ code: 'unknownFirm', text: 'No such firm.' }], counter: null, askPriceEur: 0 };
  const reasons: Reason[] = [];
  const counter: Offer = { ...offer, buyers: offer.buyers.map((b) => ({ ...b })) };
  let rejected = false;
  let countered = false;

  const lowestTrust = Math.min(...offer.buyers.map((b) => firm.trustBp[b.nationId] ?? LOW_TRUST_BP));
  if (lowestTrust < REJECT_TRUST_BP) {
    const who = offer.buyers.filter((b) => (firm.trustBp[b.nationId] ?? LOW_TRUST_BP) < REJECT_TRUST_BP);
    reasons.push({
      code: 'trust',
      text: `${firm.name} no longer trusts ${who.map((b) => findNation(s, b.nationId)?.name ?? b.nationId).join(', ')} after late payments or cancellations.`,
    });
    rejected = true;
  } else if (lowestTrust < LOW_TRUST_BP && offer.advanceBp < LOW_TRUST_ADVANCE_BP) {
    counter.advanceBp = LOW_TRUST_ADVANCE_BP;
    reasons.push({ code: 'advance', text: `Wants an advance of at least 10 % from a buyer it trusts little.` });
    countered = true;
  }

  const free = freeCapacity(s, firm, offer.product);
  if (offer.perMonth > free) {
    const addable = addableCapacity(s, firm, offer.product);
    if (addable === 0) {
      if (free === 0) {
        reasons.push({ code: 'noCapacity', text: `Has no free ${offer.product} capacity and no way to add any.` });
        rejected = true;
      } else {
        counter.perMonth = free;
        reasons.push({ code: 'volume', text: `Can deliver at most ${fmt(free)} a month from existing lines.` });
        countered = true;
      }
    } else {
      if (offer.perMonth > free + addable) {
        counter.perMonth = free + addable;
        reasons.push({ code: 'volume', text: `One new line adds about ${fmt(addable)} a month; offers at most ${fmt(free + addable)} a month.` });
        countered = true;
      }
      const needMonths = requiredGuaranteeMonths(firm, counter);
      if (!offer.capacityClause || offer.months < needMonths) {
        counter.capacityClause = true;
        counter.months = Math.max(offer.months, needMonths);
        reasons.push({
          code: 'guarantee',
          text:
            `Needs at least ${Math.floor(needMonths / 12)} years of orders to build new capacity` +
            (free > 0 ? ` (or ${fmt(free)} a month from existing lines).` : '.'),
        });
        countered = true;
      }
    }
  }

  const ask = askPriceEur(s, firm, counter);
  if (offer.unitPriceEur < applyBp(ask, INSULT_FLOOR_BP)) {
    reasons.push({ code: 'price', text: `${fmtEur(offer.unitPriceEur)} is far below its cost and market price (asks ${fmtEur(ask)}).` });
    rejected = true;
  } else if (offer.unitPriceEur < ask) {
    counter.unitPriceEur = ask;
    reasons.push({ code: 'price', text: `Asks ${fmtEur(ask)} a unit: costs, demand and a backlog of ${leadMonths(s, firm, offer.product)} months.` });
    countered = true;
  }

  if (rejected) return { verdict: 'reject', reasons, counter: null, askPriceEur: ask };
  if (countered) return { verdict: 'counter', reasons, counter, askPriceEur: ask };
  reasons.push({ code: 'accept', text: `${firm.name} accepts: the terms cover its costs and risk.` });
  return { verdict: 'accept', reasons, counter: null, askPriceEur: ask };
}
