/**
 * Contracts: signing an accepted offer (with the capacity a capacity clause
 * pays for), cancelling with penalty and lost trust. The actor of an offer is
 * the buyer who proposes it: it must be one of the buyers, and its rounds with
 * the firm are counted per `firm:actor`.
 */
import { firmSpec, nationSpec, productSpec, templateSpec, type ScenarioContent } from './content';
import { scheduledFirstMonth } from './contract-schedule';
import { applyBp, BP, clamp } from './int-math';
import { evaluateOffer, freeCapacity, trustIn } from './negotiation';
import { findContract, findFirm, findNation } from './find';
import { firmProduct } from './firm-book';
import { msg, type Message } from './messages';
import { newLineFromTemplate } from './plant';
import type { OrderResult } from './report';
import type { OrderArgs } from './resolve/orders';
import type { Contract, FirmAnswer, GameState, Offer, OrderOf } from './types';

function outside(v: number, lo: number, hi: number): boolean {
  return !Number.isInteger(v) || v < lo || v > hi;
}

function rangeProblem(c: ScenarioContent, offer: Offer): Message | null {
  const m = c.rules.market;
  if (outside(offer.perMonth, 1, m.maxPerMonth)) return msg('offer.outOfRange', { field: 'perMonth', min: 1, max: m.maxPerMonth });
  if (outside(offer.months, 1, m.maxMonths)) return msg('offer.outOfRange', { field: 'months', min: 1, max: m.maxMonths });
  if (outside(offer.unitPriceEur, 1, m.maxPriceEur)) return msg('offer.outOfRange', { field: 'unitPriceEur', min: 1, max: m.maxPriceEur });
  if (outside(offer.advanceBp, 0, BP)) return msg('offer.outOfRange', { field: 'advanceBp', min: 0, max: BP });
  return null;
}

/** Checks what the firm cannot judge: ids, ranges, shares, consent and money for the advance. */
function offerProblem(c: ScenarioContent, s: GameState, offer: Offer, actor: string): Message | null {
  if (!firmSpec(c, offer.firmId)) return msg('order.unknownFirm', { firm: offer.firmId });
  if (!productSpec(c, offer.product)) return msg('order.unknownProduct', { product: offer.product });
  const range = rangeProblem(c, offer);
  if (range) return range;
  if (offer.buyers.length === 0) return msg('offer.noBuyer', {});
  const seen = new Set<string>();
  let shares = 0;
  for (const b of offer.buyers) {
    if (!findNation(s, b.nationId)) return msg('offer.unknownBuyer', { nation: b.nationId });
    if (seen.has(b.nationId)) return msg('offer.buyerTwice', { nation: b.nationId });
    if (!Number.isInteger(b.shareBp) || b.shareBp < 1) return msg('offer.badShare', {});
    seen.add(b.nationId);
    shares += b.shareBp;
  }
  if (shares !== BP) return msg('offer.sharesSum', { totalBp: shares });
  if (!seen.has(actor)) return msg('offer.actorNotBuyer', { actor });
  const advance = advanceEur(offer);
  for (const b of offer.buyers) {
    const short = buyerShortfall(s, b, advance);
    if (short) return msg('offer.cannotPayAdvance', short);
    if (offer.deliverTo === 'ukraine' && s.politics.escalationBp > nationSpec(c, b.nationId)!.escalationToleranceBp)
      return msg('offer.noConsent', { nation: b.nationId });
  }
  return null;
}

/** The first buyer whose funds do not cover its part of the advance (read by the negotiation, to say so before a counter-offer is accepted). */
export function advanceShortfall(s: GameState, offer: Offer): { nation: string; partEur: number; hasEur: number } | null {
  const advance = advanceEur(offer);
  for (const b of offer.buyers) {
    const short = buyerShortfall(s, b, advance);
    if (short) return short;
  }
  return null;
}

