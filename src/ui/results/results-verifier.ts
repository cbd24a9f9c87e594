/**
 * The page's side of the verifying workers: a small pool, one worker per core
 * (at least two, at most four), started on first use. Each is told the
 * scenarios whenever the menu's list has changed; a job's submissions are
 * dealt out among them in turn, and each verdict is handed back to the job
 * that asked for it. A class's 30 codes re-simulate side by side.
 */
import type { ScenarioFile } from '../../scenario/schema';
import type { Submission } from '../../share/results/submissions';
import type { Verdict } from '../../share/results/verdict';
import type { FromWorker, ToWorker } from './worker-messages';

type OnVerdict = (index: number, verdict: Verdict) => void;

interface Job {
  sources: string[];
  answered: boolean[];
  onVerdict: OnVerdict;
}

const POOL_SIZE = Math.min(4, Math.max(2, globalThis.navigator?.hardwareConcurrency ?? 2));

let pool: Worker[] = [];
let sentScenarios: readonly ScenarioFile[] | null = null;
let nextJob = 1;
const jobs = new Map<number, Job>();

/** A worker that fails (its script did not load, it ran out of memory) answers every code still waiting, so no progress bar hangs. */
function failAll(reason: string): void {
  for (const job of jobs.values())
    job.answered.forEach((done, i) => {
      if (!done) job.onVerdict(i, { source: job.sources[i]!, ok: false, refusal: { kind: 'doesNotHold', detail: `it could not be checked: ${reason}` } });
    });
  jobs.clear();
  for (const w of pool) w.terminate();
  pool = [];
  sentScenarios = null;
}

function answer(e: MessageEvent<FromWorker>): void {
  const job = jobs.get(e.data.job);
  if (!job) return;
  job.answered[e.data.index] = true;
  job.onVerdict(e.data.index, e.data.verdict);
  if (job.answered.every(Boolean)) jobs.delete(e.data.job);
}

/** Starts the workers ahead of the first code (the dashboard opening), so their scripts are loaded by the time a class's codes arrive. */
export function startVerifiers(): void {
  started();
}

function started(): Worker[] {
  if (pool.length) return pool;
  pool = Array.from({ length: POOL_SIZE }, () => {
    const w = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = answer;
    w.onerror = (e) => failAll(`the checking worker stopped (${e.message || 'no reason given'})`);
    return w;
  });
  return pool;
}

const send = (w: Worker, m: ToWorker) => w.postMessage(m);

/** Verifies the submissions off the main thread against these scenarios; `onVerdict` is called once for each. */
export function verifyInWorker(scenarios: readonly ScenarioFile[], submissions: Submission[], onVerdict: OnVerdict): void {
  if (!submissions.length) return;
  const workers = started();
  if (scenarios !== sentScenarios) {
    for (const w of workers) send(w, { kind: 'scenarios', scenarios: [...scenarios] });
    sentScenarios = scenarios;
  }
  const job = nextJob++;
  jobs.set(job, { sources: submissions.map((x) => x.source), answered: submissions.map(() => false), onVerdict });
  workers.forEach((w, k) => {
    const items = submissions.flatMap((submission, index) => (index % workers.length === k ? [{ index, submission }] : []));
    if (items.length) send(w, { kind: 'verify', job, items });
  });
}
