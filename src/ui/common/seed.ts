/** Seeds for the session: a fresh random one, and the value of a (valid) seed code. */
import { parseSeed, randomSeed } from '../../share/seed-code';

export function freshSeed(): string {
  return randomSeed(() => crypto.getRandomValues(new Uint32Array(1))[0]!).code;
}

/** The numeric value of a game's (already valid) seed code. */
export function seedValue(code: string): number {
  const r = parseSeed(code);
  return r.ok ? r.seed.value : 0;
}
