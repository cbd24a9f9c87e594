/** What the page and the verifying workers say to each other (structured-cloned plain data). */
import type { ScenarioFile } from '../../scenario/schema';
import type { Submission } from '../../share/results/submissions';
import type { Verdict } from '../../share/results/verdict';

/** To a worker: the scenarios games may name (sent when the menu's list changed), then submissions to verify, each with its place in the job. */
export type ToWorker = { kind: 'scenarios'; scenarios: ScenarioFile[] } | { kind: 'verify'; job: number; items: { index: number; submission: Submission }[] };

/** From a worker: each submission's verdict as soon as it is known, by its place in the job. */
export type FromWorker = { kind: 'verdict'; job: number; index: number; verdict: Verdict };
