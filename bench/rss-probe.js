// Preloaded by bench/run.js (`node --import bench/rss-probe.js bin/copydesk.js --ndjson`):
// writes the peak resident set size of the whole process (all threads), in KB, on exit.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.COPYDESK_BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
