/** `.copydeskignore` (gitignore syntax, relative to its directory) and `--ignore-pattern`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config.js';

export const IGNORE_FILE = '.copydeskignore';

export interface IgnoreOptions {
  cwd: string;
  /** An ignore file other than `<cwd>/.copydeskignore` (`--ignore-path`). */
  ignorePath?: string;
  /** Extra patterns, relative to cwd (`--ignore-pattern`). */
  patterns?: string[];
}

/** A predicate saying whether a file (absolute path) is ignored. */
export async function createIgnore(options: IgnoreOptions): Promise<(absPath: string) => boolean> {
  const file = path.resolve(options.cwd, options.ignorePath ?? IGNORE_FILE);
  let lines: string[] = [];
  try {
    lines = readFileSync(file, 'utf8').split(/\r?\n/);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || options.ignorePath) {
      throw new ConfigError(`${options.ignorePath ?? IGNORE_FILE}: cannot read ignore file (${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message})`);
    }
  }
  const patterns = options.patterns ?? [];
  if (!lines.some((l) => l.trim() && !l.startsWith('#')) && patterns.length === 0) return () => false;
  const { default: ignore } = (await import('ignore')) as unknown as { default: () => import('ignore').Ignore };
  const fromFile = ignore().add(lines);
  const fromFlags = ignore().add(patterns);
  const fileBase = path.dirname(file);
  const rel = (base: string, abs: string) => {
    const r = path.relative(base, abs).split(path.sep).join('/');
    return r && !r.startsWith('../') && !path.isAbsolute(r) ? r : null;
  };
  return (absPath: string) => {
    const a = rel(fileBase, absPath);
    if (a && fromFile.ignores(a)) return true;
    const b = rel(options.cwd, absPath);
    return Boolean(b && fromFlags.ignores(b));
  };
}
