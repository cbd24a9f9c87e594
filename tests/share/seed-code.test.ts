import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSeed, randomSeed, SEED_SPACE, seedFromValue } from '../../src/share/seed-code';

describe('seed codes', () => {
  it('round-trip every 40-bit value, in lower case too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEED_SPACE - 1 }), (v) => {
        const code = seedFromValue(v).code;
        expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
        const back = parseSeed(code.toLowerCase().replace(/-/g, ' '));
        expect(back.ok && back.seed.value).toBe(v);
      }),
    );
  });

  it('reads O as zero and I or L as one', () => {
    const code = seedFromValue(32 * 32 + 1).code; // contains 0s and a 1
    const typed = code.replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseSeed(typed)).toEqual({ ok: true, seed: seedFromValue(32 * 32 + 1) });
  });

  it('catches any single mistyped character', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEED_SPACE - 1 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 31 }), (v, pos, shift) => {
        const chars = seedFromValue(v).code.replace(/-/g, '').split('');
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        chars[pos] = alphabet[(alphabet.indexOf(chars[pos]!) + shift) % 32]!;
        expect(parseSeed(chars.join('')).ok).toBe(false);
      }),
    );
  });

  it('catches any two characters swapped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEED_SPACE - 1 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), (v, a, b) => {
        const chars = seedFromValue(v).code.replace(/-/g, '').split('');
        fc.pre(chars[a] !== chars[b]);
        [chars[a], chars[b]] = [chars[b]!, chars[a]!];
        expect(parseSeed(chars.join('')).ok).toBe(false);
      }),
    );
  });

  it('explains what is wrong with a bad code', () => {
    expect(parseSeed('ABC')).toEqual({ ok: false, error: expect.stringMatching(/9 characters/) });
    expect(parseSeed('ABCD-EFGH-U')).toEqual({ ok: false, error: expect.stringMatching(/"U".*not used/) });
  });

  it('fresh seeds use the caller’s randomness', () => {
    let n = 0;
    const words = [0xab, 0x12345678];
    expect(randomSeed(() => words[n++]!).value).toBe((0xab * 2 ** 32 + 0x12345678) % SEED_SPACE);
  });
});
