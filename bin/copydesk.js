#!/usr/bin/env node
/**
 * The copydesk command. It runs the bundled CLI (dist/copydesk.cjs, made by `npm run build`)
 * through a V8 code cache beside it, so a run starts without compiling copydesk anew; when the
 * cache is missing or was made by another Node.js, it is written again after the run (best
 * effort: a read-only install simply runs without it). COPYDESK_CODE_CACHE=off skips the cache;
 * without the bundle, the compiled modules in dist/ run directly.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

process.stdout.on('error', (error) => {
  // A closed pipe (copydesk … | head) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Compile each regular expression to machine code at once: copydesk runs hundreds of them a
// few times each per article, and interpreting them first only to compile them on the second
// run costs more than it saves (measured with `npm run bench`, one-article cold start).
v8.setFlagsFromString('--no-regexp-tier-up');

// stdin only when read (`-`, --ndjson): opening it costs start-up time and can hold the process open.
const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
};
const bundle = fileURLToPath(new URL('../dist/copydesk.cjs', import.meta.url));

if (existsSync(bundle)) {
  const cacheFile = `${bundle}.cache`;
  const useCache = process.env.COPYDESK_CODE_CACHE !== 'off';
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache yet.
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __copydeskImport) {${readFileSync(bundle, 'utf8')}\n})`, {
    filename: bundle,
    cachedData,
  });
  const mod = { exports: {} };
  // Packages loaded on demand and plugins are imported from here, an ES module.
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, path.dirname(bundle), importModule);
  process.exitCode = await mod.exports.main(process.argv, io);
  if (useCache && (cachedData === undefined || script.cachedDataRejected)) {
    // After the run, so the cache holds the functions a run compiles, not just the top level.
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
} else {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv, io);
}
