/** A worker thread of the batch pool: plays each slice of seeds it is sent and answers with its rows (batch-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { playSlice, type Slice } from './batch-games';

parentPort?.on('message', (slice: Slice) => {
  try {
    parentPort!.postMessage({ ok: true, rows: playSlice(slice) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: (e as Error).message });
  }
});
