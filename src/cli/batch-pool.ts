/**
 * Batches on every core (issue 14, item 3): the campaigns of one or many
 * batches are cut into slices of seeds, and a pool of worker threads (one per
 * core by default, the main thread one of them) takes the next slice as it
 * finishes one. Rows are put back in seed order, so any number of workers
 * gives the same answer; with one worker the main thread plays them all.
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

/**
 * Slices sent ahead to each thread: while the main thread plays a slice of its own it cannot answer a
 * thread, so each thread keeps one more waiting in its queue.
 */
const AHEAD = 2;

/**
 * The main thread plays its share and `count - 1` threads theirs, each taking the next slice as it
 * finishes one; the first failure stops them all. The main thread is one of the pool because it is
 * warm: a new thread first loads the code and its compiler warms up, about a second on this machine
 * before it plays at full speed (bench: two threads beside an idle main thread ran 1.1× one warm one).
 */
async function inThreads<T extends { slice: Slice }>(slices: readonly T[], count: number, keep: (at: T, rows: GameRow[]) => void): Promise<void> {
  let next = 0;
  const take = () => slices[next++];
  let failed = false;
  const entry = new URL('./batch-worker.ts', import.meta.url).href;
  const threads = Array.from({ length: count - 1 }, () => new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { entry } }));
  try {
    const fed = Promise.all(threads.map((thread) => feed(thread, take, keep))).catch((e: unknown) => {
      failed = true;
      throw e;
    });
    for (let at = take(); at && !failed; at = take()) {
      keep(at, playSlice(at.slice));
      // Lets the threads' answers in, so each is sent its next slice before this thread plays another.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await fed;
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}

/** Keeps one thread supplied with slices until none is left; its answers come back in the order sent. */
function feed<T extends { slice: Slice }>(thread: Worker, take: () => T | undefined, keep: (at: T, rows: GameRow[]) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const sent: T[] = [];
    const give = () => {
      const at = take();
      if (at) {
        sent.push(at);
        thread.postMessage(at.slice);
      } else if (sent.length === 0) resolve();
    };
    thread.on('message', (reply: Reply) => {
      if (!reply.ok) return reject(new Error(reply.error));
      keep(sent.shift()!, reply.rows);
      give();
    });
    thread.on('error', reject);
    thread.on('exit', (code) => (sent.length > 0 ? reject(new Error(`a batch worker stopped (exit code ${code})`)) : resolve()));
    for (let i = 0; i < AHEAD; i++) give();
  });
}
