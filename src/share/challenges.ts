/**
 * Challenges: curated seeds in seeds/challenges.json, each a war worth playing
 * for a reason the batch that found it states (`npm run challenges`), with the
 * best score the balanced policy reached on it and that game's final state
 * hash, so the figure shown on the menu is a verified one. And the seed of
 * the day: the same for everyone on a given (UTC) date, so a class or a forum
 * can compare.
 */
import { z } from 'zod';
import { SEED_SPACE, seedFromValue } from './seed-code';

const hash = z.string().regex(/^[0-9a-f]{14}$/);

export const challengeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,48}$/),
  scenario: z.string().min(1).max(48),
  seed: z.string().min(1).max(16),
  title: z.string().min(1).max(80),
  why: z.string().min(1).max(300).describe('what makes this war interesting, from the batch that found it'),
  balanced: z
    .strictObject({ score: z.int().min(0).max(100), finalHash: hash })
    .describe("the balanced policy's game on this seed: its score and final state hash"),
});

export const challengesFileSchema = z.strictObject({
  format: z.literal('race-of-logistics/challenges'),
  version: z.literal(1),
  rulesVersion: z.int().min(1),
  seedsSearched: z.int().min(1),
  challenges: z.array(challengeSchema).min(1).max(100),
});

export type Challenge = z.infer<typeof challengeSchema>;
export type ChallengesFile = z.infer<typeof challengesFileSchema>;

/** The seed of a date (`YYYY-MM-DD`, UTC): FNV-1a of the date's text, folded into the seed space. */
export function seedOfTheDay(date: string): string {
  let h = 0x811c9dc5;
  let hi = 0x01000193;
  for (const ch of `race-of-logistics/${date}`) {
    h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    hi = Math.imul(hi ^ h, 0x85ebca6b) >>> 0;
  }
  return seedFromValue((hi * 2 ** 32 + h) % SEED_SPACE).code;
}

/** Today's date as the seed of the day counts it: UTC, so everyone has the same one at the same moment. */
export const utcDate = (now: Date): string => now.toISOString().slice(0, 10);
