#!/usr/bin/env node
/**
 * npm run bench -- [ARTICLES...] [options]
 *
 * Runs copydesk (the built CLI, all default rules) and its peers on the same articles in one
 * run, alternating the tools round by round, and prints medians and ratios as Markdown tables:
 *
 *   - copydesk vs textlint + textlint-rule-en-spell, alex, retext-spell through unified-args
 *     (bench/retext-spell-cli.js) and `hunspell -l`;
 *   - one article, whole process, cold;
 *   - 2 threads vs 1 thread on 1,000 articles, and two one-thread processes on the halves at once
 *     (what the machine itself gives two threads of this work);
 *   - peak RSS of `copydesk --ndjson` on 10k and 100k records.
 *
 * ARTICLES: files or directories. Default: the clean articles of ../shared/corpus (clean/ and
 * the clean cases of off-topic/) when present, else the repository's fixtures. A directory
 * that holds a labelled corpus (case .json files) contributes its clean cases only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'copydesk.js');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const LINTABLE = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

const HELP = `Usage: npm run bench -- [ARTICLES...] [options]

Options:
  --rounds N          rounds per measure, tools alternating (default 3)
  --articles N        use at most N articles (default 200)
  --peers LIST        peers to run: textlint,alex,retext,hunspell, or none (default all)
  --peer-sample N     run the slow peers (textlint, retext) on the first N articles only and
                      scale their time to the full set; 0 runs them on every article (default 20)
  --cold-runs N       runs of the one-article cold start (default 10)
  --scale-files N     articles for the 2-workers-vs-1 measure, cycled from the set (default 1000; 0 skips)
  --records N         NDJSON records for the memory measure, compared with N/10 (default 100000; 0 skips)
  --record-chars N    cut each NDJSON record to its first N characters (default 0: whole articles)
  --only LIST         sections to run: peers,cold,workers,ndjson (default all)
  --quick             a fast smoke run: --rounds 1 --articles 50 --peer-sample 5 --cold-runs 5
                      --scale-files 200 --records 5000
  -h, --help          this help

hunspell is a system package: apt-get install hunspell hunspell-en-us (Debian/Ubuntu).
The other peers are devDependencies (npm ci).`;

function parseArgs(argv) {
  const o = { paths: [], rounds: 3, articles: 200, peers: ['textlint', 'alex', 'retext', 'hunspell'], peerSample: 20, coldRuns: 10, scaleFiles: 1000, records: 100000, recordChars: 0, only: ['peers', 'cold', 'workers', 'ndjson'] };
  const num = (v, name) => {
    if (!/^\d+$/.test(v ?? '')) throw new Error(`${name} expects a whole number`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '-h' || a === '--help') {
      console.log(HELP);
      process.exit(0);
    } else if (a === '--rounds') o.rounds = Math.max(1, num(next(), a));
    else if (a === '--articles') o.articles = Math.max(1, num(next(), a));
    else if (a === '--peers') o.peers = next() === 'none' ? [] : argv[i].split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--peer-sample') o.peerSample = num(next(), a);
    else if (a === '--cold-runs') o.coldRuns = Math.max(1, num(next(), a));
    else if (a === '--scale-files') o.scaleFiles = num(next(), a);
    else if (a === '--records') o.records = num(next(), a);
    else if (a === '--record-chars') o.recordChars = num(next(), a);
    else if (a === '--only') o.only = next().split(',').map((s) => s.trim());
    else if (a === '--quick') Object.assign(o, { rounds: 1, articles: 50, peerSample: 5, coldRuns: 5, scaleFiles: 200, records: 5000 });
    else if (a.startsWith('-')) throw new Error(`unknown option ${a} (see --help)`);
    else o.paths.push(a);
  }
  for (const p of o.peers) if (!['textlint', 'alex', 'retext', 'hunspell'].includes(p)) throw new Error(`unknown peer ${p}`);
  return o;
}

// ---------------------------------------------------------------- articles

function walk(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(full, out);
    } else if (LINTABLE.has(path.extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** Clean cases of a labelled corpus: a .txt whose .json says "clean": true. */
