/** Points of an objective as the player reads them: whole points earned of its weight, and the rest lost. */
import { BP } from '../sim/int-math';
import type { ObjectiveResult } from '../sim/score';

type Part = Pick<ObjectiveResult, 'attainmentBp' | 'weight'>;

/** Whole points one objective earns on its own, rounded down (a warning's "if it stays so"). */
export function pointsEarned(o: Part): number {
  return Math.floor((o.attainmentBp * o.weight) / BP);
}

/**
 * Whole points each objective of a score earned, adding up to the score: each part rounded down,
 * then the points the rounding dropped given back to the largest remainders (play-test: a table of
 * 23 + 22 + 9 + 8 + 0 + 10 + 5 = 77 under a score of 79). With weights that sum to 100, as every
 * shipped scenario's do, the parts add up to the score exactly.
 */
export function objectivePoints(objectives: readonly Part[]): number[] {
  const exact = objectives.map((o) => o.attainmentBp * o.weight);
  const parts = exact.map((x) => Math.floor(x / BP));
  let dropped = Math.floor(exact.reduce((a, x) => a + x, 0) / BP) - parts.reduce((a, x) => a + x, 0);
  const order = exact.map((_, i) => i).sort((a, b) => (exact[b]! % BP) - (exact[a]! % BP) || a - b);
  for (const i of order) {
    if (dropped <= 0) break;
    if (exact[i]! % BP === 0) continue;
    parts[i]!++;
    dropped--;
  }
  return parts;
}

/** Points each objective of a score lost: its weight less what `objectivePoints` shows it earned. */
export function objectivePointsLost(objectives: readonly Part[]): number[] {
  const earned = objectivePoints(objectives);
  return objectives.map((o, i) => o.weight - earned[i]!);
}
