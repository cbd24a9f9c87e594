/**
 * A production line: capacity per shift × shifts × learning-curve efficiency,
 * plus weekend work. Lines pay upkeep even when idle (why firms want guarantees).
 */
import { applyBp, lookup, type Curve } from './int-math';
import type { GameState, ProductionLine, Product } from './types';

/**
 * Efficiency by months in production since the line was last re-tasked or
 * diluted. A new plant reaches full rate after ~24 months (Unterlüß: 25k rounds
 * in 2025 → 350k a year from 2027; calibration-facts §3, §11 "Ramp after opening").
 */
export const LEARNING_CURVE: Curve = [
  [0, 2000],
  [6, 5000],
  [12, 7500],
  [18, 9000],
  [24, 10000],
];

/** Months of learning lost when a shift of new workers joins a line (dilution). */
export const DILUTION_MONTHS = 4;

export function efficiencyBp(line: ProductionLine): number {
  return lookup(LEARNING_CURVE, line.learningMonths);
}

export function isProducing(line: ProductionLine, month: number): boolean {
  return line.status === 'running' && line.accidentUntil < month;
}

/** Units the line can make this month before inputs bind. */
export function lineCapacity(line: ProductionLine, month: number, weekendBonusBp: number): number {
  if (!isProducing(line, month)) return 0;
  const base = applyBp(line.capacityPerShift * line.shifts, efficiencyBp(line));
  return line.weekend ? base + applyBp(base, weekendBonusBp) : base;
}

/** Full-rate capacity a firm will have once its lines under construction open. */
export function firmPlannedCapacity(s: GameState, firmId: string, product: Product): number {
  let total = 0;
  for (const line of s.lines) {
    if (line.firmId !== firmId || line.product !== product || line.status === 'mothballed') continue;
    total += line.capacityPerShift * line.shifts;
  }
  return total;
}

export const MAX_SHIFTS = 3;
