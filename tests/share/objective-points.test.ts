/** The score's parts as the debrief's table shows them add up to the score. */
import { describe, expect, it } from 'vitest';
import { objectivePoints, objectivePointsLost, pointsEarned } from '../../src/share/objective-points';

describe('the points each objective earned', () => {
  it('add up to the score when the weights sum to 100: the rounding the parts drop goes to the largest remainders', () => {
    // Exact parts 23.9, 22.8, 9.7, 8.6, 0, 10, 5 = 80.0: rounded down each they read 77.
    const parts = [
      { attainmentBp: 7_967, weight: 30 },
      { attainmentBp: 9_120, weight: 25 },
      { attainmentBp: 6_467, weight: 15 },
      { attainmentBp: 8_600, weight: 10 },
      { attainmentBp: 0, weight: 5 },
      { attainmentBp: 10_000, weight: 10 },
      { attainmentBp: 10_000, weight: 5 },
    ];
    expect(parts.map(pointsEarned).reduce((a, b) => a + b, 0)).toBe(77);
    const shown = objectivePoints(parts);
    expect(shown.reduce((a, b) => a + b, 0)).toBe(Math.floor(parts.reduce((a, o) => a + o.attainmentBp * o.weight, 0) / 10_000));
    expect(shown).toEqual([24, 23, 10, 8, 0, 10, 5]);
    // No part exceeds its weight, an objective met in full keeps its weight, and what is lost is the rest.
    expect(objectivePointsLost(parts)).toEqual([6, 2, 5, 2, 5, 0, 0]);
  });
});
