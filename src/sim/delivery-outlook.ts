/**
 * When a contract's deliveries come, month by month, as its firm's queue will
 * serve them. The projection runs the resolver's own rules for one firm and
 * product: lines being built or reactivated open on their date, ordered
 * shifts join on theirs, each line makes up to its capacity on its learning
 * curve what the firm's contracts are due, and the output goes to the
 * contracts oldest first (late buyers queue). What it cannot know is said
 * with it: a plant that slips, a line waiting for workers, an input that runs
 * short, a weekend accident, and orders not given yet.
 */
import { firmSpec, type ScenarioContent } from './content';
import { signContract } from './contract';
import { dueThisMonth, receiveDue } from './contract-schedule';
import { copyState } from './copy-state';
import { findContract, findLine } from './find';
import { joinShift, lineCapacity, openLine, recordOutput } from './production-line';
import type { Contract, GameState, Offer } from './types';

export interface DeliveryOutlook {
  contractId: string;
  perMonth: number;
  /** the first month its schedule allows deliveries (signing month + the firm's production cycle) */
  scheduledFirstMonth: number;
  /** the month of `units[0]`: the state's month */
  fromMonth: number;
  /** units it receives in each month from `fromMonth` to the last month projected */
  units: number[];
  /** the first month it receives units, or -1 when none come within the projection */
  firstMonth: number;
  /** units in that first month */
  firstUnits: number;
  /** the first month it receives its full monthly rate (or its last units), or -1 */
  fullRateMonth: number;
  /** the month of its last unit, or -1 when units are still owed at the end of the projection */
  lastMonth: number;
  /** the line its capacity clause brings, and the month it is due to open */
  capacityLine: { lineId: string; readyMonth: number } | null;
}

/** Opens the lines whose date has come and joins their ordered shifts, as the construction phase does when nothing slips or waits. */
function build(c: ScenarioContent, w: GameState, month: number, firmId: string, product: string): void {
  for (const line of w.lines) {
    if (line.firmId !== firmId || line.product !== product) continue;
    if ((line.status === 'building' || line.status === 'reactivating') && line.readyMonth <= month) openLine(line);
    for (let i = 0; i < line.pendingShifts.length;) {
      const p = line.pendingShifts[i]!;
      if (p.readyMonth > month) i++;
      else {
        line.pendingShifts.splice(i, 1);
        joinShift(c, line, p);
      }
    }
  }
}

/** The firm's output this month: each line makes up to its capacity what its contracts are due, as the industry phase plans it. */
function make(c: ScenarioContent, w: GameState, month: number, queue: readonly Contract[]): number {
  let left = 0;
  for (const k of queue) left += dueThisMonth(k, month);
  let made = 0;
  for (const line of w.lines) {
    if (line.firmId !== queue[0]!.firmId || line.product !== queue[0]!.product) continue;
    const units = Math.min(lineCapacity(c, line, month), left);
    left -= units;
    made += units;
    recordOutput(line, units);
  }
  return made;
}

/** Projects `contractId` on the working state `w` (changed in place) until it completes or `untilMonth`. */
function project(c: ScenarioContent, w: GameState, contractId: string, untilMonth: number): DeliveryOutlook | null {
  const target = findContract(w, contractId);
  if (!target) return null;
  const queue = w.contracts.filter((k) => k.firmId === target.firmId && k.product === target.product);
  const line = target.capacityLineId ? findLine(w, target.capacityLineId) : undefined;
  const out: DeliveryOutlook = {
    contractId,
    perMonth: target.perMonth,
    scheduledFirstMonth: target.firstDeliveryMonth,
    fromMonth: w.month,
    units: [],
    firstMonth: -1,
    firstUnits: 0,
    fullRateMonth: -1,
    lastMonth: -1,
    capacityLine: line ? { lineId: line.id, readyMonth: line.readyMonth } : null,
  };
  for (let month = w.month; month <= untilMonth && target.status === 'active'; month++) {
    build(c, w, month, target.firmId, target.product);
    let pool = make(c, w, month, queue);
    let got = 0;
    for (const k of queue) {
      const give = receiveDue(k, month, pool);
      pool -= give;
      if (k === target) got = give;
    }
    out.units.push(got);
    if (got > 0 && out.firstMonth < 0) {
      out.firstMonth = month;
      out.firstUnits = got;
    }
    const done = target.delivered === target.perMonth * target.months;
    if (out.fullRateMonth < 0 && (got >= target.perMonth || (got > 0 && done))) out.fullRateMonth = month;
    if (done) out.lastMonth = month;
  }
  return out;
}

/** A signed contract's deliveries from the state's month to the game's end (or `untilMonth`). */
export function deliveryOutlook(c: ScenarioContent, s: GameState, contractId: string, untilMonth = c.endMonth): DeliveryOutlook | null {
  return project(c, copyState(s), contractId, untilMonth);
}

/** The deliveries an offer would get if it were signed now on these terms, behind the firm's present queue. */
export function offerOutlook(c: ScenarioContent, s: GameState, offer: Offer, untilMonth = c.endMonth): DeliveryOutlook | null {
  if (!firmSpec(c, offer.firmId)) return null;
  const w = copyState(s);
  const contract = signContract(c, w, offer);
  return project(c, w, contract.id, untilMonth);
}
