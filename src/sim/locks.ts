/**
 * Levers a trainer has locked for a class session (content.classRules, from a
 * class file). The resolver refuses a locked order with the reason "locked by
 * your trainer" before its own rules see it, so a result code that verifies
 * proves the class rules were kept.
 */
import { nationSpec, type ScenarioContent } from './content';
import type { NationState, Order } from './types';

/** Whether a drawdown would leave the nation's stock below its readiness floor. */
function goesBelowReadiness(c: ScenarioContent, order: Order, nation: NationState): boolean {
  if (order.kind !== 'drawdown') return false;
  const floor = nationSpec(c, nation.id)?.readinessFloor[order.product] ?? 0;
  return (nation.stock[order.product] ?? 0) - order.amount < floor;
}

/** The lock that refuses this order from this nation, or null when none does. */
export function lockOn(c: ScenarioContent, order: Order, nation: NationState) {
  const locks = c.classRules?.locks;
  if (!locks) return null;
  for (const lock of locks) {
    if (lock.order !== order.kind) continue;
    if (lock.nations.length > 0 && !lock.nations.includes(nation.id)) continue;
    if (lock.belowReadinessFloor && !goesBelowReadiness(c, order, nation)) continue;
    return lock;
  }
  return null;
}
