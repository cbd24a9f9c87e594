/**
 * Integer arithmetic for the simulation. Every rate is in basis points and
 * every curve is a literal table interpolated with integer division, so a
 * result is the same bit for bit in Node and in any browser.
 */

export const BP = 10000;

/** floor(a × b / c) for non-negative c; exact while a × b stays below 2^53. */
export function mulDiv(a: number, b: number, c: number): number {
  return Math.floor((a * b) / c);
}

/** a scaled by a rate in basis points, rounded down. */
export function applyBp(a: number, bp: number): number {
  return Math.floor((a * bp) / BP);
}

/** a ÷ b in basis points (b = 0 gives `whenZero`). */
export function ratioBp(a: number, b: number, whenZero = BP * 100): number {
  return b === 0 ? whenZero : Math.floor((a * BP) / b);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** ceil(a / b) for positive integers. */
export function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/**
 * A piecewise-linear curve given as [x, y] points with increasing x.
 * Below the first point it is flat at the first y, above the last at the last y.
 */
export type Curve = readonly (readonly [number, number])[];

export function lookup(curve: Curve, x: number): number {
  // Indexed reads, not destructuring: this runs for every path and curve each month (issue 14).
  if (x <= curve[0]![0]) return curve[0]![1];
  for (let i = 1; i < curve.length; i++) {
    const p1 = curve[i]!;
    if (x <= p1[0]) {
      const p0 = curve[i - 1]!;
      return p0[1] + Math.trunc(((p1[1] - p0[1]) * (x - p0[0])) / (p1[0] - p0[0]));
    }
  }
  return curve[curve.length - 1]![1];
}

/**
 * Splits `total` in proportion to `weights`, exactly: the parts add up to the
 * total, and the remainder goes to the largest weights first (ties by index).
 */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  if (weights.length > 30) return splitMany(total, weights);
  // Most contracts have one buyer: nothing to split.
  if (weights.length === 1) return [weights[0]! > 0 ? total : 0];
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum <= 0) return weights.map(() => 0);
  const parts = new Array<number>(weights.length);
  let left = total;
  for (let i = 0; i < weights.length; i++) left -= parts[i] = Math.floor((total * weights[i]!) / sum);
  // Each positive weight's floor loses less than one unit, so fewer units are left than there are
  // positive weights: one each to the largest weights (ties by index), picked without sorting.
  let given = 0;
  for (; left > 0; left--) {
    let best = -1;
    for (let i = 0; i < weights.length; i++) if (!(given & (1 << i)) && weights[i]! > 0 && (best < 0 || weights[i]! > weights[best]!)) best = i;
    given |= 1 << best;
    parts[best]!++;
  }
  return parts;
}

/** The same split for more weights than a bit mask holds: the remainder by a sorted order. */
function splitMany(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = weights.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b);
  for (let k = 0; left > 0; k = (k + 1) % order.length) {
    const i = order[k]!;
    if (weights[i]! > 0) {
      parts[i]!++;
      left--;
    }
  }
  return parts;
}
