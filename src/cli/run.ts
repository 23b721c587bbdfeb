/**
 * The lint pipeline of the CLI, one step per function:
 * configuration → inputs (expand, ignore, shard) → lint (cache, pool) → fix → suppressions →
 * report (stdout or --output-file) → exit code.
 */
import { readAcceptFile } from '../config/accept-file.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LintConfig, LintResult, RuleSetting } from '../types.js';
import type { CliOptions } from './options.js';
import type { Io } from './io.js';
import { readAll, SHORT_RUN } from './io.js';
import { statSync } from 'node:fs';
import { loadFormatter } from '../formatters/load.js';
import { ConfigError, parseSeverity } from '../engine/config.js';
import { expandPaths } from '../engine/files.js';
import { decode, loadFile, InputError, type Decoded } from '../engine/load.js';
import { summarise } from '../engine/lint.js';
import { runJob } from '../engine/job.js';
import { lintFileList, fatalError } from './run-files.js';
import { selectShard } from './shard.js';
import { ConfigResolver, type FileSettings } from '../config/resolve.js';
import { createIgnore } from '../engine/ignore.js';
// Cache and fix code load only in runs that use them (start-up time).
import type { LintCache } from '../engine/cache.js';
import { findDirectives } from '../engine/directives.js';
import {
  DEFAULT_SUPPRESSIONS_FILE,
  applySuppressions,
  pruneSuppressions,
  readSuppressions,
  suppressAll,
  suppressionKey,
  writeSuppressions,
} from '../engine/suppressions.js';
import { ruleDocs } from './rule-docs.js';

export const EXIT_OK = 0;
export const EXIT_LINT = 1;
export const EXIT_FATAL = 2;

/** Fix passes per file: a fix may reveal another (ESLint uses 10 too). */
const MAX_FIX_PASSES = 10;

export interface RunContext {
  opts: CliOptions;
  io: Io;
  err: (line: string) => void;
  version: string;
}

export function ruleFlagsToConfig(flags: string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(flag);
    if (!m) throw new ConfigError(`--rule ${flag}: expected <rule-id>=<off|warning|error>`);
    rules[m[1]!] = parseSeverity(m[2]!.trim(), `--rule ${flag}`);
  }
  return rules;
}

/** The configuration resolver for this run (`--config`, `--no-config`, `--rule`). */
export async function createResolver(opts: CliOptions, cwd: string): Promise<ConfigResolver> {
  const resolver = new ConfigResolver({
    cwd,
    configFile: typeof opts.config === 'string' ? opts.config : undefined,
    noConfig: opts.config === false,
    ruleOverrides: ruleFlagsToConfig(opts.rule),
  });
  await resolver.preload();
  return resolver;
}

/** Command-line settings that travel with each file's configuration. */
function withFlags(config: LintConfig, opts: CliOptions, acceptFile: string[] = []): LintConfig {
  const out = { ...config };
  if (acceptFile.length) out.accept = [...(out.accept ?? []), ...acceptFile];
  if (!opts.inlineConfig) out.noInlineConfig = true;
  const unused = opts.reportUnusedDirectivesSeverity ?? (opts.reportUnusedDirectives ? 'error' : undefined);
  if (unused) out.reportUnusedDirectives = unused;
  return out;
}

interface Input {
  file: string;
  abs: string;
  settings: FileSettings;
  config: LintConfig;
  decoded?: Decoded;
}

/** Whether linting `count` texts of `bytes()` in all is a short run (SHORT_RUN); `bytes` is asked only for few texts. */
function isShort(count: number, bytes: () => number): boolean {
  return count > 0 && count <= SHORT_RUN.files && bytes() <= SHORT_RUN.bytes;
}

/** The size of an input's text: as read, or as the file is on disk (0 when it cannot be read; that is reported when it is read). */
function sizeOf(input: Input): number {
  if (input.decoded) return input.decoded.text.length;
  try {
    return statSync(input.abs).size;
  } catch {
    return 0;
  }
}

