/**
 * Ticks and ranges for the charts: at least two labelled ticks on each axis, month ticks on whole
 * months only (uPlot's own splits put half-months and a single tick on a one-month game), and the
 * value axis from zero up to a round number above the data.
 */

/** Month ticks as offsets from the first month: whole months, the last always included. */
export function monthTicks(count: number): number[] {
  if (count <= 1) return [0, 1];
  const step = Math.max(1, Math.ceil((count - 1) / 5));
  const ticks: number[] = [];
  for (let t = 0; t < count; t += step) ticks.push(t);
  const last = count - 1;
  // A tick closer than half a step to the last one would print its label over it.
  if (ticks.at(-1) !== last) {
    if (last - ticks.at(-1)! < step / 2 && ticks.length > 1) ticks.pop();
    ticks.push(last);
  }
  return ticks;
}

/** The x range that shows every month, and a second month's room on a one-month chart. */
export const monthRange = (count: number): [number, number] => [0, Math.max(1, count - 1)];

/** The smallest round step (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) that is at least `v`. */
function roundStep(v: number): number {
  if (v <= 0) return 0.25;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** Value range from zero (or below, for negative values) to four round steps above the highest: five even ticks. */
export function valueRange(min: number, max: number): [number, number] {
  if (min >= 0) return [0, 4 * roundStep(max / 4)];
  const step = roundStep(Math.max(max, 0, -min) / 2);
  const below = Math.ceil(-min / step);
  return [-below * step, (4 - below) * step >= max ? (4 - below) * step : Math.ceil(max / step) * step];
}

/** Four steps between the range's ends: five ticks, never one. */
export function valueTicks([lo, hi]: [number, number]): number[] {
  const step = (hi - lo) / 4;
  return [0, 1, 2, 3, 4].map((i) => lo + i * step);
}
