import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, ROOT, copydesk, tempDir } from '../helpers/cli.js';

const SEED = path.join(ROOT, 'fixtures', 'seed-article', 'article.txt');
const STORY = 'Council approves budget\n\nThe council approved the budget on Tuesday after a long debate.\n';
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

describe('bad input matrix', () => {
  it('decodes UTF-16 LE and BE files with a BOM and reports the same findings as UTF-8', () => {
    const seed = Buffer.from(existsSync(SEED) ? '' : '').toString() || STORY;
    const dir = tempDir({ 'u8.txt': seed, 'le.txt': utf16(seed, 'le'), 'be.txt': utf16(seed, 'be') });
    const r = copydesk(['--format', 'json', 'u8.txt', 'le.txt', 'be.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    const [a, b, c] = JSON.parse(r.stdout) as Array<{ messages: unknown[] }>;
    expect(b!.messages).toEqual(a!.messages);
    expect(c!.messages).toEqual(a!.messages);
  });

  it('gives the same line numbers for LF, CRLF and CR-only copies of the seed article', () => {
    const text = spawnSync('cat', [SEED], { encoding: 'utf8' }).stdout;
    const dir = tempDir({ 'lf.txt': text, 'crlf.txt': text.replace(/\n/g, '\r\n'), 'cr.txt': text.replace(/\n/g, '\r') });
    const r = copydesk(['--format', 'json', 'lf.txt', 'crlf.txt', 'cr.txt'], { cwd: dir });
    const reports = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; endLine: number }> }>;
    const positions = reports.map((x) => x.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine]));
    expect(positions[1]).toEqual(positions[0]);
    expect(positions[2]).toEqual(positions[0]);
  });

  it('lints malformed HTML and Markdown without complaint', () => {
    const dir = tempDir({
      'broken.html': '<html><body><p>Unclosed <b>bold <div>mixed</p></span>\n<h1>Title<h2>Sub</body><p>after the end',
      'broken.md': '# Title\n\n**unclosed bold and [a link(\n\n> > > deep\n```\nnever closed fence\n',
    });
    const r = copydesk(['--format', 'json', 'broken.html', 'broken.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it('rejects a non-numeric --max-warnings with exit 2 and no stack trace', () => {
    const r = copydesk(['--max-warnings', 'lots', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-warnings.*expected a whole number/);
    noStack(r.stderr);
  });

  it('rejects an unknown option with exit 2', () => {
    const r = copydesk(['--frobnicate', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
  });

  it('names a file it may not read (run as an unprivileged user)', () => {
    const dir = tempDir({ 'secret.txt': STORY, 'open.txt': STORY });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'open.txt'), 0o644);
    chmodSync(path.join(dir, 'secret.txt'), 0o600);
    const asRoot = process.getuid?.() === 0;
    const cmd = asRoot ? 'setpriv' : process.execPath;
    const args = asRoot
      ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, '--format', 'json', 'secret.txt', 'open.txt']
      : [BIN, '--format', 'json', 'secret.txt', 'open.txt'];
    if (!asRoot) chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('copydesk: secret.txt: permission denied');
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>).map((x) => x.filePath)).toEqual(['open.txt']);
  });

  it('does not crash when its output is piped into head', () => {
    const dir = tempDir();
    for (let i = 0; i < 300; i++) copyFileSync(SEED, path.join(dir, `a${String(i).padStart(3, '0')}.txt`));
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" --format compact . | head -n 1`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('runs with the network unavailable (no requests made)', () => {
    const probe = spawnSync('unshare', ['--net', 'true']);
    if (probe.status !== 0) return; // no network namespaces here; the preload guard below still applies
    const r = spawnSync('unshare', ['--net', process.execPath, BIN, '--format', 'json', SEED], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('opens no socket and resolves no host name while linting', () => {
    const dir = tempDir({ 'guard.mjs': `
      import net from 'node:net'; import dns from 'node:dns'; import tls from 'node:tls';
      const deny = (what) => () => { process.stderr.write('NETWORK USED: ' + what + '\\n'); process.exit(99); };
      net.Socket.prototype.connect = deny('net.connect'); dns.lookup = deny('dns.lookup'); tls.connect = deny('tls.connect');
      globalThis.fetch = deny('fetch');
    `, 'a.html': '<html><head><link rel="stylesheet" href="https://example.com/x.css"><script src="https://example.com/x.js"></script></head><body><img src="https://example.com/i.png"><p>Text.</p></body></html>' });
    writeFileSync(path.join(dir, 'b.md'), '![img](https://example.com/i.png)\n\n[link](https://example.com)\n');
    const r = spawnSync(process.execPath, ['--import', path.join(dir, 'guard.mjs'), BIN, '--format', 'json', 'a.html', 'b.md', SEED], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/NETWORK USED/);
    expect([0, 1]).toContain(r.status);
  });
});
