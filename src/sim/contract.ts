/**
 * Contracts: signing an accepted offer (with the capacity a capacity clause
 * pays for), cancelling with penalty and lost trust.
 */
import { applyBp, BP, clamp } from './int-math';
import { evaluateOffer, freeCapacity } from './negotiation';
import { findContract, findFirm, findNation, findTemplate } from './find';
import { fmt, fmtEur, type OrderResult } from './report';
import { newLineFromTemplate } from './plant';
import type { Contract, GameState, Offer, Order } from './types';

const MAX_PER_MONTH = 1_000_000;
const MAX_MONTHS = 120;
const MAX_PRICE_EUR = 5_000_000;

function invalid(order: Order, reason: string): OrderResult {
  return { order, ok: false, reason };
}

/** Checks what the firm cannot judge: ids, ranges, shares, consent and money for the advance. */
function offerProblem(s: GameState, offer: Offer): string | null {
  const firm = findFirm(s, offer.firmId);
  if (!firm) return `unknown firm "${offer.firmId}"`;
  if (!Number.isInteger(offer.perMonth) || offer.perMonth < 1 || offer.perMonth > MAX_PER_MONTH)
    return `perMonth must be a whole number from 1 to ${fmt(MAX_PER_MONTH)}`;
  if (!Number.isInteger(offer.months) || offer.months < 1 || offer.months > MAX_MONTHS) return `months must be a whole number from 1 to ${MAX_MONTHS}`;
  if (!Number.isInteger(offer.unitPriceEur) || offer.unitPriceEur < 1 || offer.unitPriceEur > MAX_PRICE_EUR)
    return `unitPriceEur must be a whole number from 1 to ${fmt(MAX_PRICE_EUR)}`;
  if (!Number.isInteger(offer.advanceBp) || offer.advanceBp < 0 || offer.advanceBp > BP) return 'advanceBp must be 0..10000';
  if (offer.buyers.length === 0) return 'an offer needs at least one buyer';
  const seen = new Set<string>();
  let shares = 0;
  for (const b of offer.buyers) {
    if (!findNation(s, b.nationId)) return `unknown buyer "${b.nationId}"`;
    if (seen.has(b.nationId)) return `buyer "${b.nationId}" is listed twice`;
    if (!Number.isInteger(b.shareBp) || b.shareBp < 1) return 'each buyer share must be a positive whole number of bp';
    seen.add(b.nationId);
    shares += b.shareBp;
  }
  if (shares !== BP) return `buyer shares must add up to 10000 bp, not ${shares}`;
  const advance = advanceEur(offer);
  for (const b of offer.buyers) {
    const nation = findNation(s, b.nationId)!;
    const part = applyBp(advance, b.shareBp);
    if (nation.fundsEur < part) return `${nation.name} cannot pay its advance of ${fmtEur(part)} (has ${fmtEur(nation.fundsEur)})`;
    if (offer.deliverTo === 'ukraine' && s.politics.escalationBp > nation.escalationToleranceBp)
      return `${nation.name} does not consent: escalation is past what its government accepts`;
  }
  return null;
}

export function advanceEur(offer: Offer): number {
  return applyBp(offer.perMonth * offer.months * offer.unitPriceEur, offer.advanceBp);
}

/** An offer round: the firm answers; on acceptance the contract is signed. */
export function applyOffer(s: GameState, order: Extract<Order, { kind: 'offer' }>): OrderResult {
  const offer = order.offer;
  const problem = offerProblem(s, offer);
  if (problem) return invalid(order, problem);
  const key = `${offer.firmId}:${offer.buyers[0]!.nationId}`;
  const rounds = s.offersThisTurn[key] ?? 0;
  if (rounds >= s.rules.maxOffersPerFirmPerTurn) return invalid(order, `only ${s.rules.maxOffersPerFirmPerTurn} offer rounds per firm and month`);
  s.offersThisTurn[key] = rounds + 1;
  const answer = evaluateOffer(s, offer);
  if (answer.verdict !== 'accept') return { order, ok: true, reason: `${answer.verdict}: ${answer.reasons.map((r) => r.text).join(' ')}`, answer };
  const contract = sign(s, offer);
  return { order, ok: true, reason: `signed ${contract.id}`, answer };
}

