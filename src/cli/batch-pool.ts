/**
 * Batches on every core (issue 14, item 3): the campaigns of one or many
 * batches are cut into slices of seeds, and a pool of worker threads (one per
 * core by default) takes the next slice as it finishes one. Rows are put back
 * in seed order, so any number of workers gives the same answer; with one
 * worker the main thread plays them itself, without threads.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PolicyName } from '../sim/policies';
import { playSlice, type GameRow, type Slice } from './batch-games';

export interface BatchJob {
  scenario: string;
  policy: PolicyName;
  seeds: number;
}

export interface PoolOptions {
  /** worker threads; the machine's cores by default */
  workers?: number;
  /** called after each slice with the campaigns played so far and in all */
  progress?: (done: number, total: number) => void;
}

/** Small enough to keep every core busy to the end, large enough that messages cost nothing next to the campaigns. */
const SLICE_SEEDS = 8;

export const defaultWorkers = () => availableParallelism();

/** Plays every job's seeds; answers each job's rows in seed order. */
export async function playBatches(jobs: readonly BatchJob[], options: PoolOptions = {}): Promise<GameRow[][]> {
  const slices = jobs.flatMap((job, j) =>
    Array.from({ length: Math.ceil(job.seeds / SLICE_SEEDS) }, (_, k) => ({
      job: j,
      slice: { scenario: job.scenario, policy: job.policy, from: k * SLICE_SEEDS, to: Math.min(job.seeds, (k + 1) * SLICE_SEEDS) },
    })),
  );
  const rows = jobs.map((job) => new Array<GameRow>(job.seeds));
  const total = jobs.reduce((sum, job) => sum + job.seeds, 0);
  let done = 0;
  const keep = (at: (typeof slices)[number], played: GameRow[]) => {
    played.forEach((row, i) => (rows[at.job]![at.slice.from + i] = row));
    done += played.length;
    options.progress?.(done, total);
  };
  const workers = Math.min(options.workers ?? defaultWorkers(), slices.length);
  if (workers <= 1) for (const at of slices) keep(at, playSlice(at.slice));
  else await inThreads(slices, workers, keep);
  return rows;
}

type Reply = { ok: true; rows: GameRow[] } | { ok: false; error: string };

/** Each thread asks for the next slice as it answers one; the first failure stops them all. */
async function inThreads<T extends { slice: Slice }>(slices: readonly T[], count: number, keep: (at: T, rows: GameRow[]) => void): Promise<void> {
  let next = 0;
  const entry = new URL('./batch-worker.ts', import.meta.url).href;
  const threads = Array.from({ length: count }, () => new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { entry } }));
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            let at: T | undefined;
            const give = () => {
              at = slices[next++];
              if (at) thread.postMessage(at.slice);
              else resolve();
            };
            thread.on('message', (reply: Reply) => {
              if (!reply.ok) return reject(new Error(reply.error));
              keep(at!, reply.rows);
              give();
            });
            thread.on('error', reject);
            thread.on('exit', (code) => (next < slices.length || at ? reject(new Error(`a batch worker stopped (exit code ${code})`)) : resolve()));
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
