/**
 * Loads the CLI bundle (dist/copydesk.cjs, made by `npm run build`) through the V8 code cache
 * beside it (dist/copydesk.cjs.cache), so copydesk starts without compiling itself anew. Used by
 * bin/copydesk.js (the command) and bin/worker.js (its worker threads).
 * COPYDESK_CODE_CACHE=off skips the cache. Returns undefined when there is no bundle.
 */
'use strict';
const { existsSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

function loadBundle() {
  const bundle = path.join(__dirname, '..', 'dist', 'copydesk.cjs');
  if (!existsSync(bundle)) return undefined;
  const cacheFile = `${bundle}.cache`;
  const useCache = process.env.COPYDESK_CODE_CACHE !== 'off';
  const source = readFileSync(bundle, 'utf8');
  // The cache starts with a digest of the bundle it was made from: V8 itself checks only the
  // source's length, and a cache for other code of the same length would run that code. The
  // build writes the digest of the rest of the bundle on its first line; a bundle without one
  // is hashed here.
  const digest = useCache ? digestOf(source) : undefined;
  let cachedData;
  if (digest) {
    try {
      const file = readFileSync(cacheFile);
      if (file.length > digest.length && file.subarray(0, digest.length).equals(digest)) cachedData = file.subarray(digest.length);
    } catch {
      // No cache yet.
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __copydeskImport) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const mod = { exports: {} };
  // Packages loaded on demand and plugins are imported from here, an ES module: a script
  // compiled with vm has no module loader of its own.
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(mod.exports, lazyRequire(createRequire(bundle)), mod, bundle, path.dirname(bundle), importModule);
  return {
    exports: mod.exports,
    /**
     * Write the cache if it is missing or was rejected (made by another Node.js). Call it after
     * a run, so the cache holds the functions a run compiles, not just the top level. Best
     * effort: a read-only install simply runs without a cache.
     */
    saveCache() {
      if (!digest || (cachedData !== undefined && !script.cachedDataRejected)) return;
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, Buffer.concat([digest, script.createCachedData()]));
        renameSync(tmp, cacheFile);
      } catch {
        rmSync(tmp, { force: true });
      }
    },
  };
}

const BUILD_ID = /^\/\/ copydesk-build ([0-9a-f]{40})\n/;

function digestOf(source) {
  const id = BUILD_ID.exec(source);
  if (id) return Buffer.from(id[1], 'hex');
  return require('node:crypto').createHash('sha1').update(source).digest();
}

/**
 * Built-in modules that the bundle requires at start-up but a run seldom calls: commander holds
 * `child_process` for executable subcommands, which copydesk has none of (loading it, with `net`
 * and `dgram` behind it, costs a cold start 5–7 ms); `fs/promises` serves only --fix, --cache
 * and report files (3–5 ms). Each is loaded when first used. Only for modules used through their
 * properties, never copied whole.
 */
const LAZY_BUILTINS = new Set(['node:child_process', 'child_process', 'node:fs/promises', 'fs/promises']);

function lazyRequire(realRequire) {
  const lazy = new Map();
  const require = (id) => {
    if (!LAZY_BUILTINS.has(id)) return realRequire(id);
    let proxy = lazy.get(id);
    if (!proxy) {
      let mod;
      const load = () => (mod ??= realRequire(id));
      proxy = new Proxy(
        {},
        {
          get: (_, key) => load()[key],
          has: (_, key) => key in load(),
          ownKeys: () => Reflect.ownKeys(load()),
          getOwnPropertyDescriptor: (_, key) => {
            const d = Reflect.getOwnPropertyDescriptor(load(), key);
            return d && { ...d, configurable: true };
          },
        },
      );
      lazy.set(id, proxy);
    }
    return proxy;
  };
  return Object.assign(require, { resolve: realRequire.resolve, cache: realRequire.cache });
}

module.exports = { loadBundle };
