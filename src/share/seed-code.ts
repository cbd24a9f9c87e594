/**
 * Seed codes: 8 base-31 characters (about 39.6 bits) and a check character,
 * shown as `K7QM-2XPA-B`, from Crockford's alphabet (no I, L, O or U; Z only
 * in the check place). Case-insensitive; O reads as 0 and I or L as 1. The
 * check is a weighted sum mod 31: 31 is prime and no digit or weight
 * difference reaches it, so every single mistyped character and every swap of
 * two characters is caught.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const BASE = 31;
const DATA_CHARS = 8;
/** How many seeds there are: 31^8. */
export const SEED_SPACE = 852_891_037_441;

export interface Seed {
  /** canonical form, e.g. `K7QM-2XPA-B` */
  code: string;
  /** 0 .. 2^40 − 1 */
  value: number;
}

export type SeedResult = { ok: true; seed: Seed } | { ok: false; error: string };

export function checkChar(digits: readonly number[]): string {
  let sum = 0;
  digits.forEach((d, i) => (sum += d * (i + 1)));
  return ALPHABET[sum % BASE]!;
}

export function seedFromValue(value: number): Seed {
  if (!Number.isInteger(value) || value < 0 || value >= SEED_SPACE) throw new RangeError(`seed value out of range: ${value}`);
  const digits: number[] = [];
  let v = value;
  for (let i = 0; i < DATA_CHARS; i++) {
    digits.unshift(v % BASE);
    v = Math.floor(v / BASE);
  }
  const data = digits.map((d) => ALPHABET[d]).join('');
  return { code: `${data.slice(0, 4)}-${data.slice(4)}-${checkChar(digits)}`, value };
}

export function parseSeed(input: string): SeedResult {
  const cleaned = normalizeCode(input);
  if (cleaned.length !== DATA_CHARS + 1) {
    return { ok: false, error: `a seed code has ${DATA_CHARS + 1} characters (like K7QM-2XPA-B); "${input.trim()}" has ${cleaned.length}` };
  }
  const digits: number[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    const d = ALPHABET.indexOf(cleaned[i]!);
    if (d < 0 || (d >= BASE && i < DATA_CHARS)) return { ok: false, error: `"${cleaned[i]}" (character ${i + 1}) is not used in seed codes` };
    digits.push(d);
  }
  const data = digits.slice(0, DATA_CHARS);
  if (checkChar(data) !== cleaned[DATA_CHARS]) {
    return { ok: false, error: `"${input.trim()}" does not check out: a character is mistyped` };
  }
  const value = data.reduce((v, d) => v * BASE + d, 0);
  return { ok: true, seed: seedFromValue(value) };
}

/** A typed code as its canonical characters: no spaces or dashes, upper case, O read as 0 and I or L as 1. */
export function normalizeCode(input: string): string {
  return input.trim().toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** A fresh seed from any source of random 32-bit words (the caller's, never the simulation's). */
export function randomSeed(randomUint32: () => number): Seed {
  const hi = randomUint32() % 256;
  const lo = randomUint32() >>> 0;
  return seedFromValue((hi * 2 ** 32 + lo) % SEED_SPACE);
}