/** A buyer's part of the advance, when its funds do not cover it. */
function buyerShortfall(s: GameState, b: Offer['buyers'][number], advance: number) {
  const nation = findNation(s, b.nationId);
  const part = applyBp(advance, b.shareBp);
  return nation && nation.fundsEur < part ? { nation: nation.id, partEur: part, hasEur: nation.fundsEur } : null;
}

export function advanceEur(offer: Offer): number {
  return applyBp(offer.perMonth * offer.months * offer.unitPriceEur, offer.advanceBp);
}

/** An offer round: the firm answers (or has just answered, `judged`: see applyOrder); on acceptance the contract is signed. */
export function applyOffer({ c, s, order, nation }: OrderArgs<OrderOf<'offer'>>, judged?: FirmAnswer): OrderResult {
  const offer = order.offer;
  const problem = offerProblem(c, s, offer, nation.id);
  if (problem) return { order, ok: false, message: problem };
  const key = `${offer.firmId}:${nation.id}`;
  const rounds = s.offersThisTurn[key] ?? 0;
  const max = c.rules.maxOffersPerFirmPerTurn;
  if (rounds >= max) return { order, ok: false, message: msg('offer.rounds', { max }) };
  s.offersThisTurn[key] = rounds + 1;
  const answer = judged ?? evaluateOffer(c, s, offer);
  rememberCounter(c, s, offer, nation.id, answer);
  if (answer.verdict !== 'accept') return { order, ok: true, message: msg('offer.answered', { firm: offer.firmId, verdict: answer.verdict }), answer };
  const contract = signContract(c, s, offer);
  return { order, ok: true, message: msg('offer.signed', { firm: offer.firmId, contract: contract.id }), answer };
}

/**
 * The firm keeps the first counter-offer it made to the proposing buyer for
 * the product; once that month ends without a contract, the buyer walked away
 * (firm-price.ts). Later counters keep the first one's month, so a counter
 * re-sent as it stands is still accepted. Signing clears it for every buyer of the contract, and
 * memories older than the firm keeps are dropped here, so the list stays a
 * handful long.
 */
function rememberCounter(c: ScenarioContent, s: GameState, offer: Offer, actor: string, answer: FirmAnswer): void {
  const firm = findFirm(s, offer.firmId)!;
  const oldest = s.month - c.rules.market.walkAwayMemoryMonths;
  const signed = answer.verdict === 'accept';
  // Inline, not a named closure: tsx names each one as it is made, and this runs for every offer (issue 14).
  firm.leftCounters = firm.leftCounters.filter(
    (l) => l.month >= oldest && !(signed && l.product === offer.product && offer.buyers.some((b) => b.nationId === l.nationId)),
  );
  const known = firm.leftCounters.some((l) => l.nationId === actor && l.product === offer.product);
  if (answer.verdict === 'counter' && !known) firm.leftCounters.push({ nationId: actor, product: offer.product, month: s.month, askEur: answer.askPriceEur });
}

/** The line a capacity clause brings: a mothballed line reactivated, or a new plant from the firm's template. */
function addCapacity(c: ScenarioContent, s: GameState, offer: Offer): string {
  const firm = findFirm(s, offer.firmId)!;
  const mothballed = firmProduct(s, firm.id, offer.product).lines.find((l) => l.status === 'mothballed');
  if (mothballed) {
    mothballed.status = 'reactivating';
    mothballed.readyMonth = s.month + mothballed.reactivationMonths;
    firm.cashEur -= mothballed.reactivationCostEur;
    return mothballed.id;
  }
  const template = firmSpec(c, firm.id)!
    .templates.map((t) => templateSpec(c, t))
    .find((t) => t && t.product === offer.product);
  if (!template) return '';
  const line = newLineFromTemplate(s, template);
  firm.cashEur -= template.capexEur;
  return line.id;
}

