import { readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { LINTABLE_EXTENSIONS } from './parse/index.js';
import { describeFsError } from './load.js';

export interface Expanded {
  files: string[];
  /** Patterns or paths that could not be used, with the reason. */
  problems: Array<{ pattern: string; message: string }>;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const GLOB_CHARS = /[*?[\]{}!]/;

const lintable = (name: string) => LINTABLE_EXTENSIONS.includes(path.extname(name).toLowerCase());

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(full, out);
    } else if (e.isFile() && lintable(e.name)) out.push(full);
  }
}

/**
 * Expand CLI arguments into files: existing files are taken as they are (whatever their
 * extension), directories are walked for .txt/.md/.markdown/.html/.htm, other arguments are
 * globs. The order is the order of the arguments, each directory or glob sorted.
 */
export async function expandPaths(patterns: string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const problems: Expanded['problems'] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(cwd, f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    let st: Stats | undefined;
    try {
      st = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push({ pattern, message: describeFsError(err) });
        continue;
      }
    }
    if (st?.isFile()) add(pattern);
    else if (st?.isDirectory()) {
      const found: string[] = [];
      try {
        await walk(abs, found);
      } catch (err) {
        problems.push({ pattern, message: describeFsError(err) });
        continue;
      }
      if (found.length === 0) problems.push({ pattern, message: `no lintable files (${LINTABLE_EXTENSIONS.join(' ')}) in directory` });
      found.forEach((f) => add(path.relative(cwd, f) || f));
    } else if (GLOB_CHARS.test(pattern)) {
      const { glob } = await import('tinyglobby');
      const matched = (await glob(pattern, { cwd, ignore: ['**/node_modules/**', '**/.git/**'], dot: false })).sort();
      if (matched.length === 0) problems.push({ pattern, message: 'no files match this pattern' });
      matched.forEach(add);
    } else problems.push({ pattern, message: 'no such file or directory' });
  }
  return { files, problems };
}
