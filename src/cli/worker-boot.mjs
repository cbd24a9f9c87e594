// A worker thread cannot load TypeScript by itself: the CLI's loader (tsx) is registered here, then the worker's module is imported.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
