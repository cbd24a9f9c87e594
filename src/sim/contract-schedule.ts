/**
 * A contract's schedule: when its deliveries may start, what it is due in a
 * month, and taking that from its firm's output. The resolver's industry and
 * delivery phases and the delivery outlook a player reads before signing use
 * these same rules, so a date shown is a date the resolver keeps.
 */
import type { DeepReadonly, FirmSpec } from './content';
import type { Contract } from './types';

/** Deliveries may start after the firm's production cycle (its base lead time) from the month of signing. */
export function scheduledFirstMonth(firm: DeepReadonly<FirmSpec>, signedMonth: number): number {
  return signedMonth + firm.baseLeadMonths;
}

/** Units a contract may receive this month: its schedule to date, less what it already got. */
export function dueThisMonth(c: Contract, month: number): number {
  if (c.status !== 'active' || month < c.firstDeliveryMonth) return 0;
  const scheduled = Math.min(c.perMonth * (month - c.firstDeliveryMonth + 1), c.perMonth * c.months);
  return scheduled - c.delivered;
}

/**
 * Gives a contract what it is due this month from `available` units of its
 * firm's output (the firm serves its contracts oldest first, so late buyers
 * queue); completes it when everything is delivered. Returns the units given.
 */
export function receiveDue(c: Contract, month: number, available: number): number {
  const give = Math.min(dueThisMonth(c, month), available);
  if (give <= 0) return 0;
  c.delivered += give;
  if (c.delivered === c.perMonth * c.months) c.status = 'completed';
  return give;
}
