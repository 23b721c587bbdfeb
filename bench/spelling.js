#!/usr/bin/env node
/**
 * node bench/spelling.js [corpus-dir] [--rounds N]
 *
 * The spelling rule alone (the built CLI, every other rule off) against `hunspell -d en_US -l`
 * on the same articles, one process each per round, alternating, and the whole tool (all default
 * rules) beside them. Prints the median wall time of each and the ratios to hunspell.
 * Articles: the clean articles of the corpus (off-topic/clean and clean/), 200 of them.
 * hunspell is a system package: apt-get install hunspell hunspell-en-us.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'copydesk.js');
const args = process.argv.slice(2);
let corpus = path.join(ROOT, '..', 'shared', 'corpus');
let rounds = 5;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else corpus = args[i];
}

const files = [];
for (const [dir, keep] of [
  ['off-topic', (m) => m.bucket === 'clean'],
  ['clean', () => true],
]) {
  const d = path.join(corpus, dir);
  if (!existsSync(d)) continue;
  for (const f of readdirSync(d).filter((x) => x.endsWith('.json')).sort()) {
    if (keep(JSON.parse(readFileSync(path.join(d, f), 'utf8')))) files.push(path.join(d, f.replace(/\.json$/, '.txt')));
  }
}
if (files.length === 0) {
  process.stderr.write(`bench/spelling: no articles under ${corpus}\n`);
  process.exit(2);
}
const words = files.reduce((n, f) => n + readFileSync(f, 'utf8').split(/\s+/).filter(Boolean).length, 0);

const { ruleIds } = await import(path.join(ROOT, 'dist', 'index.js'));
const spellingOnly = ruleIds.filter((id) => id !== 'spelling').flatMap((id) => ['--rule', `${id}=off`]);
const tools = [
  { name: 'hunspell -d en_US -l', cmd: 'hunspell', args: ['-d', 'en_US', '-l', ...files] },
  { name: 'copydesk, spelling only', cmd: process.execPath, args: [CLI, '--format', 'json', ...spellingOnly, ...files] },
  { name: 'copydesk, all default rules', cmd: process.execPath, args: [CLI, '--format', 'json', ...files] },
];
const times = tools.map(() => []);
for (let r = 0; r < rounds; r++) {
  tools.forEach((t, i) => {
    const t0 = performance.now();
    const res = spawnSync(t.cmd, t.args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    times[i].push((performance.now() - t0) / 1000);
    if (res.error) throw res.error;
    if (res.status !== 0 && res.status !== 1) throw new Error(`${t.name} exited ${res.status}: ${res.stderr}`);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times[0]);
let out = `${files.length} articles, ${words} words, ${rounds} rounds alternating\n\n| tool | median s | × hunspell -l |\n|---|---:|---:|\n`;
tools.forEach((t, i) => {
  out += `| ${t.name} | ${median(times[i]).toFixed(3)} | ${(median(times[i]) / base).toFixed(2)} |\n`;
});
process.stdout.write(out);
