/**
 * Seed codes: 8 Crockford base-32 characters (40 bits) and a check character,
 * shown as `K7QM-2XPA-R`. Case-insensitive; O reads as 0 and I or L as 1. The
 * check is a weighted sum mod 31 (prime), so any single mistyped character and
 * any swap of two neighbours is caught.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_CHARS = 8;
export const SEED_BITS = 40;

export interface Seed {
  /** canonical form, e.g. `K7QM-2XPA-R` */
  code: string;
  /** 0 .. 2^40 − 1 */
  value: number;
}

export type SeedResult = { ok: true; seed: Seed } | { ok: false; error: string };

function checkChar(digits: readonly number[]): string {
  let sum = 0;
  digits.forEach((d, i) => (sum += d * (i + 1)));
  return ALPHABET[sum % 31]!;
}

export function seedFromValue(value: number): Seed {
  if (!Number.isInteger(value) || value < 0 || value >= 2 ** SEED_BITS) throw new RangeError(`seed value out of range: ${value}`);
  const digits: number[] = [];
  let v = value;
  for (let i = 0; i < DATA_CHARS; i++) {
    digits.unshift(v % 32);
    v = Math.floor(v / 32);
  }
  const data = digits.map((d) => ALPHABET[d]).join('');
  return { code: `${data.slice(0, 4)}-${data.slice(4)}-${checkChar(digits)}`, value };
}

export function parseSeed(input: string): SeedResult {
  const cleaned = input.trim().toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== DATA_CHARS + 1) {
    return { ok: false, error: `a seed code has ${DATA_CHARS + 1} characters (like K7QM-2XPA-R); "${input.trim()}" has ${cleaned.length}` };
  }
  const digits: number[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    const d = ALPHABET.indexOf(cleaned[i]!);
    if (d < 0) return { ok: false, error: `"${cleaned[i]}" (character ${i + 1}) is not used in seed codes` };
    digits.push(d);
  }
  const data = digits.slice(0, DATA_CHARS);
  if (checkChar(data) !== cleaned[DATA_CHARS]) {
    return { ok: false, error: `seed code "${input.trim()}" does not check out: a character is mistyped` };
  }
  const value = data.reduce((v, d) => v * 32 + d, 0);
  return { ok: true, seed: seedFromValue(value) };
}

/** A fresh seed from any source of random 32-bit words (the caller's, never the simulation's). */
export function randomSeed(randomUint32: () => number): Seed {
  const hi = randomUint32() % 256;
  const lo = randomUint32() >>> 0;
  return seedFromValue(hi * 2 ** 32 + lo);
}
