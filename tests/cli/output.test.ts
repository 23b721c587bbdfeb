import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync, mkdirSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { copydesk, tempDir } from '../helpers/cli.js';
import { PLUGIN_FILE, PLUGIN_SOURCE, testConfig } from '../helpers/plugin.js';

const CONFIG = testConfig({}, { 'test/word': 'warning' });
const setup = (files: Record<string, string> = {}, config = CONFIG) => tempDir({ [PLUGIN_FILE]: PLUGIN_SOURCE, '.copydeskrc.json': config, ...files });
const ids = (stdout: string) => (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; line: number; messageId: string }> }>).flatMap((r) => r.messages.map((m) => `${m.line}:${m.ruleId}`));

const ERR = 'Share this\n\nteh\n';
const WARN2 = 'teh and teh\n';

describe('formats on the command line', () => {
  it('sarif, github, junit, checkstyle, json, compact, stylish', () => {
    const dir = setup({ 'a.txt': ERR });
    const sarif = JSON.parse(copydesk(['-f', 'sarif', 'a.txt'], { cwd: dir }).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['test/chrome', 'test/word']);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('test/chrome');
    expect(copydesk(['-f', 'github', 'a.txt'], { cwd: dir }).stdout).toMatch(/^::error file=a\.txt,line=1,col=1,endLine=1,endColumn=11,title=copydesk \(test\/chrome\)::Unexpected `Share this`; remove it\.\n::warning file=a\.txt,line=3/);
    expect(copydesk(['-f', 'junit', 'a.txt'], { cwd: dir }).stdout).toMatch(/<testsuites name="copydesk" tests="2" failures="2"/);
    expect(copydesk(['-f', 'checkstyle', 'a.txt'], { cwd: dir }).stdout).toMatch(/<error line="1" column="1" severity="error" message="Unexpected `Share this`; remove it\. \(test\/chrome\)" source="copydesk\.test\/chrome" \/>/);
    expect(copydesk(['-f', 'compact', 'a.txt'], { cwd: dir }).stdout).toMatch(/^a\.txt:1:1: error /);
    expect(copydesk(['a.txt'], { cwd: dir }).stdout).toMatch(/✖ 2 problems \(1 error, 1 warning\)/);
  });
});

