/**
 * Fuzz (issue 10, item 8): 10,000 mutated class files and 10,000 mutated
 * class links are each read or refused with a reason (JSON paths for files),
 * never an exception; a valid mutant plays its first month.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { buildContent } from '../../src/scenario/build-content';
import { newGame } from '../../src/scenario/build-game';
import { readClassText, readClassValue, shelfFrom } from '../../src/share/class-file';
import { makeClassLink, parseClassLink } from '../../src/share/class-link';
import { parseSeed } from '../../src/share/seed-code';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { aClass } from '../class-fixture';
import { mutator, type MutableJson } from '../mutate';

const { rng, mutate, paths, expectPaths } = mutator(20261121);
const shelf = shelfFrom([loadScenarioById('race-in-a-lesson').scenario]);

const base = aClass({ roles: ['PL', 'US', 'coordinator'] }) as unknown as MutableJson;

describe('fuzzing class files and links', () => {
  it('10,000 mutated class files are each read or refused with JSON paths, never an exception', () => {
    const allPaths = paths(base);
    let valid = 0;
    for (let i = 0; i < 10_000; i++) {
      let text = JSON.stringify(mutate(base, allPaths));
      if (i % 50 === 0) text = text.slice(0, uniformInt(rng, 0, text.length - 1));
      const read = readClassText(text, shelf);
      if (!read.ok) {
        expectPaths(read.problems);
        continue;
      }
      valid++;
      if (valid % 25 === 0) {
        const c = buildContent(read.session.scenario);
        const seed = parseSeed(read.session.file.seed);
        if (seed.ok) resolveTurn(c, newGame(c, seed.seed), [], { explain: false });
      }
    }
    expect(valid).toBeGreaterThan(500);
  });

  it('10,000 mutated class links are each opened or answered with a reason, never an exception', () => {
    const link = makeClassLink('http://x/', base as never, 'PL');
    const hash = link.slice(link.indexOf('#'));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=&%.?#';
    let opened = 0;
    for (let i = 0; i < 10_000; i++) {
      const chars = [...hash];
      const edits = uniformInt(rng, 1, 4);
      for (let e = 0; e < edits; e++) {
        const at = uniformInt(rng, 0, chars.length - 1);
        const kind = uniformInt(rng, 0, 2);
        if (kind === 0) chars.splice(at, 1);
        else if (kind === 1) chars[at] = alphabet[uniformInt(rng, 0, alphabet.length - 1)]!;
        else chars.splice(at, chars.length - at);
      }
      const parsed = parseClassLink(chars.join(''));
      if (parsed.kind === 'broken') expect(parsed.problem.length).toBeGreaterThan(0);
      if (parsed.kind !== 'class') continue;
      const read = readClassValue(parsed.value, shelf);
      if (read.ok) opened++;
      else expectPaths(read.problems);
    }
    // Most edits break the deflated text; a few land in the role or after it.
    expect(opened).toBeGreaterThan(0);
  });
});
