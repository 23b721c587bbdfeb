/** Entry of copydesk's worker threads: the same bundle and code cache as bin/copydesk.js. */
'use strict';
const { parentPort } = require('node:worker_threads');
const { loadBundle } = require('./load-bundle.js');

const loaded = loadBundle();
if (loaded) loaded.exports.serveWorker(parentPort);
else import('../dist/engine/worker-entry.js');
