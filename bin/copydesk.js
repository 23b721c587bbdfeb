#!/usr/bin/env node
/**
 * The copydesk command. It runs the bundled CLI (dist/copydesk.cjs, made by `npm run build`)
 * through a V8 code cache beside it (bin/load-bundle.js), so a run starts without compiling
 * copydesk anew; when the cache is missing or was made by another Node.js, it is written again
 * after the run. Without the bundle, the compiled modules in dist/ run directly.
 */
'use strict';
// CommonJS (bin/package.json): an ES module entry costs every run the ES module loader's start.
const v8 = require('node:v8');
const { loadBundle } = require('./load-bundle.js');

// Compile each regular expression to machine code at its first run: copydesk runs hundreds of
// them a few times each per article, and interpreting them first only to compile them on the
// second run costs more than it saves (about 35 ms of a one-article cold start). This keeps V8's
// tier-up on and only sets its tick count, so regular expressions that Node.js ran before this
// line stay in a state V8 expects; turning tier-up off here instead (--no-regexp-tier-up) made
// about one run in a hundred crash in V8's regexp code.
v8.setFlagsFromString('--regexp-tier-up-ticks=0');

// A short run (a few small articles) ends before V8's optimising compiler could pay off, and the
// process would wait at exit for its background compile: keep V8 to its interpreter and baseline
// tiers. The flag is put back before the code cache is written, or the next run would reject the
// cache (--max-opt cannot be put back that way: its implied flags stay set).
let short = false;
const optimise = (on) => v8.setFlagsFromString(on ? '--turbofan' : '--no-turbofan');

// The standard streams only when used: each costs start-up time (a pipe or a terminal loads
// Node.js's stream modules), and stdin can hold the process open.
let stdout;
const io = {
  shortRun() {
    short = true;
    optimise(false);
  },
  get stdout() {
    if (!stdout) {
      stdout = process.stdout;
      stdout.on('error', (error) => {
        // A closed pipe (copydesk … | head) is not an error of ours.
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
    }
    return stdout;
  },
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
};
const loaded = loadBundle();
if (loaded) {
  loaded.exports.main(process.argv, io).then((code) => {
    process.exitCode = code;
    if (short) optimise(true);
    loaded.saveCache();
  });
} else {
  import('../dist/cli/main.js').then(async ({ main }) => {
    process.exitCode = await main(process.argv, io);
  });
}
