/**
 * Fuzz (issue 10, item 8): 10,000 mutated result codes, checked as the results
 * dashboard and `sim results` check them (verifySubmission). Each is verified
 * or refused with a reason, never an exception: 6,000 with characters of the
 * code edited, and 4,000 with the game inside changed and packed again, so
 * they pass the code's own envelope and reach the re-simulation.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { pack } from '../../src/share/packed';
import { RESULT_PREFIX } from '../../src/share/result-code';
import { verifySubmission } from '../../src/share/results/verify-submission';
import type { Verdict } from '../../src/share/results/verdict';
import { mutator, type MutableJson } from '../mutate';
import { teamCode } from '../result-codes';

const { rng, mutate, paths } = mutator(20261122);
const { content } = loadScenario('race-in-a-lesson');
const contentFor = (id: string) => (id === content.id ? content : undefined);
const played = teamCode({ team: 'Kestrels', policy: 'historical', seed: 'RACE-2023-X', scenario: 'race-in-a-lesson' });

/** Every verdict is either a team with its score or a refusal that says why. */
function expectAnswered(v: Verdict, kinds: Map<string, number>) {
  if (v.ok) expect(v.result.score).toBeGreaterThanOrEqual(0);
  else expect(v.refusal.kind.length).toBeGreaterThan(0);
  const kind = v.ok ? 'verified' : v.refusal.kind;
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
}

describe('fuzzing result codes', () => {
  it('6,000 codes with characters edited are each verified or refused with a reason, never an exception', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_. \n';
    const kinds = new Map<string, number>();
    for (let i = 0; i < 6_000; i++) {
      const chars = [...played.code];
      for (let e = uniformInt(rng, 1, 3); e > 0; e--) {
        const at = uniformInt(rng, 0, chars.length - 1);
        const kind = uniformInt(rng, 0, 2);
        if (kind === 0) chars.splice(at, 1);
        else if (kind === 1) chars[at] = alphabet[uniformInt(rng, 0, alphabet.length - 1)]!;
        else chars.splice(at, chars.length - at);
      }
      expectAnswered(verifySubmission({ source: `code ${i}`, text: chars.join('') }, contentFor), kinds);
    }
    // Almost every edit breaks the deflated text or its check; none is taken for a team's game unchanged.
    expect(kinds.get('unreadable') ?? 0).toBeGreaterThan(5_000);
  });

  it('4,000 codes whose game was changed and packed again are each verified or refused with a reason, never an exception', () => {
    const base = { replay: played.replay, claim: { score: played.score.score, outcome: played.score.outcome, team: 'Kestrels' } } as unknown as MutableJson;
    const allPaths = paths(base);
    const kinds = new Map<string, number>();
    for (let i = 0; i < 4_000; i++) {
      const text = pack(RESULT_PREFIX, mutate(base, allPaths));
      expectAnswered(verifySubmission({ source: `game ${i}`, text }, contentFor), kinds);
    }
    // Changed games reach the re-simulation and are caught there, not only by the schema.
    expect(kinds.get('unreadable') ?? 0).toBeGreaterThan(0);
    expect((kinds.get('tampered') ?? 0) + (kinds.get('doesNotHold') ?? 0) + (kinds.get('claimDiffers') ?? 0)).toBeGreaterThan(100);
  });
});
