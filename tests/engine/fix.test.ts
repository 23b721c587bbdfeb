import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, chmodSync, readdirSync, symlinkSync, lstatSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyFixes, encode, writeFileAtomic, unifiedDiff } from '../../src/engine/fix.js';
import { decode } from '../../src/engine/load.js';
import { tempDir } from '../helpers/cli.js';
import type { LintMessage } from '../../src/types.js';

const msg = (range: [number, number], text: string): LintMessage => ({ ruleId: 'r', messageId: 'm', severity: 2, message: '', line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range, text } });

describe('applyFixes', () => {
  it('changes only the fixed ranges, in order, and skips overlapping fixes for a later pass', () => {
    const text = 'abcdefghij';
    const out = applyFixes(text, [msg([6, 8], 'X'), msg([0, 2], ''), msg([1, 3], 'Y'), msg([8, 8], '!')]);
    expect(out).toEqual({ output: 'cdefX!ij', applied: 3 });
  });

  it('keeps CRLF line endings, also in replacement text', () => {
    const text = 'one\r\ntwo\r\nthree\r\n';
    expect(applyFixes(text, [msg([5, 10], 'deux\n')]).output).toBe('one\r\ndeux\r\nthree\r\n');
  });

  it('never touches protected ranges (directive comments)', () => {
    expect(applyFixes('abc<!-- x -->def', [msg([2, 5], '')], [[3, 13]]).applied).toBe(0);
    expect(applyFixes('abc<!-- x -->def', [msg([13, 14], '')], [[3, 13]]).output).toBe('abc<!-- x -->ef');
  });

  it('ignores fixes without effect and messages without fixes', () => {
    expect(applyFixes('abc', [msg([0, 1], 'a'), { ...msg([0, 1], ''), fix: undefined }])).toEqual({ output: 'abc', applied: 0 });
  });
});

describe('encode', () => {
  it('round-trips UTF-8 with and without BOM, UTF-16LE and UTF-16BE', () => {
    const text = 'Café — “quoted”\r\nline two 🗞\n';
    for (const bom of [undefined, 'utf-8', 'utf-16le', 'utf-16be'] as const) {
      const bytes = encode(text, bom);
      const back = decode(bytes, 'x');
      expect(back.text, String(bom)).toBe(text);
      expect(back.bom, String(bom)).toBe(bom);
    }
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file through a rename, keeps its mode and leaves no temporary file', async () => {
    const dir = tempDir({ 'a.txt': 'old\n' });
    const file = path.join(dir, 'a.txt');
    chmodSync(file, 0o640);
    const inode = statSync(file).ino;
    await writeFileAtomic(file, Buffer.from('new\n'));
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(statSync(file).ino).not.toBe(inode);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('follows a symbolic link and keeps the link', async () => {
    const dir = tempDir({ 'real.txt': 'old\n' });
    symlinkSync('real.txt', path.join(dir, 'link.txt'));
    await writeFileAtomic(path.join(dir, 'link.txt'), Buffer.from('new\n'));
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.txt'), 'utf8')).toBe('new\n');
  });

  it('leaves the original intact and no temporary file when writing fails', async () => {
    const dir = tempDir({ 'a.txt': 'old\n' });
    const file = path.join(dir, 'a.txt');
    chmodSync(dir, 0o500);
    try {
      if (process.getuid?.() === 0) return; // root may write anyway
      await expect(writeFileAtomic(file, Buffer.from('new\n'))).rejects.toThrow();
      expect(readFileSync(file, 'utf8')).toBe('old\n');
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(readdirSync(dir)).toEqual(['a.txt']);
    writeFileSync(file, 'x');
  });
});

describe('unifiedDiff', () => {
  it('prints a git-style unified diff, empty when nothing changed', async () => {
    expect(await unifiedDiff('a.txt', 'x\n', 'x\n')).toBe('');
    const d = await unifiedDiff('dir/a.txt', 'one\ntwo\nthree\n', 'one\nthree\n');
    expect(d).toBe('--- a/dir/a.txt\n+++ b/dir/a.txt\n@@ -1,3 +1,2 @@\n one\n-two\n three\n');
  });
});
