/**
 * Challenge seeds and the seed of the day (issue 12, item 6): the shipped
 * challenges are at least ten, of the current rules, and the score each shows
 * is the one the balanced policy really reaches on its seed (re-played here,
 * final hash and all); the seed of the day is a valid seed, the same for a
 * date wherever it is computed, and another the next day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioById, newGame } from '../../src/cli/scenario-files';
import { challengesFileSchema, seedOfTheDay, utcDate } from '../../src/share/challenges';
import { parseSeed } from '../../src/share/seed-code';
import { hashState } from '../../src/sim/hash';
import { scoreGame } from '../../src/sim/metrics';
import { POLICIES } from '../../src/sim/policies';
import { playGame } from '../../src/sim/replay';
import { RULES_VERSION } from '../../src/sim/rules-version';

const file = challengesFileSchema.parse(JSON.parse(readFileSync('seeds/challenges.json', 'utf8')));

describe('challenges', () => {
  it('at least ten, made under the current rules, each seed once, each with why it is worth playing', () => {
    expect(file.rulesVersion).toBe(RULES_VERSION);
    expect(file.challenges.length).toBeGreaterThanOrEqual(10);
    expect(new Set(file.challenges.map((c) => c.id)).size).toBe(file.challenges.length);
    expect(new Set(file.challenges.map((c) => `${c.scenario}/${c.seed}`)).size).toBe(file.challenges.length);
    for (const c of file.challenges) expect(c.why.length).toBeGreaterThan(30);
  });

  it.each(file.challenges.map((c) => [c.id, c] as const))('%s: the balanced policy reaches the score shown, to the same final state', (_, c) => {
    const { content } = loadScenarioById(c.scenario);
    const seed = parseSeed(c.seed);
    if (!seed.ok) throw new Error(seed.error);
    const start = newGame(content, seed.seed);
    const all = start.nations.map((n) => n.id);
    const { final } = playGame(content, start, (s) => POLICIES.balanced(content, s, all), { hashTurns: false });
    expect(scoreGame(content, final).score).toBe(c.balanced.score);
    expect(hashState(final)).toBe(c.balanced.finalHash);
  });
});

describe('the seed of the day', () => {
  it('is a valid seed, the same for a date, and another on most days of a year', () => {
    expect(seedOfTheDay('2026-11-22')).toBe(seedOfTheDay('2026-11-22'));
    expect(parseSeed(seedOfTheDay('2026-11-22')).ok).toBe(true);
    const year = Array.from({ length: 365 }, (_, i) => seedOfTheDay(utcDate(new Date(Date.UTC(2026, 0, 1 + i)))));
    expect(new Set(year).size).toBeGreaterThan(360);
  });

  it('counts the date in UTC, so a class across time zones shares it', () => {
    expect(utcDate(new Date('2026-11-22T23:30:00-05:00'))).toBe('2026-11-23');
    expect(utcDate(new Date('2026-11-22T00:30:00+02:00'))).toBe('2026-11-21');
  });
});
