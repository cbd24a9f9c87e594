/**
 * The forecast's workers: one per core (at most four), started on first use
 * and kept. A forecast's futures are cut into one contiguous share per
 * worker; a new forecast cancels the one before (its answers are dropped).
 * Futures come back in any order and are put back by number, so the same
 * forecast gives the same figures whatever the worker count.
 */
import type { ScenarioFile } from '../../../scenario/schema';
import type { GameState } from '../../../sim';
import type { Future, FuturePlan } from '../../../sim';
import type { FromOddsWorker, ToOddsWorker } from './odds-messages';

export const ODDS_WORKERS = Math.min(4, Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 2));

export interface ForecastRequest {
  scenario: ScenarioFile;
  contentHash: string;
  state: GameState;
  plan: FuturePlan;
  futures: number;
}

export interface ForecastProgress {
  progress(done: number, total: number): void;
  done(futures: Future[], ms: number): void;
  failed(reason: string): void;
}

let pool: Worker[] = [];
let job = 0;

function workers(onMessage: (m: FromOddsWorker) => void, onError: (reason: string) => void): Worker[] {
  if (!pool.length) pool = Array.from({ length: ODDS_WORKERS }, () => new Worker(new URL('./odds-worker.ts', import.meta.url), { type: 'module' }));
  for (const w of pool) {
    w.onmessage = (e: MessageEvent<FromOddsWorker>) => onMessage(e.data);
    w.onerror = (e) => onError(e.message || 'a forecast worker stopped');
  }
  return pool;
}

/** Starts a forecast (cancelling any other); answers a function that cancels it. */
export function forecastInWorkers(req: ForecastRequest, on: ForecastProgress): () => void {
  const mine = ++job;
  const t0 = performance.now();
  const got: (Future | undefined)[] = new Array<Future | undefined>(req.futures);
  let done = 0;
  const stop = () => {
    if (job === mine) job++;
    for (const w of pool) w.postMessage({ kind: 'cancel' } satisfies ToOddsWorker);
  };
  const ws = workers(
    (m) => {
      if (m.job !== mine) return;
      if (m.kind === 'failed') {
        stop();
        return on.failed(m.reason);
      }
      m.futures.forEach((f, i) => (got[m.from + i] = f));
      done += m.futures.length;
      on.progress(done, req.futures);
      if (done === req.futures) on.done(got as Future[], performance.now() - t0);
    },
    (reason) => {
      if (job !== mine) return;
      pool.forEach((w) => w.terminate());
      pool = [];
      on.failed(reason);
    },
  );
  ws.forEach((w, k) => {
    const from = Math.floor((k * req.futures) / ws.length);
    const to = Math.floor(((k + 1) * req.futures) / ws.length);
    if (to > from)
      w.postMessage({
        kind: 'futures',
        job: mine,
        scenario: req.scenario,
        contentHash: req.contentHash,
        state: req.state,
        plan: req.plan,
        from,
        to,
      } satisfies ToOddsWorker);
  });
  return stop;
}
