/**
 * The codes a class hands around by voice and keyboard (a class code, a team key): characters of the seed-code
 * alphabet and a check character, read with the seed code's rules: case-insensitive, O read as 0 and I or L as
 * 1, every single mistyped character and every swap caught.
 */
import { ALPHABET, BASE, checkChar, normalizeCode } from '../seed-code';

export interface CodeKind {
  /** "a class code", "a team key" */
  name: string;
  dataChars: number;
  /** a well-formed one, for the messages */
  example: string;
}

export type CodeDigits = { ok: true; digits: number[] } | { ok: false; error: string };

/** The code's data digits, or what is wrong with it in the words of its kind. */
export function readCheckedCode(input: string, kind: CodeKind): CodeDigits {
  const length = kind.dataChars + 1;
  if (input.length > 60) return { ok: false, error: `${kind.name} has ${length} characters (like ${kind.example})` };
  const cleaned = normalizeCode(input);
  if (cleaned.length !== length)
    return { ok: false, error: `${kind.name} has ${length} characters (like ${kind.example}); "${input.trim()}" has ${cleaned.length}` };
  const digits: number[] = [];
  for (let i = 0; i < kind.dataChars; i++) {
    const d = ALPHABET.indexOf(cleaned[i]!);
    if (d < 0 || d >= BASE) return { ok: false, error: `"${cleaned[i]}" (character ${i + 1}) is not used in ${kind.name.replace(/^an? /, '')}s` };
    digits.push(d);
  }
  if (checkChar(digits) !== cleaned[kind.dataChars]) return { ok: false, error: `"${input.trim()}" does not check out: a character is mistyped` };
  return { ok: true, digits };
}

/** Fresh data digits from a source of random 32-bit words. */
export const randomDigits = (count: number, randomUint32: () => number): number[] => Array.from({ length: count }, () => randomUint32() % BASE);
