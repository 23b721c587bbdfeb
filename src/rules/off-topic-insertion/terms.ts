/**
 * Background word frequencies: how common a word is in general English, as a Zipf value
 * (log10 of occurrences per billion words) × 10. The table (term-stats.ts) is one sorted string
 * searched in place, so loading it builds nothing.
 */
import { TABLE, UNKNOWN_ZIPF10 } from './term-stats.js';
import { cacheSet } from '../../text/bounded-cache.js';

const cache = new Map<string, number>();

/** Zipf value × 10 of a lower-cased word; words missing from the table get UNKNOWN_ZIPF10. */
export function zipf10(word: string): number {
  let z = cache.get(word);
  if (z === undefined) z = cacheSet(cache, word, search(word));
  return z;
}

function search(word: string): number {
  // Binary search over character offsets: each probe snaps to the start of its line.
  let lo = 0;
  let hi = TABLE.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = TABLE.lastIndexOf('\n', mid - 1) + 1;
    let end = TABLE.indexOf('\n', start);
    if (end === -1) end = TABLE.length;
    const w = TABLE.slice(start + 1, end);
    if (w === word) return TABLE.charCodeAt(start) - 32;
    if (w < word) lo = end + 1;
    else hi = start;
  }
  return UNKNOWN_ZIPF10;
}

export { UNKNOWN_ZIPF10 };
