/**
 * splitByWeights shares deliveries among a pooled order's buyers and a front's fire among its
 * sectors. Its rule: parts in proportion, rounded down, that add up to the total, the units left
 * going one each to the largest weights first (ties to the first). Checked against that rule
 * written the plain way (sort, then deal), for few weights (the fast path) and many.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByWeights } from '../../src/sim/int-math';

function byTheRule(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((a, p) => a + p, 0);
  const order = weights.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b);
  for (let k = 0; left > 0; k = (k + 1) % order.length)
    if (weights[order[k]!]! > 0) {
      parts[order[k]!]!++;
      left--;
    }
  return parts;
}

describe('splitByWeights', () => {
  it('splits by the rule, and the parts add up to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 40 }), (total, weights) => {
        const parts = splitByWeights(total, weights);
        expect(parts).toEqual(byTheRule(total, weights));
        if (weights.some((w) => w > 0)) expect(parts.reduce((a, p) => a + p, 0)).toBe(total);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the units left to the largest weights, ties to the first', () => {
    expect(splitByWeights(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitByWeights(5, [1, 3, 3, 0])).toEqual([0, 3, 2, 0]);
  });
});
