/** Worker-thread entry when copydesk runs from its compiled modules rather than the CLI bundle. */
import { serveWorker } from './worker.js';

serveWorker();
