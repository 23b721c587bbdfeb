/**
 * Background word frequencies: how common a word is in general English, as a Zipf value
 * (log10 of occurrences per billion words). The table (term-stats.ts) is a sorted word list
 * searched in place, so nothing is built at load time beyond one offset array, made on first use.
 */
import { UNKNOWN_ZIPF10, WORDS, WORD_COUNT, ZIPF } from './term-stats.js';

let offsets: Uint32Array | undefined;

function index(): Uint32Array {
  if (!offsets) {
    offsets = new Uint32Array(WORD_COUNT + 1);
    let k = 0;
    let at = 0;
    while (k < WORD_COUNT) {
      offsets[k++] = at;
      const nl = WORDS.indexOf('\n', at);
      at = nl === -1 ? WORDS.length + 1 : nl + 1;
    }
    offsets[WORD_COUNT] = WORDS.length + 1;
  }
  return offsets;
}

/** Zipf value × 10 of a lower-cased word; words missing from the table get the floor value. */
export function zipf10(word: string): number {
  const off = index();
  let lo = 0;
  let hi = WORD_COUNT - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = WORDS.slice(off[mid]!, off[mid + 1]! - 1);
    if (w === word) return ZIPF.charCodeAt(mid) - 32;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return UNKNOWN_ZIPF10;
}

export { UNKNOWN_ZIPF10 };
