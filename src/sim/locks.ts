/**
 * Levers a trainer has locked: those of the class file (content.classRules)
 * and those locked or unlocked live during the game (the trainer's
 * `lockLever` orders, kept in the state). A live decision on a lever
 * overrides the file's locks on it. The resolver refuses a locked order with
 * the reason "locked by your trainer" before its own rules see it, so a
 * result code that verifies proves the class rules were kept.
 */
import { nationSpec, type ScenarioContent } from './content';
import type { GameState, NationOrderKind, NationState, Order } from './types';

/** What binds a lever: a lock of the class file or the trainer's live one. */
export interface ActiveLock {
  order: NationOrderKind;
  /** the nations it binds; empty for every nation */
  nations: readonly string[];
  belowReadinessFloor: boolean;
  live: boolean;
}

/** Whether a drawdown would leave the nation's stock below its readiness floor. */
function goesBelowReadiness(c: ScenarioContent, order: Order, nation: NationState): boolean {
  if (order.kind !== 'drawdown') return false;
  const floor = nationSpec(c, nation.id)?.readinessFloor[order.product] ?? 0;
  return (nation.stock[order.product] ?? 0) - order.amount < floor;
}

/** Every lock in force now: the file's, except on levers the trainer has decided live, and the live ones. */
export function activeLocks(c: ScenarioContent, s: GameState): ActiveLock[] {
  const decided = new Set(s.leverLocks.map((l) => l.lever));
  const fromFile = (c.classRules?.locks ?? []).filter((l) => !decided.has(l.order)).map((l) => ({ ...l, live: false }));
  const live = s.leverLocks.filter((l) => l.locked).map((l) => ({ order: l.lever, nations: l.nations, belowReadinessFloor: false, live: true }));
  return [...fromFile, ...live];
}

/** The lock that refuses this order from this nation, or null when none does. */
export function lockOn(c: ScenarioContent, s: GameState, order: Order, nation: NationState): ActiveLock | null {
  if (!c.classRules?.locks.length && !s.leverLocks.length) return null;
  for (const lock of activeLocks(c, s)) {
    if (lock.order !== order.kind) continue;
    if (lock.nations.length > 0 && !lock.nations.includes(nation.id)) continue;
    if (lock.belowReadinessFloor && !goesBelowReadiness(c, order, nation)) continue;
    return lock;
  }
  return null;
}
