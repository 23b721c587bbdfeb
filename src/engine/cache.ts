/**
 * `--cache`: findings per file, keyed by the file's content, its effective configuration and
 * copydesk's version. A file whose key is unchanged is not parsed or linted again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LintMessage } from '../types.js';
import { encode, writeFileAtomic } from './fix.js';

export const DEFAULT_CACHE_FILE = '.copydeskcache';

interface CacheData {
  version: string;
  entries: Record<string, { key: string; messages: LintMessage[] }>;
}

/** Where the cache lives: a file, or `.copydeskcache` inside a directory (existing, or given with a trailing slash). */
export async function cacheFilePath(location: string | undefined, cwd: string): Promise<string> {
  if (!location) return path.join(cwd, DEFAULT_CACHE_FILE);
  const abs = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(abs, DEFAULT_CACHE_FILE);
  try {
    if ((await stat(abs)).isDirectory()) return path.join(abs, DEFAULT_CACHE_FILE);
  } catch {
    /* a file to create */
  }
  return abs;
}

export class LintCache {
  private data: CacheData;
  private dirty = false;

  private constructor(
    readonly file: string,
    readonly version: string,
    data: CacheData | undefined,
  ) {
    this.data = data && data.version === version && data.entries && typeof data.entries === 'object' ? data : { version, entries: {} };
  }

  static async open(file: string, version: string): Promise<LintCache> {
    let data: CacheData | undefined;
    try {
      data = JSON.parse(await readFile(file, 'utf8')) as CacheData;
    } catch {
      data = undefined; // missing or damaged: start afresh
    }
    return new LintCache(file, version, data);
  }

  /** The key of a file's content under a configuration fingerprint. */
  key(content: string, fingerprint: string): string {
    return createHash('sha256').update(this.version).update('\0').update(fingerprint).update('\0').update(content).digest('hex');
  }

  get(absPath: string, key: string): LintMessage[] | undefined {
    const e = this.data.entries[absPath];
    return e && e.key === key ? e.messages : undefined;
  }

  set(absPath: string, key: string, messages: LintMessage[]): void {
    this.data.entries[absPath] = { key, messages };
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    const text = JSON.stringify(this.data);
    await mkdir(path.dirname(this.file), { recursive: true });
    try {
      await writeFileAtomic(this.file, encode(text, undefined));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      const { writeFile } = await import('node:fs/promises');
      await writeFile(this.file, text);
    }
    this.dirty = false;
  }
}
