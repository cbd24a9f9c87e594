/**
 * Political actions and their price in political capital (GAME.md §6).
 * Costs grow with the size of the change; readiness floors and escalation
 * limit what an ally will give (source 002: Germany "at its limit", Canada
 * cannot keep drawing down; source 001: NATO "not a party to the conflict").
 * The figures are the scenario's `rules.politics`.
 */
import { applyBp, BP, ceilDiv, clamp, mulDiv } from './int-math';
import { nationSpec, productSpec, type ScenarioContent } from './content';
import { msg } from './messages';
import { refused, type OrderResult } from './report';
import type { OrderArgs } from './resolve/orders';
import type { GameState, NationState, OrderOf, ProductId } from './types';

/** Capital for a pledge: base + Δ²/divisor, so +100 bp costs 30 and +200 bp costs 105 with the defaults (5, 400). */
export function pledgeCost(c: ScenarioContent, s: GameState, deltaBp: number): number {
  const r = c.rules.politics;
  const base = r.pledgeBaseCost + mulDiv(deltaBp, deltaBp, r.pledgeCostDivisor);
  return s.month <= s.politics.summitUntil ? applyBp(base, BP - s.politics.summitDiscountBp) : base;
}

/** Capital for drawing below the readiness floor, in proportion to the share of the floor crossed. */
export function drawdownCost(c: ScenarioContent, nation: NationState, product: ProductId, amount: number): { capital: number; belowFloor: number } {
  const floor = nationSpec(c, nation.id)?.readinessFloor[product] ?? 0;
  const stock = nation.stock[product] ?? 0;
  const belowFloor = Math.max(0, floor - Math.max(stock - amount, 0)) - Math.max(0, floor - stock);
  if (belowFloor <= 0 || floor === 0) return { capital: 0, belowFloor: 0 };
  return { capital: ceilDiv(belowFloor * c.rules.politics.drawdownCapitalPerFloor, floor), belowFloor };
}

/** Escalation from deliveries: each product has its own weight (Stingers count far more per unit than shells). */
export function escalationOf(c: ScenarioContent, product: ProductId, amount: number): number {
  const spec = productSpec(c, product);
  return spec ? Math.floor(amount / spec.unitsPerEscalationBp) : 0;
}

export function applyDrawdown({ c, s, order, nation }: OrderArgs<OrderOf<'drawdown'>>): OrderResult {
  const { product, amount } = order;
  const spec = nationSpec(c, nation.id)!;
  if (!productSpec(c, product)) return refused(order, msg('order.unknownProduct', { product }));
  if (!Number.isInteger(amount) || amount < 1) return refused(order, msg('order.badAmount', {}));
  if (nation.aidFrozenUntil >= s.month) return refused(order, msg('drawdown.frozen', { nation: nation.id }));
  if (s.politics.escalationBp > spec.escalationToleranceBp)
    return refused(order, msg('drawdown.balks', { nation: nation.id, escalationBp: s.politics.escalationBp }));
  const spare = nation.stock[product]! - spec.hardFloor[product]!;
  if (amount > spare) return refused(order, msg('drawdown.hardFloor', { nation: nation.id, product, spare: Math.max(0, spare) }));
  const { capital, belowFloor } = drawdownCost(c, nation, product, amount);
  if (capital > nation.politicalCapital)
    return refused(order, msg('drawdown.noCapital', { nation: nation.id, product, belowFloor, capital, has: nation.politicalCapital }));
  nation.stock[product]! -= amount;
  s.ukraine.stock[product]! += amount;
  nation.politicalCapital -= capital;
  if (belowFloor > 0) {
    nation.supportBp = clamp(nation.supportBp - capital * c.rules.politics.drawdownSupportCostPerCapital, 0, BP);
    s.tally.floorBreaches++;
  }
  s.politics.escalationBp = clamp(s.politics.escalationBp + escalationOf(c, product, amount), 0, BP);
  creditRequests(s, product, amount);
  return { order, ok: true, message: msg('drawdown.sent', { nation: nation.id, product, amount, belowFloor, capital }) };
}

