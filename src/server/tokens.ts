/**
 * Secrets of a live class: the trainer's token (created with the class) and
 * each team's (created when it first joins). 128 random bits from the
 * operating system; only their SHA-256 is stored, and they are compared in
 * constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = (): string => randomBytes(16).toString('hex');

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function sameToken(token: string, storedHash: string): boolean {
  const a = Buffer.from(tokenHash(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A random 32-bit word from the operating system: class codes are not guessable in order. */
export const randomWord = (): number => randomBytes(4).readUInt32BE(0);
