import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CommanderError } from 'commander';
import { createProgram, type CliOptions } from './options.js';
import type { Io } from './io.js';
import { ConfigError } from '../engine/config.js';
import { runLint, createResolver, EXIT_OK, EXIT_FATAL } from './run.js';
import { enableTiming, formatTimings, timings } from '../engine/timing.js';

export { EXIT_OK, EXIT_LINT, EXIT_FATAL } from './run.js';
/** For bin/worker.js: worker threads run from the same bundle (and code cache) as the CLI. */
export { serveWorker } from '../engine/worker.js';

function packageVersion(): string {
  try {
    const url = new URL('../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Subcommands, recognised only as the first argument (lint a file of that name as ./name). */
type Command = (args: string[], io: Io, err: (line: string) => void) => number | Promise<number>;
/** Subcommand code loads only when the subcommand runs (start-up time). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./commands/init.js')).init,
  rules: async () => (await import('./commands/rules.js')).listRules,
  explain: async () => (await import('./commands/explain.js')).explain,
};

/** Run copydesk with `argv` (as process.argv, including node and script). Returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const err = (line: string) => io.stderr.write(`copydesk: ${line}\n`);
  const command = argv[2] !== undefined && Object.hasOwn(COMMANDS, argv[2]) ? COMMANDS[argv[2]] : undefined;
  if (command) return guard(async () => (await command())(argv.slice(3), io, err), err, argv.includes('--debug'));

  const version = packageVersion();
  const program = createProgram(version);
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
  const timing = Boolean(io.env.TIMING);
  if (timing) {
    // Timings are kept per thread: lint in this one.
    enableTiming();
    opts.concurrency = 'off';
  }
  const code = await guard(() => (opts.ndjson ? runNdjsonCli(opts, paths, io, err) : runLint(paths, { opts, io, err, version })), err, Boolean(opts.debug));
  if (timing) io.stderr.write(`\n${formatTimings(timings() ?? new Map())}`);
  return code;
}

/** Configuration errors and bugs become one line on stderr and exit code 2. */
async function guard(fn: () => number | Promise<number>, err: (line: string) => void, debug: boolean): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const line of e.message.split('\n')) err(line);
      return EXIT_FATAL;
    }
    err(`internal error: ${(e as Error)?.message ?? String(e)}${debug ? `\n${(e as Error)?.stack ?? ''}` : ' (run with --debug for details)'}`);
    return EXIT_FATAL;
  }
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
  // Records have no path: the configuration of the working directory applies.
  const resolver = await createResolver(opts, io.cwd);
  const { config } = await resolver.forFile(path.join(io.cwd, 'record.txt'));
  const { runNdjson } = await import('./ndjson.js');
  const stats = await runNdjson(io.stdin, io.stdout, { concurrency: opts.concurrency, config, maxRecordSize: opts.maxFileSize }, err);
  // Lint findings and bad records are reported in the output lines; the exit code says only
  // whether the stream was processed, since pipelines treat a non-zero status as a failed task.
  return stats.fatal > 0 ? EXIT_FATAL : EXIT_OK;
}