export function applyPledge({ c, s, order, nation }: OrderArgs<OrderOf<'pledge'>>): OrderResult {
  const r = c.rules.politics;
  const delta = order.shareBp - nation.defenceShareBp;
  if (!Number.isInteger(order.shareBp) || delta <= 0)
    return { order, ok: false, message: msg('pledge.mustRaise', { nation: nation.id, currentBp: nation.defenceShareBp }) };
  if (order.shareBp > r.maxPledgeBp) return { order, ok: false, message: msg('pledge.tooHigh', { maxBp: r.maxPledgeBp }) };
  const cost = pledgeCost(c, s, delta);
  if (cost > nation.politicalCapital)
    return { order, ok: false, message: msg('pledge.noCapital', { nation: nation.id, deltaBp: delta, cost, has: nation.politicalCapital }) };
  nation.politicalCapital -= cost;
  nation.defenceShareBp = order.shareBp;
  // Spending more is unpopular at home.
  nation.supportBp = clamp(nation.supportBp - delta * r.pledgeSupportCostPerBp, 0, BP);
  const cohesionBefore = s.politics.cohesionBp;
  s.politics.cohesionBp = clamp(s.politics.cohesionBp + Math.floor(delta / 2), 0, BP);
  const cohesionBp = s.politics.cohesionBp - cohesionBefore;
  return { order, ok: true, message: msg('pledge.made', { nation: nation.id, shareBp: order.shareBp, cost, cohesionBp }) };
}

/** Source 003: each ally to submit a defence-industrial plan within a year of the 2024 summit; it lifts cohesion only with a contract of the ally's behind it. */
export function applyIndustrialPlan({ c, s, order, nation }: OrderArgs<OrderOf<'industrialPlan'>>): OrderResult {
  const cost = c.rules.politics.industrialPlanCost;
  if (!s.politics.industrialPlansOpen) return { order, ok: false, message: msg('plan.notOpen', {}) };
  if (nation.industrialPlan) return { order, ok: false, message: msg('plan.already', { nation: nation.id }) };
  if (nation.politicalCapital < cost) return { order, ok: false, message: msg('plan.noCapital', { nation: nation.id, cost, has: nation.politicalCapital }) };
  nation.politicalCapital -= cost;
  nation.industrialPlan = true;
  // A plan with orders behind it shows the allies something; one on paper only does not (play-test: six plans clicked in a
  // row raised cohesion by 6 % with no shell ordered). It makes new plants cheaper either way.
  const backed = s.contracts.some((k) => k.status === 'active' && k.buyers.some((b) => b.nationId === nation.id));
  const cohesionBefore = s.politics.cohesionBp;
  if (backed) s.politics.cohesionBp = clamp(s.politics.cohesionBp + c.rules.politics.industrialPlanCohesionBp, 0, BP);
  const cohesionBp = s.politics.cohesionBp - cohesionBefore;
  return { order, ok: true, message: msg('plan.submitted', { nation: nation.id, discountBp: c.rules.industrialPlanDiscountBp, cohesionBp, backed }) };
}

/**
 * Deliveries to Ukraine count towards its open requests for that product, the one due first
 * first: each unit counts once, and what a request no longer needs goes to the next (play-test:
 * one shipment of 300 Stingers met a request for 300 and another for 200).
 */
export function creditRequests(s: GameState, product: ProductId, amount: number): void {
  if (s.requests.length === 0) return;
  const open = s.requests
    .filter((r) => r.status === 'open' && r.product === product)
    .sort((a, b) => a.byMonth - b.byMonth || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let left = amount;
  for (const r of open) {
    const take = Math.min(left, Math.max(0, r.amount - r.received));
    r.received += take;
    left -= take;
    if (left === 0) return;
  }
}
