import path from 'node:path';
import type { LintConfig } from '../types.js';
import type { Job, Outcome } from '../engine/job.js';
import { createRunner, mapOrdered, workerCount, type Concurrency } from '../engine/pool.js';
import { ConfigError } from '../engine/config.js';
import { createProgress, type ProgressStream } from './progress.js';

export interface FileListOptions {
  cwd: string;
  maxFileSize: number;
  /** One configuration for every file, or one per file. */
  config?: LintConfig | ((file: string) => LintConfig | undefined);
  concurrency: Concurrency;
  /** Where a progress bar may be drawn (only if it is a terminal); omit for none. */
  progress?: ProgressStream;
  /** Text already read for a file (lint it instead of reading the file again). */
  text?: (file: string) => string | undefined;
}

/**
 * Lint a list of files in the main thread or in worker threads (per `concurrency`) and return
 * their outcomes in the order of `files`, whichever thread finished first.
 */
export async function lintFileList(files: readonly string[], options: FileListOptions): Promise<Array<{ file: string; outcome: Outcome }>> {
  const out: Array<{ file: string; outcome: Outcome }> = [];
  if (files.length === 0) return out;
  const configFor = typeof options.config === 'function' ? options.config : () => options.config as LintConfig | undefined;
  const jobs: Job[] = files.map((file): Job => {
    const text = options.text?.(file);
    if (text !== undefined) return { kind: 'text', filePath: file, text, config: configFor(file) };
    return { kind: 'file', filePath: file, absPath: path.resolve(options.cwd, file), maxFileSize: options.maxFileSize, config: configFor(file) };
  });
  const runner = await createRunner(options.concurrency, jobs.length);
  const progress = options.progress ? createProgress(options.progress, files.length) : undefined;
  try {
    let i = 0;
    for await (const outcome of mapOrdered(jobs, (job) => runner.run(job), runner.window)) {
      out.push({ file: files[i++]!, outcome });
      progress?.tick();
    }
  } finally {
    progress?.done();
    await runner.close();
  }
  return out;
}

/** The error a fatal outcome stands for, to be handled like one thrown in the main thread. */
export function fatalError(outcome: Extract<Outcome, { fatal: true }>): Error {
  if (outcome.name === 'ConfigError') return new ConfigError(outcome.message);
  const e = new Error(outcome.message);
  if (outcome.stack) e.stack = outcome.stack;
  return e;
}

export { workerCount };
