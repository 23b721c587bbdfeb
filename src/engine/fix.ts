/**
 * Applying rule fixes: in memory (`applyFixes`), to disk atomically (`writeFileAtomic`), or as
 * a unified diff (`unifiedDiff`). Only the reported ranges change: everything else, including
 * line endings, the byte-order mark, the encoding and the file mode, is kept.
 */
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink, chmod, chown } from 'node:fs/promises';
import path from 'node:path';
import type { LintMessage, Range } from '../types.js';
import type { Decoded } from './load.js';

export interface FixOutcome {
  output: string;
  /** Fixes applied. */
  applied: number;
}

const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

/**
 * Apply the fixes carried by `messages` to `text`. Fixes are applied from the start of the
 * text; one that overlaps an earlier applied fix, or touches a `protect`ed range (directive
 * comments), is left for the next pass. Replacement text takes the file's line ending.
 */
export function applyFixes(text: string, messages: readonly LintMessage[], protect: readonly Range[] = []): FixOutcome {
  const fixes = messages
    .filter((m) => m.fix)
    .map((m) => m.fix!)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  if (fixes.length === 0) return { output: text, applied: 0 };
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  let out = '';
  let at = 0;
  let applied = 0;
  for (const f of fixes) {
    const [s, e] = f.range;
    if (s < at || e > text.length || s > e) continue;
    if (protect.some((p) => overlaps(p, f.range) || (s === e && p[0] < s && s < p[1]))) continue;
    const replacement = eol === '\r\n' ? f.text.replace(/\r?\n/g, '\r\n') : f.text;
    if (text.slice(s, e) === replacement) continue;
    out += text.slice(at, s) + replacement;
    at = e;
    applied++;
  }
  return { output: out + text.slice(at), applied };
}

/** Encode text back to the bytes of its original encoding, with the same byte-order mark. */
export function encode(text: string, bom: Decoded['bom']): Buffer {
  if (bom === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (bom === 'utf-16be') {
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i + 1 < le.length; i += 2) {
      const t = le[i]!;
      le[i] = le[i + 1]!;
      le[i + 1] = t;
    }
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
  }
  const body = Buffer.from(text, 'utf8');
  return bom === 'utf-8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/**
 * Replace a file's content atomically: write a temporary file in the same directory with the
 * original's mode (and owner, when allowed), flush it, then rename it over the original.
 * Symbolic links are followed, so the link stays a link.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  let target = file;
  let st: { mode: number; uid: number; gid: number } | undefined;
  try {
    target = await realpath(file);
    st = await stat(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const mode = st ? st.mode & 0o7777 : 0o666 & ~process.umask();
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.copydesk-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', mode);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(tmp, mode);
    if (st && typeof process.getuid === 'function' && process.getuid() === 0) await chown(tmp, st.uid, st.gid).catch(() => undefined);
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

let diffModule: typeof import('diff') | undefined;

/** A unified diff (`git apply` / `patch -p1` compatible) from `before` to `after`. */
export async function unifiedDiff(filePath: string, before: string, after: string): Promise<string> {
  if (before === after) return '';
  diffModule ??= await import('diff');
  const name = filePath.split(path.sep).join('/');
  const patch = diffModule.createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
  // Drop the "Index:"/"====" preamble some versions emit; keep ---/+++ and hunks.
  return patch.replace(/^(?:Index:.*\n)?(?:=+\n)?/, '');
}
