/**
 * Political actions and their price in political capital (GAME.md §6).
 * Costs grow with the size of the change; readiness floors and escalation
 * limit what an ally will give (source 002: Germany "at its limit", Canada
 * cannot keep drawing down; source 001: NATO "not a party to the conflict").
 */
import { applyBp, BP, ceilDiv, clamp, mulDiv } from './int-math';
import { findNation } from './find';
import { fmt, fmtBp, type OrderResult } from './report';
import type { GameState, Nation, Order, Product } from './types';

/** Capital for a pledge: 5 + (Δ/20)², so +100 bp costs 30 and +200 bp costs 105 (more than anyone has). */
export function pledgeCost(s: GameState, deltaBp: number): number {
  const base = 5 + mulDiv(deltaBp, deltaBp, 400);
  return s.month <= s.politics.summitUntil ? applyBp(base, BP - s.politics.summitDiscountBp) : base;
}

/** Capital for drawing below the readiness floor: 1 point per 2 % of the floor crossed. */
export function drawdownCost(nation: Nation, product: Product, amount: number): { capital: number; belowFloor: number } {
  const floor = nation.readinessFloor[product];
  const belowFloor = Math.max(0, floor - Math.max(nation.stock[product] - amount, 0)) - Math.max(0, floor - nation.stock[product]);
  if (belowFloor <= 0 || floor === 0) return { capital: 0, belowFloor: 0 };
  return { capital: ceilDiv(belowFloor * 50, floor), belowFloor };
}

/** Escalation from deliveries: Stingers count more per unit than shells. */
export function escalationOf(product: Product, amount: number): number {
  return product === 'shell' ? Math.floor(amount / 5000) : Math.floor(amount / 20);
}

export function applyDrawdown(s: GameState, order: Extract<Order, { kind: 'drawdown' }>): OrderResult {
  const nation = findNation(s, order.nationId);
  if (!nation) return { order, ok: false, reason: `unknown nation "${order.nationId}"` };
  const { product, amount } = order;
  if (!Number.isInteger(amount) || amount < 1) return { order, ok: false, reason: 'amount must be a positive whole number' };
  if (nation.aidFrozenUntil >= s.month) return { order, ok: false, reason: `${nation.name}'s aid is frozen: no drawdowns for Ukraine` };
  if (s.politics.escalationBp > nation.escalationToleranceBp)
    return { order, ok: false, reason: `${nation.name} balks: escalation (${fmtBp(s.politics.escalationBp)}) is past what its government accepts` };
  const spare = nation.stock[product] - nation.hardFloor[product];
  if (amount > spare)
    return { order, ok: false, reason: `blocked by ${nation.name}'s hard floor: at most ${fmt(Math.max(0, spare))} ${product}s can leave its stock` };
  const { capital, belowFloor } = drawdownCost(nation, product, amount);
  if (capital > nation.politicalCapital)
    return {
      order,
      ok: false,
      reason: `drawing ${fmt(belowFloor)} below the readiness floor costs ${capital} political capital; ${nation.name} has ${nation.politicalCapital}`,
    };
  nation.stock[product] -= amount;
  s.ukraine.stock[product] += amount;
  nation.politicalCapital -= capital;
  if (belowFloor > 0) {
    nation.supportBp = clamp(nation.supportBp - capital * 20, 0, BP);
    s.tally.floorBreaches++;
  }
  s.politics.escalationBp = clamp(s.politics.escalationBp + escalationOf(product, amount), 0, BP);
  creditRequests(s, product, amount);
  return {
    order,
    ok: true,
    reason:
      `${nation.name} sends ${fmt(amount)} ${product}s from stock` + (capital ? `, ${fmt(belowFloor)} below its readiness floor (−${capital} capital)` : ''),
  };
}

export function applyPledge(s: GameState, order: Extract<Order, { kind: 'pledge' }>): OrderResult {
  const nation = findNation(s, order.nationId);
  if (!nation) return { order, ok: false, reason: `unknown nation "${order.nationId}"` };
  const delta = order.shareBp - nation.defenceShareBp;
  if (!Number.isInteger(order.shareBp) || delta <= 0)
    return { order, ok: false, reason: `a pledge must raise defence spending above ${fmtBp(nation.defenceShareBp)} of GDP` };
  if (order.shareBp > 1000) return { order, ok: false, reason: 'no ally pledges more than 10 % of GDP' };
  const cost = pledgeCost(s, delta);
  if (cost > nation.politicalCapital)
    return {
      order,
      ok: false,
      reason: `raising spending by ${fmtBp(delta)} of GDP costs ${cost} political capital; ${nation.name} has ${nation.politicalCapital}`,
    };
  nation.politicalCapital -= cost;
  nation.defenceShareBp = order.shareBp;
  // Spending more is unpopular at home: −5 bp of support per bp of GDP.
  nation.supportBp = clamp(nation.supportBp - delta * 5, 0, BP);
  s.politics.cohesionBp = clamp(s.politics.cohesionBp + Math.floor(delta / 2), 0, BP);
  return { order, ok: true, reason: `${nation.name} pledges ${fmtBp(order.shareBp)} of GDP for defence (−${cost} capital)` };
}

/** Source 003: each ally to submit a defence-industrial plan within a year of the 2024 summit. */
export function applyIndustrialPlan(s: GameState, order: Extract<Order, { kind: 'industrialPlan' }>): OrderResult {
  const nation = findNation(s, order.nationId);
  if (!nation) return { order, ok: false, reason: `unknown nation "${order.nationId}"` };
  if (!s.politics.industrialPlansOpen) return { order, ok: false, reason: 'no summit has called for defence-industrial plans yet' };
  if (nation.industrialPlan) return { order, ok: false, reason: `${nation.name} has already submitted its plan` };
  const cost = 10;
  if (nation.politicalCapital < cost)
    return { order, ok: false, reason: `a plan costs ${cost} political capital; ${nation.name} has ${nation.politicalCapital}` };
  nation.politicalCapital -= cost;
  nation.industrialPlan = true;
  s.politics.cohesionBp = clamp(s.politics.cohesionBp + 100, 0, BP);
  return { order, ok: true, reason: `${nation.name} submits a defence-industrial plan: new plants cost ${fmtBp(s.rules.industrialPlanDiscountBp)} less` };
}

/** Deliveries to Ukraine count towards its open requests for that product. */
export function creditRequests(s: GameState, product: Product, amount: number): void {
  for (const r of s.requests) {
    if (r.status === 'open' && r.product === product) r.received += amount;
  }
}