describe('exit codes, --max-warnings, --quiet, --output-file', () => {
  it('0 clean, 1 errors, warnings pass unless over --max-warnings', () => {
    const dir = setup({ 'clean.txt': 'fine\n', 'err.txt': ERR, 'warn.txt': WARN2 });
    expect(copydesk(['clean.txt'], { cwd: dir }).code).toBe(0);
    expect(copydesk(['err.txt'], { cwd: dir }).code).toBe(1);
    expect(copydesk(['warn.txt'], { cwd: dir }).code).toBe(0);
    expect(copydesk(['--max-warnings', '2', 'warn.txt'], { cwd: dir }).code).toBe(0);
    const over = copydesk(['--max-warnings', '1', 'warn.txt'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/too many warnings \(2\); the maximum is 1/);
    expect(copydesk(['--max-warnings', 'x', 'warn.txt'], { cwd: dir }).code).toBe(2);
  });

  it('--quiet shows errors only', () => {
    const dir = setup({ 'err.txt': ERR, 'warn.txt': WARN2 });
    expect(ids(copydesk(['--quiet', '-f', 'json', 'err.txt'], { cwd: dir }).stdout)).toEqual(['1:test/chrome']);
    const q = copydesk(['--quiet', 'warn.txt'], { cwd: dir });
    expect([q.code, q.stdout]).toEqual([0, '']);
  });

  it('--output-file writes the report (creating folders), prints nothing, and keeps the exit code', () => {
    const dir = setup({ 'err.txt': ERR, 'clean.txt': 'fine\n' });
    const r = copydesk(['-f', 'sarif', '--output-file', 'reports/out.sarif', 'err.txt'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(JSON.parse(readFileSync(path.join(dir, 'reports/out.sarif'), 'utf8')).runs[0].results).toHaveLength(2);
    const c = copydesk(['-o', 'clean.json', '-f', 'json', 'clean.txt'], { cwd: dir });
    expect([c.code, c.stdout]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(path.join(dir, 'clean.json'), 'utf8'))[0].messages).toEqual([]);
    mkdirSync(path.join(dir, 'ro'));
    chmodSync(path.join(dir, 'ro'), 0o500);
    if (process.getuid?.() !== 0) expect(copydesk(['-o', 'ro/x.json', 'clean.txt'], { cwd: dir }).code).toBe(2);
    const d = copydesk(['-o', 'clean.txt/x', 'clean.txt'], { cwd: dir });
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/^copydesk: --output-file clean\.txt\/x: cannot write the report/);
  });
});

describe('directives on the command line', () => {
  it('suppresses, reports unknown rules, and reports unused directives on request', () => {
    const dir = setup({ 'a.md': '<!-- copydesk-disable-next-line test/word -- a name -->\nteh\n\n<!-- copydesk-disable-next-line test/chrome -->\nfine\n\n<!-- copydesk-disable speling -->\n' });
    const plain = copydesk(['-f', 'json', 'a.md'], { cwd: dir });
    expect(ids(plain.stdout)).toEqual(['7:copydesk-directive']);
    expect(plain.code).toBe(1);
    expect(ids(copydesk(['-f', 'json', '--report-unused-directives', 'a.md'], { cwd: dir }).stdout)).toEqual(['4:copydesk-directive', '7:copydesk-directive']);
    const sev = JSON.parse(copydesk(['-f', 'json', '--report-unused-directives-severity', 'warning', 'a.md'], { cwd: dir }).stdout)[0].messages;
    expect(sev.map((m: { severity: number }) => m.severity)).toEqual([1, 2]);
    expect(ids(copydesk(['-f', 'json', '--no-inline-config', 'a.md'], { cwd: dir }).stdout)).toEqual(['2:test/word']);
  });
});

describe('bulk suppressions', () => {
  it('--suppress-all records a baseline; later runs report only new findings', () => {
    const dir = setup({ 'old.txt': ERR, 'sub/other.txt': WARN2 });
    const s = copydesk(['--suppress-all', '.'], { cwd: dir });
    expect(s.code).toBe(0);
    expect(s.stderr).toMatch(/copydesk-suppressions\.json: 4 findings suppressed/);
    expect(JSON.parse(readFileSync(path.join(dir, 'copydesk-suppressions.json'), 'utf8'))).toEqual({
      'old.txt': { 'test/chrome': { count: 1 }, 'test/word': { count: 1 } },
      'sub/other.txt': { 'test/word': { count: 2 } },
    });
    const again = copydesk(['-f', 'json', '.'], { cwd: dir });
    expect([again.code, ids(again.stdout)]).toEqual([0, []]);
    // A new file and a new finding of a suppressed rule are reported (all of that rule in that file).
    writeFileSync(path.join(dir, 'new.txt'), 'Share this\n');
    writeFileSync(path.join(dir, 'old.txt'), ERR + '\nteh again\n');
    const next = copydesk(['-f', 'json', '.'], { cwd: dir });
    expect(next.code).toBe(1);
    expect(ids(next.stdout)).toEqual(['1:test/chrome', '3:test/word', '5:test/word']);
  });

  it('--suppressions-location creates its folder', () => {
    const dir = setup({ 'a.txt': ERR });
    expect(copydesk(['--suppress-all', '--suppressions-location', 'base/supp.json', 'a.txt'], { cwd: dir }).code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(path.join(dir, 'base/supp.json'), 'utf8')))).toEqual(['../a.txt']);
    expect(copydesk(['--suppressions-location', 'base/supp.json', 'a.txt'], { cwd: dir }).code).toBe(0);
  });

  it('--suppress-rule and --prune-suppressions', () => {
    const dir = setup({ 'a.txt': ERR });
    const r = copydesk(['-f', 'json', '--suppress-rule', 'test/word', '--suppressions-location', 'supp.json', 'a.txt'], { cwd: dir });
    expect(ids(r.stdout)).toEqual(['1:test/chrome']);
    expect(JSON.parse(readFileSync(path.join(dir, 'supp.json'), 'utf8'))).toEqual({ 'a.txt': { 'test/word': { count: 1 } } });
    writeFileSync(path.join(dir, 'a.txt'), 'Share this\n');
    const unused = copydesk(['--suppressions-location', 'supp.json', 'a.txt'], { cwd: dir });
    expect(unused.stderr).toMatch(/1 suppression is no longer needed; run with --prune-suppressions/);
    copydesk(['--prune-suppressions', '--suppressions-location', 'supp.json', 'a.txt'], { cwd: dir });
    expect(JSON.parse(readFileSync(path.join(dir, 'supp.json'), 'utf8'))).toEqual({});
  });

  it('rejects a damaged suppressions file with exit 2', () => {
    const dir = setup({ 'a.txt': ERR, 'copydesk-suppressions.json': '{"a.txt": {"test/word": {"count": "x"}}}' });
    const r = copydesk(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/copydesk-suppressions\.json: "a\.txt"\.test\/word\.count: expected a whole number/);
  });
});

