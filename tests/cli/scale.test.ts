import { describe, expect, it } from 'vitest';
import { copydesk, tempDir } from '../helpers/cli.js';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; messageId: string; line: number; column: number }>;
  errorCount: number;
  warningCount: number;
}

/** Small articles of several shapes, some of which draw findings from the registered rules. */
function article(i: number): string {
  const head = `Council ${i} agrees budget for the new library`;
  const body = [
    `The council voted on Tuesday to fund a new library in the town centre, ${i} members said.`,
    'The mayor said the building would open next spring and serve schools nearby.',
  ];
  switch (i % 5) {
    case 0:
      return `${head}\n\n${head}\n\n${body.join('\n\n')}\n`;
    case 1:
      return `Home | News | Local\n\n${head}\n\n${body.join('\n\n')}\n\nShare this article\n`;
    case 2:
      return `# ${head}\n\n${body[0]}\n\n## Planets of the outer solar system\n\n${body[1]}\n`;
    case 3:
      return `<html><body><h1>${head}</h1><p>${body[0]}</p><p>"We are delighted," the leader said.</p></body></html>\n`;
    default:
      return `${head}\n\nBy A. Reporter\n\n${body.join('\n\n')}\n`;
  }
}

function corpus(n: number): string {
  const files: Record<string, string | Uint8Array> = {};
  const ext = ['txt', 'txt', 'md', 'html', 'txt'];
  for (let i = 0; i < n; i++) files[`a/${String(i).padStart(3, '0')}.${ext[i % 5]}`] = article(i);
  files['a/zz-binary.txt'] = new Uint8Array([0x68, 0x00, 0x69]);
  return tempDir(files);
}

