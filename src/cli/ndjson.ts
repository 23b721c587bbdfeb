/**
 * `copydesk --ndjson`: lint a stream of records. Each input line is a JSON object
 * `{"id": …, "text": "…", "format"?: "text" | "markdown" | "html"}`; each output line is
 * `{"id": …, "messages": […], "errorCount", "warningCount", "fixableErrorCount",
 * "fixableWarningCount"}` for the record with the same id, in input order. A line that is
 * not a valid record gets `{"id": … | null, "line": N, "error": "…"}` instead; blank lines
 * are skipped. Input is read only as fast as results are written (a bounded number of
 * records is in flight), so memory does not grow with the length of the stream.
 */
import type { Format, LintConfig } from '../types.js';
import type { Job, Outcome } from '../engine/job.js';
import { createRunner, mapOrdered, type Concurrency } from '../engine/pool.js';

export interface NdjsonOptions {
  concurrency: Concurrency;
  config?: LintConfig;
  /** Longest accepted input line in bytes; longer records get an error line. */
  maxRecordSize: number;
}

export interface NdjsonStats {
  records: number;
  /** Lines answered with an error instead of a result. */
  invalid: number;
  /** Records that hit an internal error. */
  fatal: number;
  errorCount: number;
  warningCount: number;
}

interface Output {
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

const FORMATS: Record<string, Format> = {
  text: 'text',
  txt: 'text',
  plain: 'text',
  markdown: 'markdown',
  md: 'markdown',
  html: 'html',
  htm: 'html',
};

type Parsed = { line: number; id: unknown; job: Job } | { line: number; id: unknown; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Split a byte stream into lines, without keeping more than one line (capped) in memory. */
async function* lines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<{ line: number; bytes: Buffer | null }> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let from = 0;
    while (from <= chunk.length) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl === -1 ? chunk.length : nl;
      if (!tooLong && end > from) {
        if (size + (end - from) > maxBytes) {
          tooLong = true;
          parts = [];
          size = 0;
        } else {
          parts.push(chunk.subarray(from, end));
          size += end - from;
        }
      }
      if (nl === -1) {
        // Keep a copy of the tail only: the chunk itself may be reused by the stream.
        if (parts.length > 0 && parts[parts.length - 1]!.buffer === chunk.buffer) parts[parts.length - 1] = Buffer.from(parts[parts.length - 1]!);
        break;
      }
      line++;
      yield { line, bytes: tooLong ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, size) };
      parts = [];
      size = 0;
      tooLong = false;
      from = nl + 1;
    }
  }
  if (size > 0 || tooLong) {
    line++;
    yield { line, bytes: tooLong ? null : Buffer.concat(parts, size) };
  }
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

async function* records(input: AsyncIterable<Buffer | string>, options: NdjsonOptions): AsyncGenerator<Parsed> {
  for await (const { line, bytes } of lines(input, options.maxRecordSize)) {
    if (bytes === null) {
      yield { line, id: null, error: `record is longer than ${options.maxRecordSize} bytes (--max-file-size); not linted` };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      yield { line, id: null, error: 'invalid UTF-8' };
      continue;
    }
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield { line, id: null, error: `invalid JSON: ${(e as Error).message}` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { line, id: null, error: `expected a JSON object {"id", "text", "format"?}, got ${describe(value)}` };
      continue;
    }
    const rec = value as Record<string, unknown>;
    const id = rec.id === undefined ? null : rec.id;
    if (typeof rec.text !== 'string') {
      yield { line, id, error: `"text" must be a string, got ${rec.text === undefined ? 'nothing' : describe(rec.text)}` };
      continue;
    }
    let format: Format = 'text';
    if (rec.format !== undefined) {
      const f = typeof rec.format === 'string' ? FORMATS[rec.format.toLowerCase()] : undefined;
      if (!f) {
        yield { line, id, error: `"format" must be "text", "markdown" or "html", got ${JSON.stringify(rec.format)}` };
        continue;
      }
      format = f;
    }
    const body = rec.text.charCodeAt(0) === 0xfeff ? rec.text.slice(1) : rec.text;
    const filePath = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : `<record ${line}>`;
    yield { line, id, job: { kind: 'text', filePath, text: body, format, config: options.config } };
  }
}

function writeLine(out: Output, line: string): Promise<void> | undefined {
  const ok = out.write(line);
  if (ok === false && typeof out.once === 'function') return new Promise((resolve) => out.once!('drain', resolve));
  return undefined;
}

/** Lint every record of `input`, writing one line per record to `out`. */
export async function runNdjson(input: AsyncIterable<Buffer | string>, out: Output, options: NdjsonOptions, onFatal: (message: string) => void): Promise<NdjsonStats> {
  const stats: NdjsonStats = { records: 0, invalid: 0, fatal: 0, errorCount: 0, warningCount: 0 };
  const runner = await createRunner(options.concurrency, undefined);
  const run = async (p: Parsed): Promise<{ p: Parsed; outcome?: Outcome }> => ('job' in p ? { p, outcome: await runner.run(p.job) } : { p });
  try {
    for await (const { p, outcome } of mapOrdered(records(input, options), run, runner.window)) {
      stats.records++;
      let line: string;
      if (!outcome) {
        stats.invalid++;
        line = JSON.stringify({ id: p.id, line: p.line, error: (p as { error: string }).error });
      } else if (outcome.ok) {
        const r = outcome.result;
        stats.errorCount += r.errorCount;
        stats.warningCount += r.warningCount;
        line = JSON.stringify({
          id: p.id,
          messages: r.messages,
          errorCount: r.errorCount,
          warningCount: r.warningCount,
          fixableErrorCount: r.fixableErrorCount,
          fixableWarningCount: r.fixableWarningCount,
        });
      } else {
        if (outcome.fatal) {
          stats.fatal++;
          onFatal(`record ${p.line}${p.id !== null ? ` (id ${JSON.stringify(p.id)})` : ''}: internal error: ${outcome.message}`);
        } else stats.invalid++;
        line = JSON.stringify({ id: p.id, line: p.line, error: outcome.fatal ? `internal error: ${outcome.message}` : outcome.message });
      }
      const wait = writeLine(out, line + '\n');
      if (wait) await wait;
    }
  } finally {
    await runner.close();
  }
  return stats;
}