describe('--cache', () => {
  const cacheOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { version: string; entries: Record<string, { key: string; messages: Array<{ message: string }> }> };

  it('reuses results while content, configuration and version are unchanged', () => {
    const dir = setup({ 'a.txt': 'teh\n' });
    const cacheFile = path.join(dir, '.copydeskcache');
    expect(copydesk(['--cache', 'a.txt'], { cwd: dir }).code).toBe(0);
    const data = cacheOf(cacheFile);
    const entry = Object.values(data.entries)[0]!;
    expect(entry.messages).toHaveLength(1);
    // Plant a marker: a run that shows it took the result from the cache.
    entry.messages[0]!.message = 'FROM CACHE';
    writeFileSync(cacheFile, JSON.stringify(data));
    expect(copydesk(['--cache', '-f', 'compact', 'a.txt'], { cwd: dir }).stdout).toContain('FROM CACHE');
    // Without --cache the cache is not used.
    expect(copydesk(['-f', 'compact', 'a.txt'], { cwd: dir }).stdout).not.toContain('FROM CACHE');
    // Content changes: linted again.
    writeFileSync(path.join(dir, 'a.txt'), 'teh teh\n');
    expect(copydesk(['--cache', '-f', 'compact', 'a.txt'], { cwd: dir }).stdout).not.toContain('FROM CACHE');
    // Configuration changes: linted again.
    const d2 = cacheOf(cacheFile);
    Object.values(d2.entries)[0]!.messages[0]!.message = 'FROM CACHE';
    writeFileSync(cacheFile, JSON.stringify(d2));
    expect(copydesk(['--cache', '-f', 'compact', 'a.txt'], { cwd: dir }).stdout).toContain('FROM CACHE');
    expect(copydesk(['--cache', '-f', 'compact', '--rule', 'test/word=error', 'a.txt'], { cwd: dir }).stdout).not.toContain('FROM CACHE');
    // Another copydesk version: the whole cache is dropped.
    const d3 = cacheOf(cacheFile);
    d3.version = '0.0.0-other';
    for (const e of Object.values(d3.entries)) e.messages.forEach((m) => (m.message = 'FROM CACHE'));
    writeFileSync(cacheFile, JSON.stringify(d3));
    expect(copydesk(['--cache', '-f', 'compact', 'a.txt'], { cwd: dir }).stdout).not.toContain('FROM CACHE');
  });

  it('--cache-location takes a file or a directory; a damaged cache is rebuilt', () => {
    const dir = setup({ 'a.txt': 'teh\n' });
    mkdirSync(path.join(dir, 'tmp'));
    copydesk(['--cache', '--cache-location', 'tmp', 'a.txt'], { cwd: dir });
    expect(existsSync(path.join(dir, 'tmp/.copydeskcache'))).toBe(true);
    copydesk(['--cache', '--cache-location', 'c/lint.json', 'a.txt'], { cwd: dir });
    expect(existsSync(path.join(dir, 'c/lint.json'))).toBe(true);
    writeFileSync(path.join(dir, 'c/lint.json'), '{ broken');
    const r = copydesk(['--cache', '--cache-location', 'c/lint.json', '-f', 'json', 'a.txt'], { cwd: dir });
    expect(ids(r.stdout)).toEqual(['1:test/word']);
    expect(cacheOf(path.join(dir, 'c/lint.json')).entries).not.toEqual({});
  });
});
