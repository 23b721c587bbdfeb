import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, PROGRESS_MIN_FILES } from '../../src/cli/progress.js';
import { parseShard, selectShard } from '../../src/cli/shard.js';
import { SHORT_RUN } from '../../src/cli/io.js';
import { parseConcurrency, workerCount, AUTO_MIN_FILES, LintPool } from '../../src/engine/pool.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (s: string) => chunks.push(s) } };
}

describe('progress bar', () => {
  it('draws on a terminal and erases itself at the end', () => {
    const { chunks, stream } = sink(true);
    let t = 0;
    const p = createProgress(stream, 40, { now: () => (t += 1000) });
    for (let i = 0; i < 40; i++) p.tick();
    p.done();
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.some((c) => c.includes('40/40 files'))).toBe(true);
    expect(chunks.at(-1)).toBe('\r\x1b[K');
  });

  it('is silent when stderr is not a terminal, or for few files', () => {
    for (const [tty, n] of [
      [false, 500],
      [true, PROGRESS_MIN_FILES - 1],
    ] as const) {
      const { chunks, stream } = sink(tty);
      const p = createProgress(stream, n);
      for (let i = 0; i < n; i++) p.tick();
      p.done();
      expect(chunks).toEqual([]);
    }
  });
});

describe('shard selection', () => {
  it('parses k/n', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['0/5', '6/5', '1/0', '1', 'a/b', '']) expect(() => parseShard(bad)).toThrow();
  });

  it('is a partition with even sizes, independent of input order and separators', () => {
    const files = Array.from({ length: 103 }, (_, i) => `dir${i % 4}/article-${i}.md`);
    const parts = [1, 2, 3, 4, 5].map((k) => selectShard(files, { index: k, count: 5 }));
    expect(parts.flat().sort()).toEqual([...files].sort());
    expect(Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length))).toBeLessThanOrEqual(1);
    const reversed = [...files].reverse();
    expect(selectShard(reversed, { index: 3, count: 5 }).sort()).toEqual([...parts[2]!].sort());
    const windows = files.map((f) => f.replace('/', '\\'));
    expect(selectShard(windows, { index: 3, count: 5 }).map((f) => f.replace('\\', '/'))).toEqual(parts[2]);
  });
});

describe('concurrency', () => {
  it('parses auto, off and counts', () => {
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('OFF')).toBe('off');
    expect(parseConcurrency('4')).toBe(4);
    for (const bad of ['0', '-1', 'x', '1.5']) expect(() => parseConcurrency(bad)).toThrow();
  });

  it('auto stays in the main thread for few files or one core', () => {
    expect(workerCount('auto', AUTO_MIN_FILES - 1, 8)).toBe(0);
    expect(workerCount('auto', 10_000, 1)).toBe(0);
    expect(workerCount('off', 10_000, 8)).toBe(0);
    expect(workerCount(1, 10_000, 8)).toBe(0);
  });

  it('counts the main thread as one of the threads that lint, one thread per two cores', () => {
    expect(workerCount('auto', 10_000, 2)).toBe(0);
    expect(workerCount('auto', undefined, 2)).toBe(0);
    expect(workerCount('auto', 10_000, 4)).toBe(1);
    expect(workerCount('auto', undefined, 8)).toBe(3);
    expect(workerCount('auto', 10_000, 64)).toBe(7);
    // At least 50 files a thread.
    expect(workerCount('auto', 150, 16)).toBe(2);
    expect(workerCount(3, 5, 1)).toBe(2);
  });
});

describe('worker entries', () => {
  it('lints in a worker started from the compiled modules (no bundle) as from the bundle', async () => {
    const { Worker } = await import('node:worker_threads');
    const job = { kind: 'text' as const, filePath: 'a.txt', text: 'Home | News | World\n\nThe council met on Tuesday to agree the budget for next year.\n' };
    const ids: string[][] = [];
    for (const entry of ['../../dist/engine/worker-entry.js', '../../bin/worker.js']) {
      const pool = new LintPool(1, Worker, new URL(entry, import.meta.url));
      try {
        const outcome = await pool.run(job);
        expect(outcome.ok, entry).toBe(true);
        if (outcome.ok) ids.push(outcome.result.messages.map((m) => `${m.ruleId}/${m.messageId}@${m.line}`));
      } finally {
        await pool.close();
      }
    }
    expect(ids[0]).toContain('boilerplate-leakage/navigation@1');
    expect(ids[1]).toEqual(ids[0]);
  });
});

describe('short runs (Io.shortRun)', () => {
  /** Run the CLI in this process with an Io that counts shortRun calls. */
  async function shortRuns(args: string[], files: Record<string, string>, stdin?: string) {
    const { main } = await import('../../src/cli/main.js');
    const { tempDir } = await import('../helpers/cli.js');
    const cwd = tempDir(files);
    let calls = 0;
    const out: string[] = [];
    const code = await main([process.execPath, 'copydesk', '--no-config', '--concurrency', 'off', ...args], {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: () => true },
      stdin: stdin === undefined ? undefined : Readable.from([Buffer.from(stdin)]),
      cwd,
      env: {},
      shortRun: () => void calls++,
    });
    return { calls, code, out: out.join('') };
  }
  const article = 'A Harbour Reopens\n\nThe harbour reopened on Monday after repairs to the sea wall.\n';
  const many = (n: number, text = article) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}.txt`, text]));

  it('is called once for one article, from a file or from stdin', async () => {
    expect((await shortRuns(['a0.txt'], many(1))).calls).toBe(1);
    expect((await shortRuns(['-'], {}, article)).calls).toBe(1);
    expect((await shortRuns(['.'], many(SHORT_RUN.files))).calls).toBe(1);
  });

  it('is not called past the file count or the text size of a short run, or for stdin with files', async () => {
    expect((await shortRuns(['.'], many(SHORT_RUN.files + 1))).calls).toBe(0);
    expect((await shortRuns(['a0.txt'], many(1, article.repeat(Math.ceil(SHORT_RUN.bytes / article.length) + 1)))).calls).toBe(0);
    expect((await shortRuns(['-'], {}, article.repeat(Math.ceil(SHORT_RUN.bytes / article.length) + 1))).calls).toBe(0);
    expect((await shortRuns(['-', 'a0.txt'], many(1), article)).calls).toBe(0);
  });

});
