/**
 * A policy plans on a working copy of the state: each candidate order is
 * applied there first and kept only if the rules accept it, so a policy's
 * order list is always valid, in order, for the state it was made for.
 */
import { applyBp } from '../int-math';
import { findNation } from '../find';
import { monthlyBudgetEur } from '../resolve/budget';
import { applyOrder } from '../resolve/orders';
import { copyState } from '../resolve-turn';
import { evaluateOffer } from '../negotiation';
import type { GameState, Offer, Order } from '../types';

export class Planner {
  readonly work: GameState;
  readonly orders: Order[] = [];
  constructor(state: GameState) {
    this.work = copyState(state);
  }

  /** Applies the order to the working copy; keeps it when valid. */
  try(order: Order): boolean {
    const before = this.work.offersThisTurn;
    const result = applyOrder(this.work, order);
    if (result.ok) this.orders.push(order);
    else this.work.offersThisTurn = before;
    return result.ok;
  }

  /** Makes an offer and, when the firm counters, accepts its terms if `acceptable` says so. */
  negotiate(offer: Offer, acceptable: (counter: Offer) => boolean): boolean {
    const answer = evaluateOffer(this.work, offer);
    if (answer.verdict === 'accept') return this.try({ kind: 'offer', offer });
    if (answer.verdict === 'counter' && answer.counter && acceptable(answer.counter)) return this.try({ kind: 'offer', offer: answer.counter });
    return false;
  }
}

/** What a nation has promised to pay firms each month on its active contracts. */
export function monthlyCommitmentEur(s: GameState, nationId: string): number {
  let total = 0;
  for (const c of s.contracts) {
    if (c.status !== 'active') continue;
    for (const b of c.buyers) if (b.nationId === nationId) total += applyBp(c.perMonth * c.unitPriceEur, b.shareBp);
  }
  return total;
}

/** Monthly budget not yet promised to firms. */
export function uncommittedBudgetEur(s: GameState, nationId: string): number {
  const n = findNation(s, nationId);
  return n ? monthlyBudgetEur(n) - monthlyCommitmentEur(s, nationId) : 0;
}
