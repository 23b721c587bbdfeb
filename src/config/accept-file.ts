import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where a project keeps words and patterns every rule accepts, one per line. */
export const ACCEPT_FILE = path.join('.copydesk', 'accept.txt');

/**
 * The entries of `<cwd>/.copydesk/accept.txt`: one word or pattern per line (`*` and `?` globs,
 * or `/regular expression/`); blank lines and lines starting with `#` are skipped. No file, no
 * entries.
 */
export function readAcceptFile(cwd: string): string[] {
  let text: string;
  try {
    text = readFileSync(path.join(cwd, ACCEPT_FILE), 'utf8');
  } catch {
    return [];
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
