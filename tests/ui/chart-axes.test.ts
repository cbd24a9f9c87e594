/** Chart axes always carry at least two ticks, on whole months, the last month included. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthRange, monthTicks, valueRange, valueTicks } from '../../src/ui/report/chart-axes';

describe('chart axes', () => {
  it('a one-month game still has two month ticks inside its range', () => {
    expect(monthTicks(1)).toEqual([0, 1]);
    expect(monthRange(1)).toEqual([0, 1]);
  });

  it('month ticks are whole months, rising, at least two, at most seven, and end on the last month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 240 }), (n) => {
        const t = monthTicks(n);
        expect(t.length).toBeGreaterThanOrEqual(2);
        expect(t.length).toBeLessThanOrEqual(7);
        expect(t.every(Number.isInteger)).toBe(true);
        expect(t.at(-1)).toBe(n - 1);
        for (let i = 1; i < t.length; i++) expect(t[i]!).toBeGreaterThan(t[i - 1]!);
      }),
    );
  });

  it('the value axis spans the data with five distinct ticks, even when every value is zero or equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5_000_000, max: 50_000_000 }), fc.integer({ min: 0, max: 50_000_000 }), (a, b) => {
        const [min, max] = [Math.min(a, b), Math.max(a, b)];
        const range = valueRange(min, max);
        expect(range[0]).toBeLessThanOrEqual(Math.min(0, min));
        expect(range[1]).toBeGreaterThanOrEqual(max);
        const ticks = valueTicks(range);
        expect(new Set(ticks).size).toBe(5);
      }),
    );
    expect(valueRange(0, 0)).toEqual([0, 1]);
    expect(valueRange(0, 170_000)).toEqual([0, 200_000]);
    expect(valueRange(0, 220_000)).toEqual([0, 240_000]);
  });
});
