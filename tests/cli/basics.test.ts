import { describe, expect, it } from 'vitest';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { copydesk, tempDir } from '../helpers/cli.js';

const CLEAN = 'A calm headline\n\nThe council met on Tuesday and agreed the budget for next year.\n';

describe('copydesk CLI: input handling', () => {
  it('prints help with examples and exits 0', () => {
    const r = copydesk(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: copydesk/);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/Exit codes:/);
  });

  it('prints the package version', () => {
    const r = copydesk(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 with one clear line when given nothing to lint', () => {
    const r = copydesk([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^copydesk: no input/);
  });

  it('exits 2 on a missing file, naming it, without a stack trace', () => {
    const dir = tempDir();
    const r = copydesk(['missing.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('copydesk: missing.txt: no such file or directory');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('still lints and reports the good file when another is missing', () => {
    const dir = tempDir({ 'good.txt': CLEAN });
    const r = copydesk(['--format', 'json', 'good.txt', 'missing.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt: no such file or directory/);
    const report = JSON.parse(r.stdout) as Array<{ filePath: string }>;
    expect(report.map((x) => x.filePath)).toEqual(['good.txt']);
  });

  it('refuses a binary file with exit 2 and keeps going', () => {
    const dir = tempDir({ 'image.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'good.txt': CLEAN });
    const r = copydesk(['--format', 'json', 'image.txt', 'good.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('copydesk: image.txt: binary file (NUL byte at offset 4); not linted');
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('refuses invalid UTF-8 with exit 2, naming the byte', () => {
    const dir = tempDir({ 'latin1.txt': Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]) });
    const r = copydesk(['latin1.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/latin1\.txt: invalid UTF-8 at byte 3/);
  });

  it('reports an unreadable file and exits 2', () => {
    if (process.getuid?.() === 0) return; // root reads everything; permission cannot be denied
    const dir = tempDir({ 'secret.txt': CLEAN });
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const r = copydesk(['secret.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/secret\.txt: permission denied/);
  });

  it('lints an empty file with no findings', () => {
    const dir = tempDir({ 'empty.txt': '' });
    const r = copydesk(['--format', 'json', 'empty.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { filePath: 'empty.txt', messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
    ]);
  });

  it('walks directories for article extensions, skipping node_modules and .git', () => {
    const dir = tempDir({
      'a/one.md': CLEAN,
      'a/two.html': `<p>${CLEAN}</p>`,
      'a/skip.js': 'x',
      'a/node_modules/dep.md': CLEAN,
      'a/.git/x.txt': CLEAN,
      'b.txt': CLEAN,
    });
    const r = copydesk(['--format', 'json', 'a', 'b.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>).map((x) => x.filePath)).toEqual([
      path.join('a', 'one.md'),
      path.join('a', 'two.html'),
      'b.txt',
    ]);
  });

  it('expands globs and reports a glob that matches nothing', () => {
    const dir = tempDir({ 'content/x.md': CLEAN, 'content/y.md': CLEAN });
    const r = copydesk(['--format', 'json', 'content/*.md', 'nothing/*.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing\/\*\.md: no files match this pattern/);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2);
  });

  it('reports a directory with nothing to lint', () => {
    const dir = tempDir({ 'src/code.js': 'x' });
    const r = copydesk(['src'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/src: no lintable files/);
  });

  it('reads stdin with - and names it with --stdin-filename', () => {
    const r = copydesk(['--format', 'json', '-', '--stdin-filename', 'story.md'], { input: CLEAN });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>)[0]!.filePath).toBe('story.md');
  });

  it('rejects an unknown rule and a bad severity with exit 2', () => {
    const dir = tempDir({ 'a.txt': CLEAN });
    const a = copydesk(['--rule', 'no-such-rule=off', 'a.txt'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/unknown rule "no-such-rule"/);
    const b = copydesk(['--rule', 'spelling=loud', 'a.txt'], { cwd: dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/expected "off", "warning" or "error"/);
  });

  it('rejects an unknown format with exit 2', () => {
    const r = copydesk(['--format', 'yaml', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are/);
  });

  it('skips a file over --max-file-size with exit 2', () => {
    const dir = tempDir({ 'big.txt': 'word '.repeat(1000) });
    const r = copydesk(['--max-file-size', '1KB', 'big.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/big\.txt: file is 4\.9 KB, over the 1 KB limit/);
  });
});
