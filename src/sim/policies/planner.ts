/**
 * A policy plans on a working copy of the state: each candidate order is
 * applied there first and kept only if the rules accept it, so a policy's
 * order list is always valid, in order, for the state it was made for.
 */
import type { ScenarioContent } from '../content';
import { applyBp } from '../int-math';
import { monthlyBudgetEur } from '../resolve/budget';
import { applyOrder } from '../resolve/orders';
import { copyForOrders, copyState } from '../copy-state';
import { isTrainerOrder } from '../trainer-orders';
import { findNation } from '../find';
import { evaluateOffer } from '../negotiation';
import type { Contract, FirmAnswer, GameState, Offer, Order } from '../types';

/**
 * The orders that move a budget not yet promised, other than a pledge (a nation's defence share, which
 * `try` adds up itself: budget.ts): a cancelled contract, and a trainer's inject, which may move any
 * figure. A signed offer is added to the sums as it is signed (`commit`), and one the firm countered
 * changed nothing; every other order spends funds in hand, not the monthly budget.
 */
const MOVES_BUDGETS: ReadonlySet<Order['kind']> = new Set(['cancelContract', 'inject']);

export class Planner {
  readonly work: GameState;
  readonly orders: Order[] = [];
  /**
   * Each nation's uncommitted budget, read once until an order is tried: the balanced policy asks
   * for it in every step of scaling an offer down, and each answer scanned every contract (issue 14:
   * 40 % of a batch campaign's time went there).
   */
  private readonly free = new Map<string, number>();
  /** counts the changes to `free`, so a ranking made from it knows when it is stale */
  private version = 0;
  /** Whether the working copy still shares what no nation's order writes with the state it was made from (copyForOrders). */
  private sharing = true;
  private ranked: { nations: readonly string[]; version: number; list: { id: string; eur: number }[] } | null = null;
  constructor(
    readonly content: ScenarioContent,
    state: GameState,
  ) {
    this.work = copyForOrders(state);
  }

  /** Applies the order to the working copy; keeps it when valid. `judged`: the firm's answer to this offer, just read on this state. */
  try(order: Order, judged?: FirmAnswer): boolean {
    if (this.sharing && (order.kind === 'cancelContract' || isTrainerOrder(order))) {
      // These may write what the working copy shares with the caller's state: it takes a copy of its own first.
      Object.assign(this.work, copyState(this.work));
      this.sharing = false;
    }
    const before = this.work.offersThisTurn;
    const contracts = this.work.contracts.length;
    const pledger = order.kind === 'pledge' ? findNation(this.work, order.actor) : undefined;
    const budgetBefore = pledger ? monthlyBudgetEur(this.content, pledger) : 0;
    const result = applyOrder(this.content, this.work, order, judged);
    // A refused order changes nothing but the rounds counted (put back here), so budgets are read again only after one that held.
    if (!result.ok) {
      this.work.offersThisTurn = before;
      return false;
    }
    this.orders.push(order);
    if (order.kind === 'offer') {
      if (this.work.contracts.length === contracts + 1) this.commit(this.work.contracts[contracts]!);
    } else if (pledger) this.moveBudget(pledger.id, monthlyBudgetEur(this.content, pledger) - budgetBefore);
    else if (MOVES_BUDGETS.has(order.kind)) this.forget();
    return true;
  }

  /** Budgets must be read again from the state: the ranking made from them too. */
  private forget(): void {
    this.free.clear();
    this.version++;
  }

  /** A pledge raised one envelope (about one plan in three, at summits): only that nation's free budget moves. */
  private moveBudget(nationId: string, deltaEur: number): void {
    if (this.free.size === 0) return this.forget();
    this.free.set(nationId, (this.free.get(nationId) ?? 0) + deltaEur);
    this.version++;
  }

  /** A contract just signed: its buyers' budgets carry its monthly bill from now (the sums readFreeBudgets would make). */
  private commit(c: Contract): void {
    if (this.free.size === 0 || c.status !== 'active') return this.forget();
    for (const b of c.buyers) this.free.set(b.nationId, (this.free.get(b.nationId) ?? 0) - applyBp(c.perMonth * c.unitPriceEur, b.shareBp));
    this.version++;
  }

  /**
   * The proposing buyer makes an offer and, when the firm counters, accepts its terms if `acceptable` says so.
   * `askedEur`: the firm's ask for the offer's terms, when the caller has just read it on the working copy.
   */
  negotiate(offer: Offer, acceptable: (counter: Offer) => boolean, askedEur?: number): boolean {
    const actor = offer.buyers[0]!.nationId;
    const answer = evaluateOffer(this.content, this.work, offer, askedEur);
    // Accepted as it stands: the order's firm would answer the same on the same state, so it is not asked twice.
    if (answer.verdict === 'accept') return this.try({ kind: 'offer', actor, offer }, answer);
    if (answer.verdict === 'counter' && answer.counter && acceptable(answer.counter)) return this.try({ kind: 'offer', actor, offer: answer.counter });
    return false;
  }

  /**
   * The nations with budget not yet promised, largest first (ties by id), read again only after
   * an order moved a budget: the balanced policy asks for every firm and product it orders from.
   */
  byFreeBudget(nations: readonly string[]): readonly { id: string; eur: number }[] {
    if (this.ranked?.nations !== nations || this.free.size === 0 || this.ranked.version !== this.version) {
      const list = nations
        .map((id) => ({ id, eur: this.uncommittedEur(id) }))
        .filter((x) => x.eur > 0)
        .sort((a, b) => b.eur - a.eur || (a.id < b.id ? -1 : 1));
      this.ranked = { nations, version: this.version, list };
    }
    return this.ranked.list;
  }

  /** Monthly budget not yet promised to firms. */
  uncommittedEur(nationId: string): number {
    if (this.free.size === 0) this.readFreeBudgets();
    return this.free.get(nationId) ?? 0;
  }

  /** Every nation's uncommitted budget in one pass over the contracts (the same sums as uncommittedBudgetEur). */
  private readFreeBudgets(): void {
    const free = this.free;
    for (const n of this.work.nations) free.set(n.id, monthlyBudgetEur(this.content, n));
    for (const c of this.work.contracts) {
      if (c.status !== 'active') continue;
      for (const b of c.buyers) {
        const eur = free.get(b.nationId);
        if (eur !== undefined) free.set(b.nationId, eur - applyBp(c.perMonth * c.unitPriceEur, b.shareBp));
      }
    }
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
export function uncommittedBudgetEur(c: ScenarioContent, s: GameState, nationId: string): number {
  const n = findNation(s, nationId);
  return n ? monthlyBudgetEur(c, n) - monthlyCommitmentEur(s, nationId) : 0;
}