export async function runLint(paths: string[], ctx: RunContext): Promise<number> {
  const { opts, io, err } = ctx;
  if (paths.length === 0) {
    err('no input: give files, directories or globs, or - to read stdin (see --help)');
    return EXIT_FATAL;
  }
  if (opts.fix && opts.fixDryRun) {
    err('--fix and --fix-dry-run do not go together: choose one');
    return EXIT_FATAL;
  }
  if (opts.fix && paths.includes('-')) {
    err('--fix cannot write to standard input; use --fix-dry-run to see the diff');
    return EXIT_FATAL;
  }
  const color = !opts.outputFile && (opts.color ?? (Boolean(io.stdout.isTTY) && !('NO_COLOR' in io.env) && io.env.TERM !== 'dumb'));
  const formatter = await loadFormatter(opts.format, { color });
  const resolver = await createResolver(opts, io.cwd);
  const acceptFile = readAcceptFile(io.cwd);
  const isIgnored = opts.ignore ? await createIgnore({ cwd: io.cwd, ignorePath: opts.ignorePath, patterns: opts.ignorePattern }) : () => false;

  let failed = false;
  const results: LintResult[] = [];
  const sources = new Map<string, Input>();

  // Standard input.
  if (paths.includes('-')) {
    const name = opts.stdinFilename ?? '<stdin>';
    try {
      if (!io.stdin) throw new InputError(name, 'no standard input available');
      const decoded = decode(await readAll(io.stdin), name);
      const settings = await resolver.forFile(path.resolve(io.cwd, opts.stdinFilename ?? 'stdin.txt'));
      const config = withFlags(settings.config, opts, acceptFile);
      if (paths.length === 1 && isShort(1, () => decoded.text.length)) io.shortRun?.();
      const outcome = await runJob({ kind: 'text', filePath: name, text: decoded.text, config });
      if (!outcome.ok) {
        if (outcome.fatal) throw fatalError(outcome);
        throw new InputError(name, outcome.message);
      }
      results.push(outcome.result);
      sources.set(name, { file: name, abs: '', settings, config, decoded });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err(`${name}: ${e.message}`);
      failed = true;
    }
  }

  // Files: expand, drop ignored ones, take this shard.
  const { files: expanded, problems } = await expandPaths(
    paths.filter((p) => p !== '-'),
    io.cwd,
  );
  for (const p of problems) {
    err(`${p.pattern}: ${p.message}`);
    failed = true;
  }
  const kept: string[] = [];
  for (const file of expanded) {
    const abs = path.resolve(io.cwd, file);
    if (opts.ignore && (isIgnored(abs) || (await resolver.ignoredByConfig(abs)))) continue;
    kept.push(file);
  }
  const files = opts.shard ? selectShard(kept, opts.shard, io.cwd) : kept;
  const inputs = new Map<string, Input>();
  for (const file of files) {
    const abs = path.resolve(io.cwd, file);
    const settings = await resolver.forFile(abs);
    inputs.set(file, { file, abs, settings, config: withFlags(settings.config, opts, acceptFile) });
  }

  // Read in the main thread when the text is needed here (cache keys, fixes).
  let cache: LintCache | undefined;
  if (opts.cache) {
    const { LintCache, cacheFilePath } = await import('../engine/cache.js');
    cache = await LintCache.open(await cacheFilePath(opts.cacheLocation, io.cwd), ctx.version);
  }
  const needText = Boolean(cache || opts.fix || opts.fixDryRun);
  const cached = new Map<string, LintResult>();
  const toLint: string[] = [];
  for (const file of files) {
    const input = inputs.get(file)!;
    if (needText) {
      try {
        input.decoded = await loadFile(input.abs, opts.maxFileSize);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        err(`${file}: ${e.message}`);
        failed = true;
        continue;
      }
      if (cache) {
        const hit = cache.get(input.abs, cache.key(input.decoded.text, JSON.stringify(input.config)));
        if (hit) {
          cached.set(file, summarise(file, hit, input.decoded.text));
          continue;
        }
      }
    }
    toLint.push(file);
  }
  if (!paths.includes('-') && isShort(toLint.length, () => toLint.reduce((sum, file) => sum + sizeOf(inputs.get(file)!), 0))) io.shortRun?.();
  const linted = await lintFileList(toLint, {
    cwd: io.cwd,
    maxFileSize: opts.maxFileSize,
    config: (file) => inputs.get(file)?.config,
    text: (file) => inputs.get(file)?.decoded?.text,
    concurrency: opts.concurrency,
    progress: opts.progress ? io.stderr : undefined,
  });
  const fresh = new Map<string, LintResult>();
  for (const { file, outcome } of linted) {
    if (outcome.ok) fresh.set(file, outcome.result);
    else if (outcome.fatal) throw fatalError(outcome);
    else {
      err(`${file}: ${outcome.message}`);
      failed = true;
    }
  }
  for (const file of files) {
    const r = cached.get(file) ?? fresh.get(file);
    if (!r) continue;
    const input = inputs.get(file)!;
    sources.set(file, input);
    if (cache && fresh.has(file) && input.decoded) cache.set(input.abs, cache.key(input.decoded.text, JSON.stringify(input.config)), r.messages);
    results.push(r);
  }

  // Fixes.
  let diff = '';
  if (opts.fix || opts.fixDryRun) {
    const { encode, unifiedDiff, writeFileAtomic } = await import('../engine/fix.js');
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      const input = sources.get(r.filePath);
      if (!input?.decoded || !r.messages.some((m) => m.fix)) continue;
      const fixed = await fixText(input, r);
      if (fixed.text === input.decoded.text) continue;
      results[i] = fixed.result;
      if (opts.fixDryRun) diff += await unifiedDiff(r.filePath, input.decoded.text, fixed.text);
      else {
        try {
          await writeFileAtomic(input.abs, encode(fixed.text, input.decoded.bom));
        } catch (e) {
          err(`${r.filePath}: cannot write the fixed file: ${(e as Error).message}`);
          failed = true;
          results[i] = r;
          continue;
        }
        if (cache) cache.set(input.abs, cache.key(fixed.text, JSON.stringify(input.config)), fixed.result.messages);
      }
    }
  }

  // Bulk suppressions.
  const suppressionsFile = path.resolve(io.cwd, opts.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE);
  const keyOf = (filePath: string) => suppressionKey(filePath, io.cwd, suppressionsFile);
  let shownResults = results;
  const suppressing = opts.suppressAll || opts.suppressRule.length > 0;
  const fileResults = results.filter((r) => sources.get(r.filePath)?.abs);
  if (suppressing || opts.pruneSuppressions) {
    let data = await readSuppressions(suppressionsFile);
    if (suppressing) data = suppressAll(data, fileResults, keyOf, opts.suppressAll ? undefined : new Set(opts.suppressRule));
    if (opts.pruneSuppressions) data = pruneSuppressions(data, fileResults, keyOf);
    await writeSuppressions(suppressionsFile, data);
    const n = Object.values(data).reduce((a, e) => a + Object.values(e).reduce((b, v) => b + v.count, 0), 0);
    err(`${path.relative(io.cwd, suppressionsFile) || suppressionsFile}: ${n} finding${n === 1 ? '' : 's'} suppressed`);
    shownResults = applySuppressions(results, data, keyOf).results;
  } else {
    const data = await readSuppressions(suppressionsFile);
    if (Object.keys(data).length) {
      const applied = applySuppressions(results, data, keyOf);
      shownResults = applied.results;
      if (applied.unused > 0) {
        err(`${applied.unused} suppression${applied.unused === 1 ? ' is' : 's are'} no longer needed; run with --prune-suppressions to remove ${applied.unused === 1 ? 'it' : 'them'}`);
      }
    }
  }

  // Report.
  const reported = opts.quiet ? shownResults.map((r) => summarise(r.filePath, r.messages.filter((m) => m.severity === 2), r.source)) : shownResults;
  const report = formatter(reported, { color, cwd: io.cwd, version: ctx.version, rules: ruleDocs(opts.format === 'sarif') });
  if (opts.outputFile) {
    const out = path.resolve(io.cwd, opts.outputFile);
    try {
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, report);
    } catch (e) {
      err(`--output-file ${opts.outputFile}: cannot write the report: ${(e as Error).message}`);
      return EXIT_FATAL;
    }
  }
  if (opts.fixDryRun) io.stdout.write(diff);
  else if (!opts.outputFile) io.stdout.write(report);

  if (cache) {
    try {
      await cache.save();
    } catch (e) {
      err(`--cache: cannot write ${cache.file}: ${(e as Error).message}`);
    }
  }

  if (failed) return EXIT_FATAL;
  const errors = shownResults.reduce((n, r) => n + r.errorCount, 0);
  const warnings = shownResults.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT_LINT;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    err(`too many warnings (${warnings}); the maximum is ${opts.maxWarnings} (--max-warnings)`);
    return EXIT_LINT;
  }
  return EXIT_OK;
}

/** Apply fixes and re-lint until nothing changes (at most MAX_FIX_PASSES passes). */
async function fixText(input: Input, first: LintResult): Promise<{ text: string; result: LintResult }> {
  const { applyFixes } = await import('../engine/fix.js');
  let text = input.decoded!.text;
  let result = first;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const protect = findDirectives(text).map((d) => [d.start, d.end] as const);
    const { output, applied } = applyFixes(text, result.messages, protect);
    if (applied === 0 || output === text) break;
    text = output;
    const outcome = await runJob({ kind: 'text', filePath: first.filePath, text, config: input.config });
    if (!outcome.ok) {
      if (outcome.fatal) throw fatalError(outcome);
      throw new InputError(first.filePath, outcome.message);
    }
    result = outcome.result;
  }
  return { text, result };
}
