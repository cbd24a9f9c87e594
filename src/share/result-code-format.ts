/** How a result code is recognised, without loading the code that unpacks it. */
export const RESULT_PREFIX = 'ROL1.';

export function isResultCode(text: string): boolean {
  return text.trim().startsWith(RESULT_PREFIX);
}