function sign(s: GameState, offer: Offer): Contract {
  const firm = findFirm(s, offer.firmId)!;
  const id = `c${String(s.nextContractNo++).padStart(4, '0')}`;
  const needsCapacity = offer.perMonth > freeCapacity(s, firm, offer.product);
  let capacityLineId = '';
  if (needsCapacity && offer.capacityClause) {
    const mothballed = s.lines.find((l) => l.firmId === firm.id && l.product === offer.product && l.status === 'mothballed');
    if (mothballed) {
      mothballed.status = 'reactivating';
      mothballed.readyMonth = s.month + mothballed.reactivationMonths;
      firm.cashEur -= mothballed.reactivationCostEur;
      capacityLineId = mothballed.id;
    } else {
      const template = firm.templates.map((t) => findTemplate(s, t)).find((t) => t && t.product === offer.product);
      if (template) {
        const line = newLineFromTemplate(s, template);
        firm.cashEur -= template.capexEur;
        capacityLineId = line.id;
      }
    }
  }
  const advance = advanceEur(offer);
  for (const b of offer.buyers) {
    const part = applyBp(advance, b.shareBp);
    findNation(s, b.nationId)!.fundsEur -= part;
  }
  firm.cashEur += advance;
  const contract: Contract = {
    id,
    firmId: firm.id,
    product: offer.product,
    buyers: offer.buyers.map((b) => ({ ...b })),
    perMonth: offer.perMonth,
    months: offer.months,
    unitPriceEur: offer.unitPriceEur,
    advanceEur: advance,
    advanceLeftEur: advance,
    capacityClause: offer.capacityClause,
    indexed: offer.indexed,
    deliverTo: offer.deliverTo,
    signedMonth: s.month,
    // Deliveries may start after the production cycle; the firm's queue (oldest contract first) decides who is served.
    firstDeliveryMonth: s.month + firm.baseLeadMonths,
    delivered: 0,
    capacityLineId,
    status: 'active',
  };
  s.contracts.push(contract);
  return contract;
}

/** Cancelling costs a penalty on the remaining value and the firm's trust in every buyer. */
export function applyCancel(s: GameState, order: Extract<Order, { kind: 'cancelContract' }>): OrderResult {
  const c = findContract(s, order.contractId);
  if (!c) return invalid(order, `unknown contract "${order.contractId}"`);
  if (c.status !== 'active') return invalid(order, `contract ${c.id} is already ${c.status}`);
  if (!c.buyers.some((b) => b.nationId === order.nationId)) return invalid(order, `${order.nationId} is not a buyer on ${c.id}`);
  const nation = findNation(s, order.nationId)!;
  const firm = findFirm(s, c.firmId)!;
  const remainingValue = (c.perMonth * c.months - c.delivered) * c.unitPriceEur;
  const penalty = applyBp(remainingValue, s.rules.cancelPenaltyBp);
  nation.fundsEur -= penalty;
  if (nation.fundsEur < 0) {
    nation.debtEur -= nation.fundsEur;
    nation.fundsEur = 0;
  }
  firm.cashEur += penalty;
  for (const b of c.buyers) {
    const t = firm.trustBp[b.nationId] ?? 5000;
    const loss = b.nationId === order.nationId ? s.rules.cancelTrustLossBp : Math.floor(s.rules.cancelTrustLossBp / 4);
    firm.trustBp[b.nationId] = clamp(t - loss, 0, BP);
  }
  c.status = 'cancelled';
  return { order, ok: true, reason: `cancelled ${c.id}: penalty ${fmtEur(penalty)}, ${firm.name} trusts ${nation.name} less` };
}
