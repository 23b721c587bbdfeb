/** Worker-thread entry when copydesk runs from its compiled modules rather than the CLI bundle. */
import { parentPort } from 'node:worker_threads';
import { serveWorker } from './worker.js';

serveWorker(parentPort);
