/**
 * A forecast worker: plays its share of the futures off the main thread and
 * answers them a chunk at a time, so the page's progress moves and a newer
 * job (the player gave another order) stops this one between chunks.
 */
import { buildContent } from '../../../scenario/build-content';
import type { ScenarioContent } from '../../../sim';
import { playFuture } from '../../../sim';
import type { FromOddsWorker, ToOddsWorker } from './odds-messages';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ToOddsWorker>) => void) | null; postMessage(m: FromOddsWorker): void };
/** Small enough that a cancelled job stops within a few tens of ms, large enough that messages cost nothing. */
const CHUNK = 10;

let current = 0;
const built = new Map<string, ScenarioContent>();

scope.onmessage = async (e) => {
  const m = e.data;
  if (m.kind === 'cancel') {
    current = 0;
    return;
  }
  current = m.job;
  try {
    const key = `${m.scenario.id}:${m.contentHash}`;
    let content = built.get(key);
    if (!content) built.set(key, (content = buildContent(m.scenario)));
    for (let from = m.from; from < m.to; from += CHUNK) {
      if (current !== m.job) return;
      const futures = [];
      for (let f = from; f < Math.min(m.to, from + CHUNK); f++) futures.push(playFuture(content, m.state, m.plan, f));
      scope.postMessage({ kind: 'futures', job: m.job, from, futures });
      // Lets a newer job's message in before the next chunk.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } catch (err) {
    scope.postMessage({ kind: 'failed', job: m.job, reason: (err as Error).message });
  }
};
