/** What the page and the forecast workers say to each other (odds-pool.ts, odds-worker.ts). */
import type { ScenarioFile } from '../../../scenario/schema';
import type { Future, FuturePlan } from '../../../sim';
import type { GameState } from '../../../sim';

/** Play futures `from` up to `to` of job `job` (a newer job, or `cancel`, stops the one before between chunks). */
export type ToOddsWorker =
  | { kind: 'futures'; job: number; scenario: ScenarioFile; contentHash: string; state: GameState; plan: FuturePlan; from: number; to: number }
  | { kind: 'cancel' };

export type FromOddsWorker = { kind: 'futures'; job: number; from: number; futures: Future[] } | { kind: 'failed'; job: number; reason: string };
