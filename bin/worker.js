/** Entry of copydesk's worker threads: the same bundle and code cache as bin/copydesk.js. */
import { loadBundle } from './load-bundle.js';

const loaded = loadBundle();
if (loaded) loaded.exports.serveWorker();
else await import('../dist/engine/worker-entry.js');
