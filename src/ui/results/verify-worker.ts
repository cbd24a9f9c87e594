/**
 * The results dashboard's worker: re-simulates each submission off the main
 * thread, so the page stays responsive (and its progress bar moves) while a
 * class's games are played again, and answers each as soon as it is done.
 */
import type { ScenarioFile } from '../../scenario/schema';
import { verifySubmission } from '../../share/results/verify-submission';
import type { Verdict } from '../../share/results/verdict';
import { contentMatching } from '../common/content-cache';
import type { FromWorker, ToWorker } from './worker-messages';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage(m: FromWorker): void };

let scenarios: ScenarioFile[] = [];

const contentFor = (id: string, hash: string) => {
  const file = scenarios.find((s) => s.id === id);
  return file && contentMatching(file, hash);
};

/** A check that throws is a fault in the game, not the student's: it is answered as such, with its message, and the next code is checked. */
function verdictOf(sub: { source: string; text: string }): Verdict {
  try {
    return verifySubmission(sub, contentFor);
  } catch (e) {
    return { source: sub.source, ok: false, refusal: { kind: 'doesNotHold', detail: `the check itself failed (${(e as Error).message})` } };
  }
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.kind === 'scenarios') {
    scenarios = m.scenarios;
    return;
  }
  for (const { index, submission } of m.items) scope.postMessage({ kind: 'verdict', job: m.job, index, verdict: verdictOf(submission) });
};
