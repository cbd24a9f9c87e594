/**
 * The page's side of the verifying worker: started on first use, told the
 * scenarios whenever the menu's list has changed, and handed submissions;
 * each verdict is handed back to the job that asked for it.
 */
import type { ScenarioFile } from '../../scenario/schema';
import type { Submission } from '../../share/results/submissions';
import type { Verdict } from '../../share/results/verdict';
import type { FromWorker, ToWorker } from './worker-messages';

type OnVerdict = (index: number, verdict: Verdict) => void;

let worker: Worker | null = null;
let sentScenarios: readonly ScenarioFile[] | null = null;
let nextJob = 1;
const jobs = new Map<number, { sources: string[]; answered: boolean[]; onVerdict: OnVerdict }>();

/** A worker that fails (its script did not load, it ran out of memory) answers every code still waiting, so no progress bar hangs. */
function failAll(reason: string): void {
  for (const job of jobs.values())
    job.answered.forEach((done, i) => {
      if (!done) job.onVerdict(i, { source: job.sources[i]!, ok: false, refusal: { kind: 'doesNotHold', detail: `it could not be checked: ${reason}` } });
    });
  jobs.clear();
  worker?.terminate();
  worker = null;
  sentScenarios = null;
}

function started(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const job = jobs.get(e.data.job);
    if (!job) return;
    job.answered[e.data.index] = true;
    job.onVerdict(e.data.index, e.data.verdict);
    if (job.answered.every(Boolean)) jobs.delete(e.data.job);
  };
  worker.onerror = (e) => failAll(`the checking worker stopped (${e.message || 'no reason given'})`);
  return worker;
}

const send = (w: Worker, m: ToWorker) => w.postMessage(m);

/** Verifies the submissions off the main thread against these scenarios; `onVerdict` is called once for each, in order. */
export function verifyInWorker(scenarios: readonly ScenarioFile[], submissions: Submission[], onVerdict: OnVerdict): void {
  if (!submissions.length) return;
  const w = started();
  if (scenarios !== sentScenarios) {
    send(w, { kind: 'scenarios', scenarios: [...scenarios] });
    sentScenarios = scenarios;
  }
  const job = nextJob++;
  jobs.set(job, { sources: submissions.map((x) => x.source), answered: submissions.map(() => false), onVerdict });
  send(w, { kind: 'verify', job, submissions });
}
