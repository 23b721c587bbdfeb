// Runs every collected regular expression over adversarial inputs and reports progress, so the
// parent can kill this worker when one of them backtracks catastrophically.
import { parentPort, workerData } from 'node:worker_threads';

const { regexes, inputs } = workerData;
for (let i = 0; i < regexes.length; i++) {
  const { source, flags } = regexes[i];
  parentPort.postMessage({ start: i });
  let re;
  try {
    re = new RegExp(source, flags);
  } catch {
    parentPort.postMessage({ done: i, skipped: true });
    continue;
  }
  for (const input of inputs) {
    if (re.global || re.sticky) {
      re.lastIndex = 0;
      input.replace(re, '');
    } else {
      re.test(input);
      input.search(re);
    }
  }
  parentPort.postMessage({ done: i });
}
parentPort.postMessage({ finished: true });
