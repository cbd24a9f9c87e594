/**
 * Class codes: what a team types to join a live class, like `K7Q-M2X-B`. Six
 * characters of the seed-code alphabet (31^6, about 887 million codes) and a
 * check character, with the seed code's rules: case-insensitive, O read as 0
 * and I or L as 1, every single mistyped character and every swap caught.
 */
import { ALPHABET, BASE, checkChar, normalizeCode } from '../seed-code';

const DATA_CHARS = 6;

export type ClassCodeResult = { ok: true; code: string } | { ok: false; error: string };

function format(digits: readonly number[]): string {
  const data = digits.map((d) => ALPHABET[d]).join('');
  return `${data.slice(0, 3)}-${data.slice(3)}-${checkChar(digits)}`;
}

/** A fresh class code from any source of random 32-bit words (the server's). */
export function newClassCode(randomUint32: () => number): string {
  return format(Array.from({ length: DATA_CHARS }, () => randomUint32() % BASE));
}

export function parseClassCode(input: string): ClassCodeResult {
  if (input.length > 40) return { ok: false, error: 'a class code has 7 characters (like K7Q-M2X-B)' };
  const cleaned = normalizeCode(input);
  if (cleaned.length !== DATA_CHARS + 1)
    return { ok: false, error: `a class code has ${DATA_CHARS + 1} characters (like K7Q-M2X-B); "${input.trim()}" has ${cleaned.length}` };
  const digits: number[] = [];
  for (let i = 0; i < DATA_CHARS; i++) {
    const d = ALPHABET.indexOf(cleaned[i]!);
    if (d < 0 || d >= BASE) return { ok: false, error: `"${cleaned[i]}" (character ${i + 1}) is not used in class codes` };
    digits.push(d);
  }
  if (checkChar(digits) !== cleaned[DATA_CHARS]) return { ok: false, error: `"${input.trim()}" does not check out: a character is mistyped` };
  return { ok: true, code: format(digits) };
}
