/**
 * Class codes: what a team types to join a live class, like `K7Q-M2X-B`. Six
 * characters of the seed-code alphabet (31^6, about 887 million codes) and a
 * check character, with the seed code's rules: case-insensitive, O read as 0
 * and I or L as 1, every single mistyped character and every swap caught.
 */
import { ALPHABET, checkChar } from '../seed-code';
import { randomDigits, readCheckedCode } from './checked-code';

const KIND = { name: 'a class code', dataChars: 6, example: 'K7Q-M2X-B' };

export type ClassCodeResult = { ok: true; code: string } | { ok: false; error: string };

function format(digits: readonly number[]): string {
  const data = digits.map((d) => ALPHABET[d]).join('');
  return `${data.slice(0, 3)}-${data.slice(3)}-${checkChar(digits)}`;
}

/** A fresh class code from any source of random 32-bit words (the server's). */
export function newClassCode(randomUint32: () => number): string {
  return format(randomDigits(KIND.dataChars, randomUint32));
}

export function parseClassCode(input: string): ClassCodeResult {
  const read = readCheckedCode(input, KIND);
  return read.ok ? { ok: true, code: format(read.digits) } : read;
}
