/**
 * A production line: capacity per shift × shifts × learning-curve efficiency,
 * plus weekend work. Lines pay upkeep even when idle (why firms want guarantees).
 * The curve is the scenario's `rules.industry.learningCurve`: a new plant
 * reaches full rate after ~24 months (Unterlüß: 25k rounds in 2025 → 350k a
 * year from 2027; calibration-facts §3, §11 "Ramp after opening").
 */
import type { ScenarioContent } from './content';
import { applyBp, lookup } from './int-math';
import { firmProduct } from './firm-book';
import type { GameState, PendingShift, ProductionLine, ProductId } from './types';

export function efficiencyBp(c: ScenarioContent, line: ProductionLine): number {
  return lookup(c.rules.industry.learningCurve, line.learningMonths);
}

export function isProducing(line: ProductionLine, month: number): boolean {
  return line.status === 'running' && line.accidentUntil < month;
}

/** A line built or reactivated starts running and learns from scratch. */
export function openLine(line: ProductionLine): void {
  line.status = 'running';
  line.learningMonths = 0;
}

/** An ordered shift joins the line: more capacity, and its new workers dilute the line's learning. */
export function joinShift(c: ScenarioContent, line: ProductionLine, shift: PendingShift): void {
  line.shifts++;
  line.shiftPayers.push(shift.payer);
  line.learningMonths = Math.max(0, line.learningMonths - c.rules.industry.dilutionMonths);
}

/** A month with output moves the line along its learning curve; an idle month does not. */
export function recordOutput(line: ProductionLine, units: number): void {
  if (units > 0) line.learningMonths++;
}

/** Units the line can make this month before inputs bind. */
export function lineCapacity(c: ScenarioContent, line: ProductionLine, month: number): number {
  if (!isProducing(line, month)) return 0;
  const base = applyBp(line.capacityPerShift * line.shifts, efficiencyBp(c, line));
  return line.weekend ? base + applyBp(base, c.rules.weekendBonusBp) : base;
}

/** Full-rate capacity a firm will have once its lines under construction open. */
export function firmPlannedCapacity(s: GameState, firmId: string, product: ProductId): number {
  let total = 0;
  for (const line of firmProduct(s, firmId, product).lines) if (line.status !== 'mothballed') total += line.capacityPerShift * line.shifts;
  return total;
}
