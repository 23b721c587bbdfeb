import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, chmodSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { copydesk, tempDir } from '../helpers/cli.js';
import { PLUGIN_FILE, PLUGIN_SOURCE, testConfig } from '../helpers/plugin.js';
import { encode } from '../../src/engine/fix.js';

const CONFIG = testConfig({}, { 'test/word': 'warning' });
const setup = (files: Record<string, string | Uint8Array>) => tempDir({ [PLUGIN_FILE]: PLUGIN_SOURCE, '.copydeskrc.json': CONFIG, ...files });

const ARTICLE = 'Headline\n\nShare this\n\nThe minister said teh talks would resume.\n\nShare this\n\nMore of teh story.\n';
const FIXED = 'Headline\n\n\nThe minister said the talks would resume.\n\n\nMore of the story.\n';

describe('--fix', () => {
  it('applies fixes in place, reports what remains, and a second --fix changes nothing', () => {
    const dir = setup({ 'a.txt': ARTICLE });
    const r = copydesk(['--fix', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(FIXED);
    expect(JSON.parse(r.stdout)[0].messages).toEqual([]);
    const before = statSync(path.join(dir, 'a.txt'));
    const again = copydesk(['--fix', 'a.txt'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(path.join(dir, 'a.txt')).mtimeMs).toBe(before.mtimeMs);
  });

  it('changes only the reported ranges: every other byte is kept', () => {
    const text = '  Odd   spacing\t stays \n\nShare this\n\nteh\u00a0end — “quotes” stay\n\n\n\ntrailing   \n';
    const dir = setup({ 'a.md': text });
    copydesk(['--fix', 'a.md'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(text.replace('Share this\n', '').replace('teh', 'the'));
  });

  it('keeps CRLF line endings, a UTF-8 BOM, UTF-16 encoding and the file mode', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const dir = setup({
      'crlf.txt': crlf,
      'bom.txt': encode(ARTICLE, 'utf-8'),
      'utf16.txt': encode(ARTICLE, 'utf-16le'),
      'mode.txt': ARTICLE,
    });
    chmodSync(path.join(dir, 'mode.txt'), 0o751);
    const r = copydesk(['--fix', 'crlf.txt', 'bom.txt', 'utf16.txt', 'mode.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'crlf.txt'), 'utf8')).toBe(FIXED.replace(/\n/g, '\r\n'));
    expect(readFileSync(path.join(dir, 'bom.txt'))).toEqual(encode(FIXED, 'utf-8'));
    expect(readFileSync(path.join(dir, 'utf16.txt'))).toEqual(encode(FIXED, 'utf-16le'));
    expect(statSync(path.join(dir, 'mode.txt')).mode & 0o7777).toBe(0o751);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('writes through a rename (new inode), leaving no temporary file', () => {
    const dir = setup({ 'a.txt': ARTICLE });
    const inode = statSync(path.join(dir, 'a.txt')).ino;
    copydesk(['--fix', 'a.txt'], { cwd: dir });
    expect(statSync(path.join(dir, 'a.txt')).ino).not.toBe(inode);
    expect(readdirSync(dir).sort()).toEqual(['.copydeskrc.json', 'a.txt', PLUGIN_FILE].sort());
  });

  it('never removes a directive comment and keeps suppressed findings unfixed', () => {
    const text = 'Headline\n\n<!-- copydesk-disable-next-line test/word -->\nteh name\n\nShare this\n';
    const dir = setup({ 'a.md': text });
    copydesk(['--fix', 'a.md'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('Headline\n\n<!-- copydesk-disable-next-line test/word -->\nteh name\n\n');
  });

  it('exits 1 when errors remain after fixing', () => {
    const dir = setup({ 'a.txt': 'teh\n', '.copydeskrc.json': testConfig({}, { 'test/word': 'error', 'test/settings': 'error' }) });
    const r = copydesk(['--fix', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('the\n');
  });

  it('refuses --fix on stdin and --fix with --fix-dry-run (exit 2)', () => {
    expect(copydesk(['--fix', '-'], { input: 'x' }).code).toBe(2);
    expect(copydesk(['--fix', '--fix-dry-run', 'x.txt']).code).toBe(2);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff that applies cleanly, and writes nothing', () => {
    const dir = setup({ 'a.txt': ARTICLE, 'b.txt': 'clean\n' });
    const r = copydesk(['--fix-dry-run', 'a.txt', 'b.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('--- a/a.txt\n+++ b/a.txt\n@@ ')).toBe(true);
    expect(r.stdout).toContain('-Share this\n');
    expect(r.stdout).toContain('+The minister said the talks would resume.\n');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(ARTICLE);
    const p = spawnSync('git', ['apply', '--unidiff-zero', '-'], { cwd: dir, input: r.stdout, encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(FIXED);
  });

  it('works on stdin, and writes the remaining report to --output-file', () => {
    const dir = setup({});
    const r = copydesk(['--fix-dry-run', '--stdin-filename', 'story.txt', '--format', 'json', '-o', 'report.json', '-'], { cwd: dir, input: 'teh story\n' });
    expect(r.stdout).toBe('--- a/story.txt\n+++ b/story.txt\n@@ -1,1 +1,1 @@\n-teh story\n+the story\n');
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))[0].messages).toEqual([]);
  });
});
