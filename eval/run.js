#!/usr/bin/env node
/**
 * npm run eval -- <corpus-dir> [--rule ID]... [--json out.json] [--check thresholds.json] [--jobs N]
 *
 * Lints every case of a labelled corpus in-process through the engine API (all registered
 * rules at their defaults) and scores it as the corpus README specifies. Prints Markdown.
 * --rule limits the scored rules; --check exits 1 when a score falls below its floor.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintText } from '../dist/index.js';
import { SCORED_RULES, score, toMarkdown, check } from './score.js';

function usage(message) {
  process.stderr.write(`eval: ${message}\nusage: npm run eval -- <corpus-dir> [--rule ID]... [--json out.json] [--check thresholds.json]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let corpus;
let jsonOut;
let checkFile;
const only = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--json') jsonOut = args[++i];
  else if (a === '--check') checkFile = args[++i];
  else if (a === '--rule') only.push(args[++i]);
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else if (!corpus) corpus = a;
  else usage(`unexpected argument ${a}`);
}
if (!corpus) usage('no corpus directory given');
if (!existsSync(corpus) || !statSync(corpus).isDirectory()) usage(`${corpus}: not a directory`);
for (const r of only) if (!SCORED_RULES.includes(r)) usage(`--rule ${r}: not one of ${SCORED_RULES.join(', ')}`);
const rules = only.length ? only : SCORED_RULES;

/** Every NAME.json with a NAME.txt beside it, in sorted order. */
function findCases(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findCases(full));
    else if (entry.name.endsWith('.json') && existsSync(full.replace(/\.json$/, '.txt'))) out.push(full);
  }
  return out;
}

const files = findCases(corpus);
if (files.length === 0) usage(`${corpus}: no cases (NAME.json + NAME.txt) found`);
const started = performance.now();
const cases = files.map((file) => {
  const meta = JSON.parse(readFileSync(file, 'utf8'));
  const txt = file.replace(/\.json$/, '.txt');
  const result = lintText(readFileSync(txt, 'utf8'), { filePath: txt, format: 'text' });
  const subsets = {};
  if (Array.isArray(meta.relations) && meta.relations.some((r) => r.quoted)) {
    const quotedLines = new Set(meta.relations.filter((r) => r.quoted).flatMap((r) => r.lines));
    subsets.quoted = (label) => quotedLines.has(label.line);
  } else if (Array.isArray(meta.relations)) subsets.quoted = () => false;
  return { ...meta, labels: meta.labels ?? [], messages: result.messages, subsets };
});
const seconds = (performance.now() - started) / 1000;
const report = score(cases, rules);
process.stdout.write(toMarkdown(report, rules));
process.stdout.write(`\n${cases.length} cases linted in ${seconds.toFixed(1)} s\n`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 1) + '\n');
if (checkFile) {
  const failures = check(report, JSON.parse(readFileSync(checkFile, 'utf8')));
  if (failures.length) {
    process.stdout.write(`\nFAILED ${failures.length} floor(s) in ${checkFile}:\n${failures.map((f) => `- ${f}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`\nAll floors in ${checkFile} hold.\n`);
}
