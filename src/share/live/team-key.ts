/**
 * A team key: what a team types on another device to go on with its game there, like `K7QM-2XB4-9PTR-5`,
 * when its laptop died or its browser lost its token (trainer play-test: a dead laptop meant starting over
 * under a new name). The trainer's desk asks the server for one; it then replaces the team's token.
 * Twelve characters of the seed-code alphabet (31^12, about 59 bits) and a check character: case-insensitive,
 * O read as 0 and I or L as 1, a single mistyped character or a swap caught before it reaches the server.
 */
import { ALPHABET, checkChar } from '../seed-code';
import { randomDigits, readCheckedCode } from './checked-code';

const KIND = { name: 'a team key', dataChars: 12, example: 'K7QM-2XB4-9PTR-5' };

function format(digits: readonly number[]): string {
  const data = digits.map((d) => ALPHABET[d]).join('');
  return `${data.slice(0, 4)}-${data.slice(4, 8)}-${data.slice(8)}-${checkChar(digits)}`;
}

/** A fresh key from a source of random 32-bit words (the server's). */
export function newTeamKey(randomUint32: () => number): string {
  return format(randomDigits(KIND.dataChars, randomUint32));
}

export type TeamKeyResult = { ok: true; key: string } | { ok: false; error: string };

export function parseTeamKey(input: string): TeamKeyResult {
  const read = readCheckedCode(input, KIND);
  return read.ok ? { ok: true, key: format(read.digits) } : read;
}

/** The shape the server reads a key in (parsed and formatted by the browser first). */
export const TEAM_KEY_PATTERN = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/;
