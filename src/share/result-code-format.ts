/** How a result code is recognised, without loading the code that unpacks it. */
export const RESULT_PREFIX = 'ROL2.';
/** Version-1 codes (orders without actors) are still read, and migrated. */
export const RESULT_PREFIXES = ['ROL2.', 'ROL1.'] as const;
/** A 52-month game's code is tens of kB; anything far larger is refused before it is unpacked. */
export const MAX_RESULT_CODE_CHARS = 2_000_000;
/** Unpacked size past which a code is refused: a real one unpacks to well under a megabyte. */
export const MAX_UNPACKED_BYTES = 4 * 1024 * 1024;

export function isResultCode(text: string): boolean {
  const t = text.trim();
  return RESULT_PREFIXES.some((p) => t.startsWith(p));
}
