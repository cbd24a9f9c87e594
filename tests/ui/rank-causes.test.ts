/** A Why? lists causes largest first with their shares, and folds only causes smaller than every one it shows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankCauses } from '../../src/ui/report/rank-causes';

const entry = (weights: number[]) => ({ causes: weights.map((_, i) => `c${i}`), weights });

describe('ranking a Why?', () => {
  it('puts the 262,000-shell drawdown first with its share, above the 750-shell deliveries listed before it', () => {
    const r = rankCauses(entry([750, 900, 40_000, 262_000, 750, 120_000]));
    expect(r.shown[0]).toEqual({ id: 'c3', weight: 262_000, sharePct: 62 });
    expect(r.shown.map((c) => c.id)).toEqual(['c3', 'c5', 'c2']);
    expect(r.folded.map((c) => c.id)).toEqual(['c1', 'c0', 'c4']);
    expect(r.foldedSharePct).toBe(1);
  });

  it('ranks a part that pulled the other way by its size', () => {
    const r = rankCauses(entry([30, -300, 60]));
    expect(r.shown.map((c) => [c.id, c.sharePct])).toEqual([
      ['c1', 77],
      ['c2', 15],
      ['c0', 8],
    ]);
  });

  it('never folds a single cause, and keeps the report’s order when it does not weigh the causes', () => {
    expect(rankCauses(entry([95, 5])).folded).toEqual([]);
    const plain = rankCauses({ causes: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] });
    expect(plain.shown.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(plain.folded).toHaveLength(3);
    expect(plain.foldedSharePct).toBeNull();
  });

  it('for any weights: shown largest first, every folded cause no larger than any shown one, shares that add up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 30 }), (weights) => {
        const r = rankCauses(entry(weights));
        const size = (c: { weight?: number }) => Math.abs(c.weight!);
        for (let i = 1; i < r.shown.length; i++) expect(size(r.shown[i]!)).toBeLessThanOrEqual(size(r.shown[i - 1]!));
        const smallest = Math.min(...r.shown.map(size));
        for (const c of r.folded) expect(size(c)).toBeLessThanOrEqual(smallest);
        expect(r.shown.length + r.folded.length).toBe(weights.length);
        expect(r.shown.length).toBeGreaterThan(0);
        expect(r.folded.length === 0 || r.folded.length >= 2).toBe(true);
      }),
    );
  });
});
