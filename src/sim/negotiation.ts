/**
 * How a firm answers an offer (GAME.md §5). The answer is a pure function of
 * the content, the state and the offer, from explicit factors: margin over
 * cost and demand, volume against free capacity, years of guaranteed offtake
 * against the payback of new capacity, advance payment, trust in the buyers
 * and political pressure. It uses no randomness, so a counter-offer re-sent as
 * it stands is accepted. The figures are the scenario's `rules.market`: the
 * demand curve encodes a shell going from ~€2,000 pre-war to €3,600–5,000 in
 * 2023–24 contracts and €8,000 at the peak while lead times grew from 12 to 28
 * months (calibration-facts §3, §4, §11).
 */
import { firmSpec, templateSpec, type DeepReadonly, type FirmSpec, type ScenarioContent } from './content';
import { applyBp } from './int-math';
import { findFirm } from './find';
import { firmProduct } from './firm-book';
import { firmPlannedCapacity } from './production-line';
import { askPriceEur, firmCommittedPerMonth, leadMonths, priceLevers, priceTerms, walkedAwayCounter } from './firm-price';
import { msg, type Message } from './messages';
import type { FirmAnswer, GameState, Offer, ProductId } from './types';

type Firm = DeepReadonly<FirmSpec>;

/** Months of guaranteed orders the firm needs before it builds capacity on its own money. */
export function requiredGuaranteeMonths(c: ScenarioContent, firm: Firm, offer: Offer): number {
  const m = c.rules.market;
  return firm.guaranteeMonths - (offer.advanceBp >= m.bigAdvanceBp ? m.bigAdvanceGuaranteeCutMonths : 0);
}

/** Monthly capacity the firm could still add for this product (a template or a mothballed line). */
export function addableCapacity(c: ScenarioContent, s: GameState, firm: Firm, product: ProductId): number {
  const shifts = c.rules.industry.newLineShifts;
  const mothballed = firmProduct(s, firm.id, product).lines.find((l) => l.status === 'mothballed');
  if (mothballed) return mothballed.capacityPerShift * shifts;
  for (const id of firm.templates) {
    const t = templateSpec(c, id);
    if (t && t.product === product) return t.capacityPerShift * shifts;
  }
  return 0;
}

/** A firm's capacity for a product as it counts it when it judges an offer. */
export interface CapacityCount {
  /** full-rate capacity of its lines running now */
  runningPerMonth: number;
  /** its lines being built or reactivated: counted already, though they produce only from their month */
  coming: { lineId: string; perMonth: number; readyMonth: number }[];
  /** what its active contracts take each month */
  committedPerMonth: number;
  /** what it can still promise without a new line */
  freePerMonth: number;
}

/** The count behind `freeCapacity`: what runs, what is coming and what is promised. */
export function capacityCount(s: GameState, firmId: string, product: ProductId): CapacityCount {
  let running = 0;
  let planned = 0;
  const coming: CapacityCount['coming'] = [];
  for (const line of firmProduct(s, firmId, product).lines) {
    if (line.status === 'mothballed') continue;
    const perMonth = line.capacityPerShift * line.shifts;
    planned += perMonth;
    if (line.status === 'running') running += perMonth;
    else coming.push({ lineId: line.id, perMonth, readyMonth: line.readyMonth });
  }
  const committed = firmCommittedPerMonth(s, firmId, product);
  return { runningPerMonth: running, coming, committedPerMonth: committed, freePerMonth: Math.max(0, planned - committed) };
}

/** Monthly volume the firm can still promise without a new line: its planned capacity (lines being built included) less its commitments. */
export function freeCapacity(s: GameState, firm: { id: string }, product: ProductId): number {
  // capacityCount's sum without its list of coming lines: this runs for every offer judged and signed (issue 14).
  return Math.max(0, firmPlannedCapacity(s, firm.id, product) - firmCommittedPerMonth(s, firm.id, product));
}

/** A firm's trust in a buyer, with the scenario's default for a buyer it has not met. */
export function trustIn(c: ScenarioContent, s: GameState, firmId: string, nationId: string): number {
  return findFirm(s, firmId)?.trustBp[nationId] ?? c.rules.market.defaultTrustBp;
}

interface Judgement {
  reasons: Message[];
  counter: Offer;
  rejected: boolean;
  countered: boolean;
}

function judgeTrust(c: ScenarioContent, s: GameState, firm: Firm, offer: Offer, j: Judgement): void {
  const m = c.rules.market;
  let lowest = Infinity;
  for (const b of offer.buyers) lowest = Math.min(lowest, trustIn(c, s, firm.id, b.nationId));
  if (lowest < m.rejectTrustBp) {
    const who = offer.buyers.filter((b) => trustIn(c, s, firm.id, b.nationId) < m.rejectTrustBp).map((b) => b.nationId);
    j.reasons.push(msg('firm.noTrust', { firm: firm.id, nations: who.join(',') }));
    j.rejected = true;
  } else if (lowest < m.lowTrustBp && offer.advanceBp < m.lowTrustAdvanceBp) {
    j.counter.advanceBp = m.lowTrustAdvanceBp;
    j.reasons.push(msg('firm.wantsAdvance', { advanceBp: m.lowTrustAdvanceBp }));
    j.countered = true;
  }
}