function cleanCases(files) {
  const labelled = files.filter((f) => existsSync(f.replace(/\.[^.]+$/, '.json')));
  if (labelled.length === 0) return files;
  return labelled.filter((f) => {
    try {
      return JSON.parse(readFileSync(f.replace(/\.[^.]+$/, '.json'), 'utf8')).clean === true;
    } catch {
      return false;
    }
  });
}

function pickArticles(opts) {
  let files = [];
  let origin;
  if (opts.paths.length > 0) {
    for (const p of opts.paths) {
      const abs = path.resolve(p);
      if (statSync(abs).isDirectory()) files.push(...cleanCases(walk(abs, [])));
      else files.push(abs);
    }
    origin = opts.paths.join(' ');
  } else {
    const corpus = path.resolve(ROOT, '..', 'shared', 'corpus');
    if (existsSync(path.join(corpus, 'clean'))) {
      for (const sub of ['clean', 'off-topic']) if (existsSync(path.join(corpus, sub))) files.push(...cleanCases(walk(path.join(corpus, sub), [])));
      origin = `clean cases of ${path.relative(ROOT, corpus)} (clean/, off-topic/)`;
    } else {
      files = walk(path.join(ROOT, 'fixtures'), []).filter((f) => /^article\./.test(path.basename(f)));
      origin = 'fixtures/*/article.*';
    }
  }
  files = files.slice(0, opts.articles);
  if (files.length === 0) throw new Error('no articles found');
  return { files, origin };
}

// ---------------------------------------------------------------- running

