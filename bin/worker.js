/** Entry of copydesk's worker threads: the same bundle and code cache as bin/copydesk.js. */
import { parentPort } from 'node:worker_threads';
import { loadBundle } from './load-bundle.js';

const loaded = loadBundle();
if (loaded) loaded.exports.serveWorker(parentPort);
else await import('../dist/engine/worker-entry.js');
