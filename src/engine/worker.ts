/**
 * The worker-thread side of the lint pool (src/engine/pool.ts): runs the jobs it is sent with
 * the same `runJob` as the main thread and posts each outcome back with the job's id. Started
 * by bin/worker.js (from the CLI bundle) or src/engine/worker-entry.ts (from the compiled modules),
 * which pass in the thread's `parentPort`, so the CLI itself never loads node:worker_threads.
 */
import type { MessagePort } from 'node:worker_threads';
import type { Job } from './job.js';
import { runJob } from './job.js';

export function serveWorker(port: MessagePort | null): void {
  if (!port) throw new Error('serveWorker() runs only in a worker thread');
  port.on('message', (msg: { id: number; job: Job }) => {
    void runJob(msg.job).then((outcome) => {
      // The source text goes back with every result: formatters show excerpts of findings, and the
      // HTML report shows clean articles whole.
      const source = outcome.ok ? outcome.result.source : undefined;
      port.postMessage({ id: msg.id, outcome, source });
    });
  });
  // The rules are loaded: the pool may send jobs without keeping the main thread waiting.
  port.postMessage({ ready: true });
}