/** Run a command to completion; resolves with wall seconds. Output is discarded, the stderr tail kept. */
function timed(cmd, args, { input, okCodes = [0, 1], env } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'], env: env ?? process.env });
    let tail = '';
    child.stderr.on('data', (d) => {
      tail = (tail + d).slice(-2000);
    });
    if (input) child.stdin.end(input);
    child.on('error', reject);
    child.on('close', (code) => {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      if (!okCodes.includes(code)) reject(new Error(`${path.basename(cmd)} exited with ${code}: ${tail.trim().split('\n').slice(-5).join('\n')}`));
      else resolve(secs);
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (s) => (s >= 100 ? s.toFixed(0) : s >= 10 ? s.toFixed(1) : s >= 1 ? s.toFixed(2) : s.toFixed(3));
const ratio = (a, b) => (b > 0 ? (a / b >= 0.1 ? (a / b).toFixed(2) : (a / b).toPrecision(2)) : '–');

function haveHunspell() {
  const r = spawnSync('hunspell', ['-d', 'en_US', '-l'], { input: 'colour\n', encoding: 'utf8' });
  return r.status === 0;
}

async function ruleIds() {
  try {
    const mod = await import(path.join(ROOT, 'dist', 'rules', 'index.js'));
    return [...mod.ruleIds];
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------- sections

async function benchPeers(opts, files, log) {
  const n = files.length;
  const sample = opts.peerSample > 0 ? Math.min(opts.peerSample, n) : n;
  const ids = await ruleIds();
  const tools = [
    { name: 'copydesk (all default rules, --concurrency auto)', cmd: process.execPath, args: [CLI, '--format', 'json', ...files], files: n, self: true },
    { name: 'copydesk (all default rules, --concurrency off)', cmd: process.execPath, args: [CLI, '--format', 'json', '--concurrency', 'off', ...files], files: n, self: true },
  ];
  if (ids.includes('spelling') && ids.length > 1) {
    const off = ids.filter((id) => id !== 'spelling').flatMap((id) => ['--rule', `${id}=off`]);
    tools.push({ name: 'copydesk (spelling rule only, --concurrency off)', cmd: process.execPath, args: [CLI, '--format', 'json', '--concurrency', 'off', ...off, ...files], files: n, self: true });
  }
  const skipped = [];
  if (opts.peers.includes('hunspell')) {
    if (haveHunspell()) tools.push({ name: '`hunspell -d en_US -l`', cmd: 'hunspell', args: ['-d', 'en_US', '-l', ...files], files: n, key: 'hunspell' });
    else skipped.push('hunspell: skipped, not installed (Debian/Ubuntu: `sudo apt-get install hunspell hunspell-en-us`)');
  }
  const bin = (name) => path.join(BIN, name);
  if (opts.peers.includes('alex')) {
    if (existsSync(bin('alex'))) tools.push({ name: 'alex', cmd: bin('alex'), args: [...files], files: n, key: 'alex' });
    else skipped.push('alex: skipped, not installed (npm ci)');
  }
  if (opts.peers.includes('textlint')) {
    if (existsSync(bin('textlint'))) tools.push({ name: 'textlint + textlint-rule-en-spell', cmd: bin('textlint'), args: ['--no-textlintrc', '--rule', 'en-spell', '--format', 'json', ...files.slice(0, sample)], files: sample, key: 'textlint' });
    else skipped.push('textlint: skipped, not installed (npm ci)');
  }
  if (opts.peers.includes('retext')) {
    if (existsSync(path.join(ROOT, 'node_modules', 'unified-args'))) tools.push({ name: 'retext-spell via unified-args (bench/retext-spell-cli.js)', cmd: process.execPath, args: [path.join(ROOT, 'bench', 'retext-spell-cli.js'), ...files.slice(0, sample)], files: sample, key: 'retext' });
    else skipped.push('retext-spell CLI: skipped, unified-args not installed (npm ci)');
  }
  for (const s of skipped) log(s);

  const times = new Map(tools.map((t) => [t, []]));
  for (let r = 0; r < opts.rounds; r++) {
    const order = tools.map((_, i) => tools[(i + r) % tools.length]);
    for (const t of order) {
      const secs = await timed(t.cmd, t.args);
      times.get(t).push(secs);
      log(`round ${r + 1}/${opts.rounds}: ${t.name} ${fmt(secs)} s on ${t.files} articles`);
    }
  }
  const per = (t) => (median(times.get(t)) * n) / t.files;
  const ref = per(tools[0]);
  const refOff = per(tools[1]);
  const lines = [
    `| tool | articles run | median wall s for ${n} articles | copydesk auto ÷ tool | copydesk off ÷ tool |`,
    '|---|---:|---:|---:|---:|',
  ];
  for (const t of tools) {
    const scaled = t.files < n ? ` (×${(n / t.files).toFixed(0)} from ${t.files})` : '';
    lines.push(`| ${t.name} | ${t.files} | ${fmt(per(t))}${scaled} | ${ratio(ref, per(t))} | ${ratio(refOff, per(t))} |`);
  }
  const result = { table: lines.join('\n'), ref, refOff, skipped };
  for (const t of tools) if (t.key) result[t.key] = per(t);
  const spell = tools.find((t) => t.name.startsWith('copydesk (spelling'));
  if (spell) result.spellingOnly = per(spell);
  return result;
}

async function benchCold(opts, files, log) {
  const one = files[0];
  await timed(process.execPath, [CLI, one]); // warm the file cache, not the process
  const xs = [];
  // Node.js itself, started and stopped with nothing to run, alternating with copydesk: the
  // floor of any command written for it on this machine at this moment.
  const floor = [];
  for (let i = 0; i < opts.coldRuns; i++) {
    xs.push(await timed(process.execPath, [CLI, one]));
    floor.push(await timed(process.execPath, ['-e', '0']));
  }
  log(`cold: ${xs.map(fmt).join(' ')} s`);
  log(`node -e 0: ${floor.map(fmt).join(' ')} s`);
  return { median: median(xs), floor: median(floor), file: path.basename(one) };
}

async function benchWorkers(opts, files, log) {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'));
  try {
    for (let i = 0; i < opts.scaleFiles; i++) {
      const src = files[i % files.length];
      copyFileSync(src, path.join(dir, `${String(i).padStart(5, '0')}-${path.basename(src)}`));
    }
    // The machine's own ceiling for two threads of this work: two separate one-thread
    // processes, each on half of the articles, at the same time.
    const halves = [[], []];
    for (let i = 0; i < opts.scaleFiles; i++) halves[i < opts.scaleFiles / 2 ? 0 : 1].push(path.join(dir, `${String(i).padStart(5, '0')}-${path.basename(files[i % files.length])}`));
    const t = { 1: [], 2: [], procs: [] };
    for (let r = 0; r < opts.rounds; r++) {
      for (const c of r % 2 ? ['procs', 2, 1] : [1, 2, 'procs']) {
        const start = performance.now();
        if (c === 'procs') await Promise.all(halves.map((h) => timed(process.execPath, [CLI, '--format', 'json', '--concurrency', '1', ...h])));
        else await timed(process.execPath, [CLI, '--format', 'json', '--concurrency', String(c), dir]);
        const secs = (performance.now() - start) / 1000;
        t[c].push(secs);
        log(`round ${r + 1}/${opts.rounds}: ${c === 'procs' ? 'two processes on halves' : `--concurrency ${c}`} ${fmt(secs)} s on ${opts.scaleFiles} articles`);
      }
    }
    return { one: median(t[1]), two: median(t[2]), procs: median(t.procs) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Stream `count` records (articles cycled) into `copydesk --ndjson`; returns seconds and peak RSS. */
function ndjsonRun(texts, count, log) {
  return new Promise((resolve, reject) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-rss-'));
    const rssFile = path.join(dir, 'rss');
    const probe = path.join(ROOT, 'bench', 'rss-probe.js');
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', probe, CLI, '--ndjson'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, COPYDESK_BENCH_RSS_FILE: rssFile },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    let lines = 0;
    let orderOk = true;
    let rest = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop();
      for (const p of parts) {
        const id = JSON.parse(p).id;
        if (id !== lines) orderOk = false;
        lines++;
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      let rss = NaN;
      try {
        rss = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {}
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) return reject(new Error(`copydesk --ndjson exited with ${code}: ${stderr.trim()}`));
      if (lines !== count || !orderOk) return reject(new Error(`copydesk --ndjson answered ${lines} of ${count} records${orderOk ? '' : ', out of order'}`));
      resolve({ secs, rssMb: rss });
    });
    let i = 0;
    const feed = () => {
      while (i < count) {
        const line = JSON.stringify({ id: i, text: texts[i % texts.length] }) + '\n';
        i++;
        if (i % 10000 === 0) log(`ndjson: ${i}/${count} records sent`);
        if (!child.stdin.write(line)) return child.stdin.once('drain', feed);
      }
      child.stdin.end();
    };
    child.stdin.on('error', () => {});
    feed();
  });
}

async function benchNdjson(opts, files, log) {
  const texts = files.map((f) => readFileSync(f, 'utf8')).map((t) => (opts.recordChars > 0 ? t.slice(0, opts.recordChars) : t));
  const small = Math.max(1, Math.round(opts.records / 10));
  const a = await ndjsonRun(texts, small, log);
  log(`ndjson: ${small} records in ${fmt(a.secs)} s, peak RSS ${a.rssMb.toFixed(0)} MB`);
  const b = await ndjsonRun(texts, opts.records, log);
  log(`ndjson: ${opts.records} records in ${fmt(b.secs)} s, peak RSS ${b.rssMb.toFixed(0)} MB`);
  return { small, a, b };
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (s) => process.stderr.write(`bench: ${s}\n`);
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    log('dist/ is missing: building');
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exit(2);
  }
  const { files, origin } = pickArticles(opts);
  const words = files.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/\S+/g)?.length ?? 0), 0);
  const ids = await ruleIds();
  const out = [];
  const p = (s = '') => out.push(s);
  p(`## copydesk bench`);
  p();
  p(`Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\``);
  p(`Articles: ${files.length} (${words.toLocaleString('en-US')} words), ${origin}. Node ${process.version}, ${(await import('node:os')).availableParallelism()} cores. Rules registered: ${ids.join(', ') || 'none'}.`);
  const os = await import('node:os');
  p(`Rounds: ${opts.rounds}, tools alternating; medians shown. Load average at start: ${os.loadavg().map((x) => x.toFixed(1)).join(', ')}.`);
  const summary = [];

  if (opts.only.includes('peers')) {
    log('peers …');
    const r = await benchPeers(opts, files, log);
    p();
    p(`### ${files.length} articles: copydesk and peers`);
    p();
    p(r.table);
    if (opts.peerSample > 0 && opts.peerSample < files.length && (opts.peers.includes('textlint') || opts.peers.includes('retext'))) {
      p();
      p(`textlint and the retext-spell CLI ran on the first ${Math.min(opts.peerSample, files.length)} articles; their times are scaled linearly to ${files.length} (\`--peer-sample 0\` runs them on all).`);
    }
    for (const s of r.skipped) p(`\n${s}`);
    if (r.hunspell) summary.push([`${files.length} articles, all default rules vs \`hunspell -l\``, '≤ 1.0×', `${ratio(r.ref, r.hunspell)}× (auto), ${ratio(r.refOff, r.hunspell)}× (off)`, r.ref <= r.hunspell]);
    if (r.spellingOnly && r.hunspell) summary.push([`${files.length} articles, spelling rule only vs \`hunspell -l\``, '≤ 1.5×', `${ratio(r.spellingOnly, r.hunspell)}×`, r.spellingOnly <= 1.5 * r.hunspell]);
    if (r.textlint) summary.push(['speed-up over textlint + en-spell', '≥ 100×', `${ratio(r.textlint, r.ref)}×`, r.textlint >= 100 * r.ref]);
    if (r.retext) summary.push(['speed-up over the retext-spell CLI', '≥ 100×', `${ratio(r.retext, r.ref)}×`, r.retext >= 100 * r.ref]);
    if (r.alex) summary.push(['speed-up over alex', '—', `${ratio(r.alex, r.ref)}×`, null]);
  }
  if (opts.only.includes('cold')) {
    log('cold start …');
    const r = await benchCold(opts, files, log);
    summary.push([`one article, whole process, cold (median of ${opts.coldRuns}, ${r.file})`, '≤ 0.25 s', `${fmt(r.median)} s`, r.median <= 0.25]);
    summary.push([`↳ Node.js alone (\`node -e 0\`, median of ${opts.coldRuns}, alternating)`, '—', `${fmt(r.floor)} s; copydesk's own share ${fmt(r.median - r.floor)} s`, null]);
  }
  if (opts.only.includes('workers') && opts.scaleFiles > 0) {
    log('workers …');
    const r = await benchWorkers(opts, files, log);
    summary.push([`2 threads (--concurrency 2) vs 1 on ${opts.scaleFiles} articles (${fmt(r.one)} s → ${fmt(r.two)} s)`, '≥ 1.7×', `${ratio(r.one, r.two)}×`, r.one / r.two >= 1.7]);
    summary.push([`this machine's ceiling: two one-thread processes on the halves at once (${fmt(r.one)} s → ${fmt(r.procs)} s)`, '—', `${ratio(r.one, r.procs)}×`, null]);
  }
  if (opts.only.includes('ndjson') && opts.records > 0) {
    log('ndjson …');
    const r = await benchNdjson(opts, files, log);
    summary.push([
      `${opts.records.toLocaleString('en-US')} NDJSON records (${opts.recordChars > 0 ? `first ${opts.recordChars} characters of each article` : 'whole articles'}): peak RSS at ${r.small.toLocaleString('en-US')} → ${opts.records.toLocaleString('en-US')} records (${fmt(r.a.secs)} s, ${fmt(r.b.secs)} s)`,
      '≤ 300 MB, flat',
      `${r.a.rssMb.toFixed(0)} MB → ${r.b.rssMb.toFixed(0)} MB (×${(r.b.rssMb / r.a.rssMb).toFixed(2)})`,
      r.b.rssMb <= 300 && r.b.rssMb / r.a.rssMb <= 1.25,
    ]);
  }
  if (summary.length) {
    p();
    p('### Targets');
    p();
    p('| measure | target | result | met |');
    p('|---|---|---|---|');
    for (const [m, t, res, ok] of summary) p(`| ${m} | ${t} | ${res} | ${ok === null ? '—' : ok ? 'yes' : '**no**'} |`);
  }
  console.log(out.join('\n'));
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exit(2);
});