/** Signs an offer on its terms: pays the advance, brings the capacity a capacity clause calls for, and queues the contract behind the firm's others. */
export function signContract(c: ScenarioContent, s: GameState, offer: Offer): Contract {
  const spec = firmSpec(c, offer.firmId)!;
  const firm = findFirm(s, offer.firmId)!;
  const id = `c${String(s.nextContractNo++).padStart(4, '0')}`;
  const needsCapacity = offer.perMonth > freeCapacity(s, firm, offer.product);
  const capacityLineId = needsCapacity && offer.capacityClause ? addCapacity(c, s, offer) : '';
  const advance = advanceEur(offer);
  for (const b of offer.buyers) findNation(s, b.nationId)!.fundsEur -= applyBp(advance, b.shareBp);
  firm.cashEur += advance;
  const contract: Contract = {
    id,
    firmId: firm.id,
    product: offer.product,
    // A literal, not a spread: an offer read from a file or a message brings its own object shapes, and
    // the buyer records of every contract are read several times a month (issue 14).
    buyers: offer.buyers.map((b) => ({ nationId: b.nationId, shareBp: b.shareBp })),
    perMonth: offer.perMonth,
    months: offer.months,
    unitPriceEur: offer.unitPriceEur,
    advanceEur: advance,
    advanceLeftEur: advance,
    capacityClause: offer.capacityClause,
    indexed: offer.indexed,
    deliverTo: offer.deliverTo,
    signedMonth: s.month,
    // The firm's queue (oldest contract first) decides who is served once deliveries may start.
    firstDeliveryMonth: scheduledFirstMonth(spec, s.month),
    delivered: 0,
    capacityLineId,
    status: 'active',
  };
  s.contracts.push(contract);
  return contract;
}

/**
 * What cancelling a contract costs the nation that cancels it: a penalty on
 * the value still undelivered (rules.cancelPenaltyBp), paid by it alone even
 * on a pooled order, and the advance the firm has not yet set against
 * deliveries, which the firm keeps. Nothing is refunded.
 */
export function cancelCost(c: ScenarioContent, contract: Contract): { penaltyEur: number; advanceKeptEur: number } {
  const remainingValue = (contract.perMonth * contract.months - contract.delivered) * contract.unitPriceEur;
  return { penaltyEur: applyBp(remainingValue, c.rules.cancelPenaltyBp), advanceKeptEur: contract.advanceLeftEur };
}

/** A buyer cancels: no more deliveries for any buyer; it pays `cancelCost`, and the firm trusts it (and, less, its co-buyers) less. */
export function applyCancel({ c, s, order, nation }: OrderArgs<OrderOf<'cancelContract'>>): OrderResult {
  const contract = findContract(s, order.contractId);
  if (!contract) return { order, ok: false, message: msg('order.unknownContract', { contract: order.contractId }) };
  if (contract.status !== 'active') return { order, ok: false, message: msg('cancel.notActive', { contract: contract.id, status: contract.status }) };
  if (!contract.buyers.some((b) => b.nationId === nation.id))
    return { order, ok: false, message: msg('cancel.notBuyer', { nation: nation.id, contract: contract.id }) };
  const firm = findFirm(s, contract.firmId)!;
  const { penaltyEur: penalty, advanceKeptEur } = cancelCost(c, contract);
  nation.fundsEur -= penalty;
  if (nation.fundsEur < 0) {
    nation.debtEur -= nation.fundsEur;
    nation.fundsEur = 0;
  }
  firm.cashEur += penalty;
  for (const b of contract.buyers) {
    const loss = b.nationId === nation.id ? c.rules.cancelTrustLossBp : Math.floor(c.rules.cancelTrustLossBp / 4);
    firm.trustBp[b.nationId] = clamp(trustIn(c, s, firm.id, b.nationId) - loss, 0, BP);
  }
  contract.status = 'cancelled';
  return { order, ok: true, message: msg('cancel.done', { contract: contract.id, penaltyEur: penalty, advanceKeptEur, firm: firm.id, nation: nation.id }) };
}
