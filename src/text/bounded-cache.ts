/** Entries a process-wide memo keeps before it starts afresh. */
export const CACHE_LIMIT = 100_000;

/**
 * Store a memoised value, first emptying the cache when it already holds `limit` entries. The
 * caches that last for a whole process (word verdicts, stems) thus stay bounded on an archive
 * whose vocabulary keeps growing, while ordinary runs never reach the limit.
 */
export function cacheSet<K, V>(cache: Map<K, V>, key: K, value: V, limit: number = CACHE_LIMIT): V {
  if (cache.size >= limit && !cache.has(key)) cache.clear();
  cache.set(key, value);
  return value;
}
