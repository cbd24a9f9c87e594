/** Points of an objective as the player reads them: whole points earned of its weight, and the rest lost. */
import { BP } from '../sim/int-math';
import type { ObjectiveResult } from '../sim/score';

/** Whole points earned (rounded down, as the debrief's table shows them). */
export function pointsEarned(o: Pick<ObjectiveResult, 'attainmentBp' | 'weight'>): number {
  return Math.floor((o.attainmentBp * o.weight) / BP);
}

export function pointsLost(o: Pick<ObjectiveResult, 'attainmentBp' | 'weight'>): number {
  return o.weight - pointsEarned(o);
}
