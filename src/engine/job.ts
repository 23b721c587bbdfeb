import type { Format, LintConfig, LintResult } from '../types.js';
import { resolveRules, type ResolvedRule } from './config.js';
import { loadFile, InputError, DEFAULT_MAX_FILE_SIZE } from './load.js';
import { formatFromPath } from './parse/index.js';
import { lintSource } from '../index.js';
import { loadPlugins } from './plugins.js';

/**
 * One unit of linting work. Jobs are plain data so that they can be posted to a worker
 * thread; the same `runJob` runs them in the main thread (serial) and in workers, so the
 * output does not depend on where a job ran.
 */
export type Job =
  | {
      kind: 'file';
      /** Path as reported (usually relative to the working directory). */
      filePath: string;
      /** Path to read. */
      absPath: string;
      maxFileSize?: number;
      config?: LintConfig;
    }
  | {
      kind: 'text';
      filePath: string;
      text: string;
      format?: Format;
      config?: LintConfig;
    };

export type Outcome =
  | { ok: true; result: LintResult }
  /** The input could not be linted (unreadable, binary, too large): reported, not fatal. */
  | { ok: false; fatal?: false; message: string }
  /** A bug or an invalid configuration: the run stops with exit code 2. */
  | { ok: false; fatal: true; message: string; name?: string; stack?: string };

const resolvedCache = new Map<string, ResolvedRule[]>();

/** Rules resolved once per distinct configuration (per thread). */
function rulesFor(config: LintConfig | undefined): ResolvedRule[] {
  const key = config === undefined ? '' : JSON.stringify(config);
  let resolved = resolvedCache.get(key);
  if (!resolved) {
    resolved = resolveRules(config);
    if (resolvedCache.size > 64) resolvedCache.clear();
    resolvedCache.set(key, resolved);
  }
  return resolved;
}

export async function runJob(job: Job): Promise<Outcome> {
  try {
    if (job.config?.plugins) await loadPlugins(job.config.plugins);
    let text: string;
    if (job.kind === 'file') text = (await loadFile(job.absPath, job.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)).text;
    else text = job.text;
    const format = job.kind === 'text' && job.format ? job.format : formatFromPath(job.filePath);
    return { ok: true, result: lintSource(text, job.filePath, format, rulesFor(job.config), job.config) };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, message: e.message };
    const err = e as Error;
    return { ok: false, fatal: true, message: err?.message ?? String(e), name: err?.name, stack: err?.stack };
  }
}
