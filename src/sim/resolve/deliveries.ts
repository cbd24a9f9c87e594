/**
 * Phase 5, deliveries: each firm's output goes to its contracts in signing
 * order (late buyers queue). Buyers pay on delivery, the advance first; a buyer
 * who cannot pay runs a debt and loses the firm's trust. Deliveries meant for
 * Ukraine from a nation whose aid is frozen are held until the freeze ends
 * (Dec 2023–Apr 2024: no new US packages; calibration-facts §9).
 */
import type { ScenarioContent } from '../content';
import { dueThisMonth, receiveDue } from '../contract-schedule';
import { applyBp, BP, clamp, splitByWeights } from '../int-math';
import { findFirm, findNation } from '../find';
import { msg } from '../messages';
import { trustIn } from '../negotiation';
import { creditRequests, escalationOf } from '../politics';
import type { Contract, FirmState } from '../types';
import type { PhaseContext } from './context';

export function unitPriceNow(content: ScenarioContent, c: Contract, month: number): number {
  if (!c.indexed) return c.unitPriceEur;
  const years = Math.floor((month - c.signedMonth) / 12);
  return applyBp(c.unitPriceEur, BP + content.rules.industry.indexationBpPerYear * years);
}

interface Shipment {
  contract: Contract;
  firm: FirmState;
  /** this buyer's units and bill */
  part: number;
  bill: number;
  nationId: string;
  /** report entries of the output it came from, and what each made (the delivery's causes, weighed by them) */
  made: string[];
  madeUnits: number[];
}

/** One buyer's share of a delivery: paid for (or owed), then to its stock, a depot or Ukraine. */
function ship(ctx: PhaseContext, x: Shipment): void {
  const { content: c, state: s, report: r } = ctx;
  const { contract, firm, part, bill } = x;
  const nation = findNation(s, x.nationId)!;
  if (nation.fundsEur >= bill) nation.fundsEur -= bill;
  else {
    nation.debtEur += bill - nation.fundsEur;
    nation.fundsEur = 0;
    firm.trustBp[nation.id] = clamp(trustIn(c, s, firm.id, nation.id) - c.rules.latePaymentTrustLossBp, 0, BP);
    if (r.on)
      r.add({
        id: `late:${contract.id}:${nation.id}`,
        kind: 'payment',
        subject: nation.id,
        message: msg('delivery.late', { nation: nation.id, firm: firm.id, debtEur: nation.debtEur }),
        delta: -bill,
        causes: [`budget:${nation.id}`],
      });
  }
  if (part === 0) return;
  const id = `deliv:${contract.id}:${nation.id}`;
  let to: 'stock' | 'held' | 'ukraine';
  if (contract.deliverTo === 'stock') {
    nation.stock[contract.product]! += part;
    to = 'stock';
  } else if (nation.aidFrozenUntil >= s.month) {
    nation.heldForUkraine[contract.product]! += part;
    to = 'held';
  } else {
    s.ukraine.stock[contract.product]! += part;
    s.politics.escalationBp = clamp(s.politics.escalationBp + escalationOf(c, contract.product, part), 0, BP);
    creditRequests(s, contract.product, part);
    to = 'ukraine';
    if (r.on) ctx.toUkraine.push({ id, product: contract.product, units: part });
  }
  if (r.on)
    r.add({
      id,
      kind: 'delivery',
      subject: contract.id,
      message: msg('delivery.made', { firm: firm.id, product: contract.product, units: part, to, nation: nation.id, contract: contract.id }),
      delta: part,
      causes: x.made,
      // Each line's part of this delivery, in proportion to what it made: parts that add up to the delivery.
      weights: splitByWeights(part, x.madeUnits),
    });
}

export function resolveDeliveries(ctx: PhaseContext): void {
  const { content: c, state: s } = ctx;
  for (const contract of s.contracts) {
    if (dueThisMonth(contract, s.month) === 0) continue;
    const pool = ctx.output.get(contract.firmId, contract.product);
    if (!pool || pool.units === 0) continue;
    const give = receiveDue(contract, s.month, pool.units);
    pool.units -= give;
    const firm = findFirm(s, contract.firmId)!;
    const value = give * unitPriceNow(c, contract, s.month);
    const fromAdvance = Math.min(contract.advanceLeftEur, value);
    contract.advanceLeftEur -= fromAdvance;
    firm.cashEur += value - fromAdvance;
    // What each line made, to weigh a delivery's lines by their part of the firm's output (report only).
    const madeUnits = pool.made;
    const bill = value - fromAdvance;
    // Most contracts have one buyer: the whole delivery and bill are its own (object literals, not spreads: a spread here doubled the phase's time).
    if (contract.buyers.length === 1) {
      ship(ctx, { contract, firm, part: give, bill, nationId: contract.buyers[0]!.nationId, made: pool.entries, madeUnits });
      continue;
    }
    const weights = contract.buyers.map((b) => b.shareBp);
    const parts = splitByWeights(give, weights);
    const bills = splitByWeights(bill, weights);
    contract.buyers.forEach((b, i) => ship(ctx, { contract, firm, part: parts[i]!, bill: bills[i]!, nationId: b.nationId, made: pool.entries, madeUnits }));
  }
}