// Each case spawns the CLI several times; allow for a busy machine.
describe('copydesk --concurrency', { timeout: 180_000 }, () => {
  const dir = corpus(40);

  it('gives the same report, messages and exit code with workers as in one thread', () => {
    const serial = copydesk(['--format', 'json', '--concurrency', 'off', 'a'], { cwd: dir });
    expect(serial.code).not.toBeNull();
    const results = JSON.parse(serial.stdout) as JsonResult[];
    expect(results).toHaveLength(40);
    for (const n of ['1', '2', '3', 'auto']) {
      const r = copydesk(['--format', 'json', '--concurrency', n, 'a'], { cwd: dir });
      expect(r.stdout, `--concurrency ${n}`).toBe(serial.stdout);
      expect(r.stderr, `--concurrency ${n}`).toBe(serial.stderr);
      expect(r.code, `--concurrency ${n}`).toBe(serial.code);
    }
    expect(serial.stderr).toMatch(/zz-binary\.txt: binary file/);
  });

  it('keeps source excerpts in the stylish report when workers lint', () => {
    const serial = copydesk(['--concurrency', 'off', 'a'], { cwd: dir });
    const parallel = copydesk(['--concurrency', '2', 'a'], { cwd: dir });
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('gives the same HTML report, clean articles included, when workers lint', () => {
    const serial = copydesk(['--format', 'html', '--concurrency', 'off', 'a'], { cwd: dir });
    const parallel = copydesk(['--format', 'html', '--concurrency', '2', 'a'], { cwd: dir });
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('lints in the main thread and the worker alike, with the same report', () => {
    // A plugin rule that takes 4 ms an article and says which thread ran it: the main thread
    // starts at once and the worker joins when it has loaded the rules.
    const files: Record<string, string> = {
      'threads.mjs': `import { threadId } from 'node:worker_threads';
export const rules = [{ id: 't/thread', meta: { type: 'suggestion', description: 'Which thread', defaultSeverity: 'warning', order: 1,
  messages: { thread: 'thread {{id}}' }, schema: {}, defaultOptions: {} },
  check(context) { const end = performance.now() + 4; while (performance.now() < end); context.report({ messageId: 'thread', data: { id: threadId === 0 ? 'main' : 'worker' }, range: [0, 0] }); } }];`,
      '.copydeskrc.json': JSON.stringify({ plugins: ['./threads.mjs'] }),
    };
    for (let i = 0; i < 240; i++) files[`b/${String(i).padStart(3, '0')}.txt`] = article(i % 5 === 3 ? 4 : i);
    const cwd = tempDir(files);
    const strip = (out: string) =>
      (JSON.parse(out) as JsonResult[]).map((r) => ({ ...r, messages: r.messages.filter((m) => m.ruleId !== 't/thread'), warningCount: undefined }));
    const threadsOf = (out: string) => (JSON.parse(out) as Array<{ messages: Array<{ ruleId: string; message: string }> }>).map((r) => r.messages.find((m) => m.ruleId === 't/thread')!.message);
    const serial = copydesk(['--format', 'json', '--concurrency', 'off', 'b'], { cwd });
    const parallel = copydesk(['--format', 'json', '--concurrency', '2', 'b'], { cwd });
    expect(parallel.code).toBe(serial.code);
    expect(new Set(threadsOf(serial.stdout))).toEqual(new Set(['thread main']));
    const counts = threadsOf(parallel.stdout).reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
    expect(counts.get('thread main')).toBeGreaterThan(0);
    expect(counts.get('thread worker')).toBeGreaterThan(0);
    expect(strip(parallel.stdout)).toEqual(strip(serial.stdout));
  });

  it('rejects a bad value with exit code 2', () => {
    for (const bad of ['0', 'many', '-3']) {
      const r = copydesk(['--concurrency', bad, 'a'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--concurrency/);
    }
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    const r = copydesk(['--format', 'json', 'a/0*.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
  });
});

describe('copydesk --shard', { timeout: 180_000 }, () => {
  const dir = corpus(25);

  function shardFiles(spec: string, args: string[] = ['a']): string[] {
    const r = copydesk(['--format', 'json', '--concurrency', 'off', '--shard', spec, ...args], { cwd: dir });
    expect(r.code === 0 || r.code === 1 || r.code === 2).toBe(true);
    return (JSON.parse(r.stdout) as JsonResult[]).map((x) => x.filePath);
  }

  it('splits the files into n parts that cover every file exactly once', () => {
    const all = (JSON.parse(copydesk(['--format', 'json', 'a'], { cwd: dir }).stdout) as JsonResult[]).map((x) => x.filePath);
    for (const n of [1, 3, 7]) {
      const parts = Array.from({ length: n }, (_, k) => shardFiles(`${k + 1}/${n}`));
      const union = parts.flat();
      expect(union.length, `n=${n}`).toBe(all.length);
      expect(new Set(union).size, `n=${n}`).toBe(all.length);
      expect([...union].sort()).toEqual([...all].sort());
      const sizes = parts.map((p) => p.length);
      expect(Math.max(...sizes) - Math.min(...sizes), `n=${n}`).toBeLessThanOrEqual(1);
      // Within a shard, files keep the usual report order.
      for (const p of parts) expect(p).toEqual(all.filter((f) => p.includes(f)));
    }
  });

  it('depends on the set of paths, not on the order they were given in', () => {
    const a = shardFiles('2/3', ['a/0*.txt', 'a/0*.md', 'a/0*.html']);
    const b = shardFiles('2/3', ['a/0*.html', 'a/0*.txt', 'a/0*.md']);
    expect([...a].sort()).toEqual([...b].sort());
    expect(shardFiles('2/3', ['a/0*.txt', 'a/0*.md', 'a/0*.html'])).toEqual(a);
  });

  it('lints nothing and exits 0 for an empty shard', () => {
    const one = tempDir({ 'only.txt': article(4) });
    const results = [1, 2, 3].map((k) => copydesk(['--format', 'json', '--shard', `${k}/3`, 'only.txt'], { cwd: one }));
    expect(results.map((r) => (JSON.parse(r.stdout) as JsonResult[]).length).sort()).toEqual([0, 0, 1]);
    for (const r of results) expect(r.code).toBe(0);
  });

  it('rejects k/n out of range with exit code 2', () => {
    for (const bad of ['0/3', '4/3', '1/0', 'x', '1-3']) {
      const r = copydesk(['--shard', bad, 'a'], { cwd: dir });
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/--shard/);
    }
  });
});

describe('copydesk --ndjson', { timeout: 180_000 }, () => {
  const records = Array.from({ length: 150 }, (_, i) => ({ id: `r${i}`, text: article(i).replace(/<[^>]+>/g, '\n') }));

  function ndjson(input: string, args: string[] = []) {
    const r = copydesk(['--ndjson', ...args], { input });
    return { ...r, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
  }

  it('answers every record with its id, in input order, the same with and without workers', () => {
    const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const serial = ndjson(input, ['--concurrency', 'off']);
    expect(serial.code).toBe(0);
    expect(serial.lines.map((l) => l.id)).toEqual(records.map((r) => r.id));
    for (const n of ['2', 'auto']) {
      const parallel = ndjson(input, ['--concurrency', n]);
      expect(parallel.stdout, `--concurrency ${n}`).toBe(serial.stdout);
      expect(parallel.code).toBe(0);
    }
  });

  it('reports the same findings as linting the text as a file', () => {
    const dir = tempDir({ 'x.txt': records[0]!.text, 'y.md': article(2) });
    const files = JSON.parse(copydesk(['--format', 'json', 'x.txt', 'y.md'], { cwd: dir }).stdout) as JsonResult[];
    const out = ndjson(`${JSON.stringify({ id: 1, text: records[0]!.text })}\n${JSON.stringify({ id: 2, text: article(2), format: 'markdown' })}\n`);
    expect(out.lines.map((l) => l.messages)).toEqual(files.map((f) => f.messages));
    expect(out.lines.map((l) => l.errorCount)).toEqual(files.map((f) => f.errorCount));
  });

  it('answers a bad line with an error record and goes on', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Fine text.' }),
      'not json',
      '',
      JSON.stringify({ id: 'b', text: 42 }),
      JSON.stringify(['array']),
      JSON.stringify({ id: 'c', text: 'x', format: 'pdf' }),
      JSON.stringify({ id: 'd', text: 'Last one.' }),
    ].join('\n');
    const out = ndjson(input);
    expect(out.code).toBe(0);
    expect(out.lines.map((l) => [l.id, 'error' in l ? 'error' : 'result', l.line ?? null])).toEqual([
      ['a', 'result', null],
      [null, 'error', 2],
      ['b', 'error', 4],
      [null, 'error', 5],
      ['c', 'error', 6],
      ['d', 'result', null],
    ]);
  });

  it('refuses a record over --max-file-size without reading it into memory whole', () => {
    const big = JSON.stringify({ id: 'big', text: 'word '.repeat(400) });
    const out = ndjson(`${JSON.stringify({ id: 'small', text: 'Short.' })}\n${big}\n${JSON.stringify({ id: 'after', text: 'Short.' })}`, ['--max-file-size', '1000']);
    expect(out.lines.map((l) => l.id)).toEqual(['small', null, 'after']);
    expect(String(out.lines[1]!.error)).toMatch(/longer than 1000 bytes/);
  });

  it('keeps ids of any JSON type and accepts CRLF line ends', () => {
    const out = ndjson(`{"id":7,"text":"One."}\r\n{"id":{"k":[1]},"text":"Two."}\r\n{"text":"No id."}\r\n`);
    expect(out.lines.map((l) => l.id)).toEqual([7, { k: [1] }, null]);
    expect(out.lines.every((l) => !('error' in l))).toBe(true);
  });

  it('is a usage error with paths or --shard', () => {
    expect(copydesk(['--ndjson', 'x.txt']).code).toBe(2);
    expect(copydesk(['--ndjson', '--shard', '1/2']).code).toBe(2);
  });
});
