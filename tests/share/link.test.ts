import { describe, expect, it } from 'vitest';
import { makeShareLink, parseShareLink } from '../../src/share/link';

const known = ['race-of-logistics', 'full-campaign'];

describe('share links', () => {
  it('round-trip a scenario and seed through the URL fragment', () => {
    const link = makeShareLink('https://example.org/game/#old', { scenario: 'full-campaign', seed: 'BA1A-NCED-K' });
    expect(link).toBe('https://example.org/game/#/play?scenario=full-campaign&seed=BA1A-NCED-K');
    expect(parseShareLink(new URL(link).hash, known)).toEqual({ kind: 'game', game: { scenario: 'full-campaign', seed: 'BA1A-NCED-K' } });
  });

  it('accept a seed typed in lower case', () => {
    expect(parseShareLink('#/play?scenario=race-of-logistics&seed=ba1a-nced-k', known)).toEqual({
      kind: 'game',
      game: { scenario: 'race-of-logistics', seed: 'BA1A-NCED-K' },
    });
  });

  it('say what is wrong with a broken link', () => {
    expect(parseShareLink('#/play?scenario=nope&seed=BA1A-NCED-K', known)).toMatchObject({
      kind: 'broken',
      problem: expect.stringContaining('"nope" is not one of'),
    });
    expect(parseShareLink('#/play?scenario=race-of-logistics&seed=BA1A-NCED-X', known)).toMatchObject({
      kind: 'broken',
      problem: expect.stringContaining('mistyped'),
    });
    expect(parseShareLink('#/play?scenario=race-of-logistics', known)).toMatchObject({ kind: 'broken', problem: 'the link carries no seed' });
    expect(parseShareLink('#somewhere', known)).toMatchObject({ kind: 'broken' });
    expect(parseShareLink('', known)).toEqual({ kind: 'none' });
  });
});
