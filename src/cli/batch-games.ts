/**
 * The campaigns of a batch, a slice of seeds at a time: what one worker
 * thread plays (batch-pool.ts), or the main thread with one worker. The i-th
 * seed is fixed, so a campaign is the same whichever thread plays it.
 */
import { SEED_SPACE, seedFromValue } from '../share/seed-code';
import type { ScenarioContent } from '../sim/content';
import { gameMetrics, scoreGame } from '../sim/metrics';
import type { PolicyName } from '../sim/policies';
import { playGame } from '../sim/replay';
import { loadScenario, newGame } from './scenario-files';
import { ordersSource } from './setup';

/** The i-th seed of a batch: fixed, so two batches of the same size play the same wars. */
export function batchSeed(i: number) {
  return seedFromValue(((i + 1) * 2654435761) % SEED_SPACE);
}

/** One campaign's result: what the batch's percentiles and win rate are made of. */
export interface GameRow {
  score: ReturnType<typeof scoreGame>;
  metrics: ReturnType<typeof gameMetrics>;
}

/** Seeds `from` up to (not including) `to` of a scenario with one policy. */
export interface Slice {
  scenario: string;
  policy: PolicyName;
  from: number;
  to: number;
}

const loaded = new Map<string, ScenarioContent>();
const contentOf = (ref: string) => {
  let c = loaded.get(ref);
  if (!c) loaded.set(ref, (c = loadScenario(ref).content));
  return c;
};

export function playSlice(slice: Slice): GameRow[] {
  const content = contentOf(slice.scenario);
  const rows: GameRow[] = [];
  for (let i = slice.from; i < slice.to; i++) {
    const start = newGame(content, batchSeed(i));
    const { final } = playGame(content, start, ordersSource(content, start, slice.policy, undefined), { hashTurns: false });
    rows.push({ score: scoreGame(content, final), metrics: gameMetrics(content, final) });
  }
  return rows;
}
