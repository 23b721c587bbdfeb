import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CommanderError } from 'commander';
import type { LintConfig, LintResult, RuleSetting } from '../types.js';
import { createProgram, type CliOptions } from './options.js';
import type { Io } from './io.js';
import { readAll } from './io.js';
import { formatters } from '../formatters/index.js';
import { resolveRules, ConfigError, parseSeverity, type ResolvedRule } from '../engine/config.js';
import { expandPaths } from '../engine/files.js';
import { decode, loadFile, InputError } from '../engine/load.js';
import { formatFromPath } from '../engine/parse/index.js';
import { summarise } from '../engine/lint.js';
import { lintSource } from '../index.js';
import { lintFileList, fatalError } from './run-files.js';
import { selectShard } from './shard.js';
import { runNdjson } from './ndjson.js';

export const EXIT_OK = 0;
export const EXIT_LINT = 1;
export const EXIT_FATAL = 2;

function packageVersion(): string {
  try {
    const url = new URL('../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function ruleFlagsToConfig(flags: string[]): LintConfig['rules'] {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(flag);
    if (!m) throw new ConfigError(`--rule ${flag}: expected <rule-id>=<off|warning|error>`);
    rules[m[1]!] = parseSeverity(m[2]!.trim(), `--rule ${flag}`);
  }
  return rules;
}

/** Run copydesk with `argv` (as process.argv, including node and script). Returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const err = (line: string) => io.stderr.write(`copydesk: ${line}\n`);
  const program = createProgram(packageVersion());
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    outputError: (s, write) => write(`copydesk: ${s.replace(/^error: /, '')}`),
  });
  let opts: CliOptions;
  let paths: string[];
  try {
    program.parse(argv);
    opts = program.opts<CliOptions>();
    paths = program.args;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0 ? EXIT_OK : EXIT_FATAL;
    }
    throw e;
  }

  try {
    return await run(opts, paths, io, err);
  } catch (e) {
    if (e instanceof ConfigError) {
      err(e.message);
      return EXIT_FATAL;
    }
    err(`internal error: ${(e as Error)?.message ?? String(e)}${opts.debug ? `\n${(e as Error)?.stack ?? ''}` : ' (run with --debug for details)'}`);
    return EXIT_FATAL;
  }
}

async function run(opts: CliOptions, paths: string[], io: Io, err: (line: string) => void): Promise<number> {
  if (opts.ndjson) return runNdjsonCli(opts, paths, io, err);
  if (paths.length === 0) {
    err('no input: give files, directories or globs, or - to read stdin (see --help)');
    return EXIT_FATAL;
  }
  const config: LintConfig = { rules: ruleFlagsToConfig(opts.rule) };
  const resolved: ResolvedRule[] = resolveRules(config, 'command line');
  const formatter = formatters[opts.format]!;
  const color = opts.color ?? (Boolean(io.stdout.isTTY) && !('NO_COLOR' in io.env) && io.env.TERM !== 'dumb');

  let failed = false;
  const results: LintResult[] = [];
  const fileArgs = paths.filter((p) => p !== '-');
  if (paths.includes('-')) {
    const name = opts.stdinFilename ?? '<stdin>';
    try {
      if (!io.stdin) throw new InputError(name, 'no standard input available');
      const { text } = decode(await readAll(io.stdin), name);
      results.push(lintSource(text, name, formatFromPath(name), resolved, config));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err(`${name}: ${e.message}`);
      failed = true;
    }
  }
  const { files, problems } = await expandPaths(fileArgs, io.cwd);
  for (const p of problems) {
    err(`${p.pattern}: ${p.message}`);
    failed = true;
  }
  const selected = opts.shard ? selectShard(files, opts.shard, io.cwd) : files;
  const linted = await lintFileList(selected, {
    cwd: io.cwd,
    maxFileSize: opts.maxFileSize,
    config,
    concurrency: opts.concurrency,
    progress: opts.progress ? io.stderr : undefined,
  });
  for (const { file, outcome } of linted) {
    if (outcome.ok) results.push(outcome.result);
    else if (outcome.fatal) throw fatalError(outcome);
    else {
      err(`${file}: ${outcome.message}`);
      failed = true;
    }
  }

  const shown = opts.quiet ? results.map((r) => summarise(r.filePath, r.messages.filter((m) => m.severity === 2), r.source)) : results;
  io.stdout.write(formatter(shown, { color, cwd: io.cwd }));

  if (failed) return EXIT_FATAL;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT_LINT;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    err(`too many warnings (${warnings}); the maximum is ${opts.maxWarnings} (--max-warnings)`);
    return EXIT_LINT;
  }
  return EXIT_OK;
}

/** `--ndjson`: records on stdin, one result line per record on stdout. */
async function runNdjsonCli(opts: CliOptions, paths: string[], io: Io, err: (line: string) => void): Promise<number> {
  if (paths.length > 0 || opts.shard) {
    err('--ndjson reads records from stdin: give no paths and no --shard (split the input instead)');
    return EXIT_FATAL;
  }
  if (!io.stdin) {
    err('--ndjson: no standard input available');
    return EXIT_FATAL;
  }
  const config: LintConfig = { rules: ruleFlagsToConfig(opts.rule) };
  resolveRules(config, 'command line');
  const stats = await runNdjson(io.stdin, io.stdout, { concurrency: opts.concurrency, config, maxRecordSize: opts.maxFileSize }, err);
  // Lint findings and bad records are reported in the output lines; the exit code says only
  // whether the stream was processed, since pipelines treat a non-zero status as a failed task.
  return stats.fatal > 0 ? EXIT_FATAL : EXIT_OK;
}
