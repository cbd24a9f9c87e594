/**
 * A team key: what a team types on another device to go on with its game there, like `K7QM-2XB4-9PTR-5`,
 * when its laptop died or its browser lost its token (trainer play-test: a dead laptop meant starting over
 * under a new name). The trainer's desk asks the server for one; it then replaces the team's token.
 * Twelve characters of the seed-code alphabet (31^12, about 59 bits) and a check character: case-insensitive,
 * O read as 0 and I or L as 1, a single mistyped character or a swap caught before it reaches the server.
 */
import { ALPHABET, BASE, checkChar, normalizeCode } from '../seed-code';

const DATA_CHARS = 12;

function format(digits: readonly number[]): string {
  const data = digits.map((d) => ALPHABET[d]).join('');
  return `${data.slice(0, 4)}-${data.slice(4, 8)}-${data.slice(8)}-${checkChar(digits)}`;
}

/** A fresh key from a source of random 32-bit words (the server's). */
export function newTeamKey(randomUint32: () => number): string {
  return format(Array.from({ length: DATA_CHARS }, () => randomUint32() % BASE));
}

export type TeamKeyResult = { ok: true; key: string } | { ok: false; error: string };

export function parseTeamKey(input: string): TeamKeyResult {
  if (input.length > 60) return { ok: false, error: 'a team key has 13 characters (like K7QM-2XB4-9PTR-5)' };
  const cleaned = normalizeCode(input);
  if (cleaned.length !== DATA_CHARS + 1)
    return { ok: false, error: `a team key has ${DATA_CHARS + 1} characters (like K7QM-2XB4-9PTR-5); "${input.trim()}" has ${cleaned.length}` };
  const digits: number[] = [];
  for (let i = 0; i < DATA_CHARS; i++) {
    const d = ALPHABET.indexOf(cleaned[i]!);
    if (d < 0 || d >= BASE) return { ok: false, error: `"${cleaned[i]}" (character ${i + 1}) is not used in team keys` };
    digits.push(d);
  }
  if (checkChar(digits) !== cleaned[DATA_CHARS]) return { ok: false, error: `"${input.trim()}" does not check out: a character is mistyped` };
  return { ok: true, key: format(digits) };
}

/** The shape the server reads a key in (parsed and formatted by the browser first). */
export const TEAM_KEY_PATTERN = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/;