function judgeVolume(c: ScenarioContent, s: GameState, firm: Firm, offer: Offer, j: Judgement): void {
  const free = freeCapacity(s, firm, offer.product);
  if (offer.perMonth <= free) return;
  const addable = addableCapacity(c, s, firm, offer.product);
  if (addable === 0) {
    if (free === 0) {
      j.reasons.push(msg('firm.noCapacity', { product: offer.product }));
      j.rejected = true;
    } else {
      j.counter.perMonth = free;
      j.reasons.push(msg('firm.volumeExisting', { free }));
      j.countered = true;
    }
    return;
  }
  if (offer.perMonth > free + addable) {
    j.counter.perMonth = free + addable;
    j.reasons.push(msg('firm.volumeNewLine', { addable, max: free + addable }));
    j.countered = true;
  }
  const needMonths = requiredGuaranteeMonths(c, firm, j.counter);
  if (!offer.capacityClause || offer.months < needMonths) {
    j.counter.capacityClause = true;
    j.counter.months = Math.max(offer.months, needMonths);
    j.reasons.push(msg('firm.guarantee', { months: needMonths, free, addable }));
    j.countered = true;
  }
}

/** What each term took off the counter's price, then what the terms not used yet would take off, in the firm's words. */
function priceReasons(c: ScenarioContent, s: GameState, firm: Firm, counter: Offer): Message[] {
  const t = priceTerms(c, s, firm, counter);
  const out: Message[] = [];
  for (const term of ['months', 'pooled', 'indexed', 'advance'] as const) {
    const bp = t[`${term}Bp`];
    if (bp > 0) out.push(msg('firm.termCredit', { term, eur: applyBp(t.marketEur, bp) }));
  }
  for (const l of priceLevers(c, s, firm, counter))
    out.push(msg('firm.lever', { term: l.term, savesEur: l.savesEur, months: l.months, advanceBp: l.advanceBp }));
  return out;
}

/** The terms a judgement may change that move the price (priceTerms); volume and the capacity clause do not. */
function samePriceTerms(a: Offer, b: Offer): boolean {
  return a.months === b.months && a.advanceBp === b.advanceBp && a.indexed === b.indexed && a.buyers.length === b.buyers.length;
}

/** A buyer coming back after walking away from a counter-offer: the firm says whether it comes down. */
function judgeMemory(c: ScenarioContent, s: GameState, firm: Firm, j: Judgement): void {
  const left = walkedAwayCounter(c, s, j.counter);
  if (!left) return;
  j.reasons.push(msg('firm.walkedAway', { firm: firm.id, month: left.month, eur: priceTerms(c, s, firm, j.counter).walkAwayEur }));
}

/**
 * The firm's answer to an offer. Validity (funds, ids) is checked by the order, not here. `askedEur`:
 * the firm's askPriceEur for the offer's own terms on this very state, when the caller has just read
 * it (a policy prices every offer before it makes it: issue 14); it stands while the counter keeps
 * the terms that move the price.
 */
export function evaluateOffer(c: ScenarioContent, s: GameState, offer: Offer, askedEur?: number): FirmAnswer {
  const firm = firmSpec(c, offer.firmId);
  if (!firm) return { verdict: 'reject', reasons: [msg('firm.unknown', {})], counter: null, askPriceEur: 0 };
  const j: Judgement = { reasons: [], counter: { ...offer, buyers: offer.buyers.map((b) => ({ ...b })) }, rejected: false, countered: false };
  judgeTrust(c, s, firm, offer, j);
  judgeVolume(c, s, firm, offer, j);
  const ask = askedEur !== undefined && samePriceTerms(offer, j.counter) ? askedEur : askPriceEur(c, s, firm, j.counter);
  judgeMemory(c, s, firm, j);
  if (offer.unitPriceEur < applyBp(ask, c.rules.market.insultFloorBp)) {
    j.reasons.push(msg('firm.priceInsult', { offeredEur: offer.unitPriceEur, askEur: ask }));
    j.rejected = true;
  } else if (offer.unitPriceEur < ask) {
    j.counter.unitPriceEur = ask;
    j.reasons.push(msg('firm.price', { askEur: ask, backlogMonths: leadMonths(c, s, firm, offer.product) }));
    j.reasons.push(...priceReasons(c, s, firm, j.counter));
    j.countered = true;
  }
  if (j.rejected) return { verdict: 'reject', reasons: j.reasons, counter: null, askPriceEur: ask };
  if (j.countered) return { verdict: 'counter', reasons: j.reasons, counter: j.counter, askPriceEur: ask };
  j.reasons.push(msg('firm.accepts', { firm: firm.id }));
  return { verdict: 'accept', reasons: j.reasons, counter: null, askPriceEur: ask };
}
