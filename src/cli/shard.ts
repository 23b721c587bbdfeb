/**
 * `--shard k/n`: split the file list into n parts for CI matrix jobs, keep part k.
 *
 * Each file is placed by a stable hash (32-bit FNV-1a) of its path relative to the working
 * directory with `/` separators: the files are ordered by (hash, path) and cut into n
 * contiguous runs whose sizes differ by at most one. So the split depends only on the set of
 * paths — not on argument order, the machine or the operating system — every file lands in
 * exactly one shard, and the shards are as even as possible. Within a shard, files are
 * reported in their usual order.
 */
import { fnv1a } from '../text/fnv.js';
import path from 'node:path';

export interface Shard {
  /** 1-based index of this shard. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index >= 1) || index > count) {
    throw new Error('expected k/n with 1 ≤ k ≤ n, such as 1/4.');
  }
  return { index, count };
}

export { fnv1a };

/** The path a file is hashed by: relative to `cwd` when given, with `/` separators. */
export function shardKey(filePath: string, cwd?: string): string {
  const rel = cwd === undefined ? filePath : path.relative(cwd, path.resolve(cwd, filePath)) || filePath;
  return rel.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** The files of shard `shard.index` of `shard.count`, in the order they had in `files`. */
export function selectShard<T extends string>(files: readonly T[], shard: Shard, cwd?: string): T[] {
  const keyed = files.map((f, i) => ({ i, key: shardKey(f, cwd) }));
  const hashes = new Map(keyed.map((k) => [k.i, fnv1a(k.key)]));
  keyed.sort((a, b) => hashes.get(a.i)! - hashes.get(b.i)! || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const from = Math.floor(((shard.index - 1) * files.length) / shard.count);
  const to = Math.floor((shard.index * files.length) / shard.count);
  const keep = new Set(keyed.slice(from, to).map((k) => k.i));
  return files.filter((_, i) => keep.has(i));
}
