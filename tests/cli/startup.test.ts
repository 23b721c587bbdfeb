import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, copydesk, tempDir } from '../helpers/cli.js';

const BUNDLE = path.join(ROOT, 'dist', 'copydesk.cjs');
const CACHE = `${BUNDLE}.cache`;

/** Every fixture article: plain text, Markdown and HTML. */
const articles = readdirSync(path.join(ROOT, 'fixtures')).flatMap((d) =>
  readdirSync(path.join(ROOT, 'fixtures', d))
    .filter((f) => f.startsWith('article.'))
    .map((f) => path.join('fixtures', d, f)),
);

/** The compiled modules run directly, without the bundle or its code cache. */
function unbundled(args: string[]) {
  const script = `import('./dist/cli/main.js').then(async ({ main }) => { process.exitCode = await main([process.execPath, 'copydesk', ...process.argv.slice(1)], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }); })`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the copydesk command starts from one bundle and its code cache', { timeout: 120_000 }, () => {
  it('gives the same report as the compiled modules, with and without the cache', () => {
    expect(articles.length).toBeGreaterThan(30);
    const args = ['--format', 'json', '--no-config', ...articles];
    const direct = unbundled(args);
    expect(direct.code).toBe(1);
    expect(JSON.parse(direct.stdout)).toHaveLength(articles.length);
    const cached = copydesk(args);
    const uncached = copydesk(args, { env: { COPYDESK_CODE_CACHE: 'off' } });
    for (const r of [cached, uncached]) {
      expect(r.stdout).toBe(direct.stdout);
      expect(r.stderr).toBe(direct.stderr);
      expect(r.code).toBe(direct.code);
    }
  });

  it('keeps a code cache that the next run accepts instead of writing it again', () => {
    copydesk(['--no-config', 'fixtures/seed-article/article.txt']);
    const before = statSync(CACHE).mtimeMs;
    expect(statSync(CACHE).size).toBeGreaterThan(100_000);
    const r = copydesk(['--no-config', 'fixtures/seed-article/article.txt']);
    expect(r.code).toBe(1);
    // A short run keeps V8 from optimising (Io.shortRun) and a longer one does not; both leave
    // the flags the cache was made under.
    const longer = copydesk(['--no-config', '--concurrency', 'off', 'fixtures']);
    expect(longer.stderr).toBe('');
    expect(statSync(CACHE).mtimeMs).toBe(before);
    // A rejected cache (another Node.js, or a bundle newer than its cache) is written anew.
    expect(statSync(CACHE).mtimeMs).toBe(before);
  });

  it('prints the time of each rule on stderr when TIMING is set, and an unchanged report', () => {
    const plain = copydesk(['--format', 'json', '--no-config', 'fixtures/seed-article/article.txt']);
    const timed = copydesk(['--format', 'json', '--no-config', 'fixtures/seed-article/article.txt'], { env: { TIMING: '1' } });
    expect(timed.stdout).toBe(plain.stdout);
    expect(timed.code).toBe(plain.code);
    const rows = timed.stderr.split('\n').filter((l) => /^\S+\s+\|\s+\d+\.\d{3} \|\s+\d+\.\d%$/.test(l));
    expect(rows.map((l) => l.split(' ')[0]).sort()).toEqual(['boilerplate-leakage', 'duplicate-label', 'missing-attribution', 'off-topic-insertion', 'spelling']);
    expect(timed.stderr).toMatch(/^\nRule\s+\| Time \(ms\) \| Relative\n/);
    // Without TIMING nothing is added.
    expect(plain.stderr).toBe('');
    expect(BIN).toMatch(/copydesk\.js$/);
  });
});

describe('the V8 settings of the command', () => {
  it('end every run with its exit code, never a crash (80 runs that load a package on demand)', async () => {
    // A YAML configuration with an error: the yaml package is imported on demand, the run exits 2.
    // Turning regexp tier-up off at run time once made about one such run in a hundred crash.
    const dir = tempDir({ '.copydeskrc.yaml': 'rules:\n  spelling: [error\n', 'a.txt': 'Hello world.\n' });
    const once = () =>
      new Promise<{ code: number | null; signal: string | null }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'a.txt'], { cwd: dir, stdio: 'ignore' });
        child.on('close', (code, signal) => resolve({ code, signal }));
      });
    const results: { code: number | null; signal: string | null }[] = [];
    for (let i = 0; i < 40; i++) results.push(...(await Promise.all([once(), once()])));
    expect(results.filter((r) => r.code !== 2)).toEqual([]);
  }, 120_000);
});

describe('the code cache loader (bin/load-bundle.js)', () => {
  /** A copy of the loader beside a bundle of our own, run in a fresh process. */
  function setup(bundle: string) {
    const dir = tempDir({
      'bin/load-bundle.js': readFileSync(path.join(ROOT, 'bin', 'load-bundle.js'), 'utf8'),
      'bin/run.js': "const { loadBundle } = require('./load-bundle.js');\nconst l = loadBundle();\nprocess.stdout.write(String(l.exports.value()));\nl.saveCache();\n",
      'bin/package.json': '{"type":"commonjs"}',
      'dist/copydesk.cjs': bundle,
      'package.json': '{"type":"module"}',
    });
    const run = () => spawnSync(process.execPath, [path.join(dir, 'bin', 'run.js')], { encoding: 'utf8' });
    return { dir, run, cache: path.join(dir, 'dist', 'copydesk.cjs.cache') };
  }

  it('writes a cache on the first run and uses it on the next', () => {
    const { run, cache } = setup('exports.value = () => "one";\n');
    expect(run().stdout).toBe('one');
    const first = readFileSync(cache);
    expect(run().stdout).toBe('one');
    expect(readFileSync(cache).equals(first)).toBe(true);
  });

  it('never runs a cache made for other code, even of the same length', () => {
    const { dir, run, cache } = setup('exports.value = () => "one";\n');
    expect(run().stdout).toBe('one');
    const stale = readFileSync(cache);
    writeFileSync(path.join(dir, 'dist', 'copydesk.cjs'), 'exports.value = () => "two";\n');
    expect(run().stdout).toBe('two');
    // Written again for the new code.
    expect(readFileSync(cache).equals(stale)).toBe(false);
    expect(run().stdout).toBe('two');
  });

  it('matches the cache against the build id on the first line of the bundle', () => {
    const id = (c: string) => `// copydesk-build ${c.repeat(40)}\n`;
    const { dir, run, cache } = setup(`${id('a')}exports.value = () => "one";\n`);
    expect(run().stdout).toBe('one');
    // The cache is led by the id itself, not by a hash of the file.
    expect(readFileSync(cache).subarray(0, 20).toString('hex')).toBe('a'.repeat(40));
    writeFileSync(path.join(dir, 'dist', 'copydesk.cjs'), `${id('b')}exports.value = () => "two";\n`);
    expect(run().stdout).toBe('two');
    expect(readFileSync(cache).subarray(0, 20).toString('hex')).toBe('b'.repeat(40));
  });

  it('keeps the cache a short run writes (V8 flags put back before it is written)', () => {
    // The command itself, around a bundle whose main reports a short run when asked to.
    const { dir, cache } = setup('exports.main = async (argv, io) => { if (argv.includes("short")) io.shortRun(); return 0; };\n');
    writeFileSync(path.join(dir, 'bin', 'copydesk.js'), readFileSync(BIN, 'utf8'));
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(dir, 'bin', 'copydesk.js'), ...args], { encoding: 'utf8' });
    expect(run('short').status).toBe(0);
    const first = readFileSync(cache);
    // A cache made under other V8 flags would be rejected, and written again, by the next run.
    expect(run().status).toBe(0);
    expect(run('short').status).toBe(0);
    expect(readFileSync(cache).equals(first)).toBe(true);
  });

  it('loads child_process only when the bundle uses it', () => {
    const { run } = setup(
      [
        'const cp = require("node:child_process");',
        'const before = process.moduleLoadList.includes("NativeModule child_process");',
        'exports.value = () => `${before} ${typeof cp.spawnSync} ${cp.spawnSync(process.execPath, ["-e", "0"]).status} ${process.moduleLoadList.includes("NativeModule child_process")}`;',
      ].join('\n'),
    );
    expect(run().stdout).toBe('false function 0 true');
  });
});
