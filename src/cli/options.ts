import { Command, InvalidArgumentError, Option } from 'commander';
import { formatterNames } from '../formatters/index.js';
import { ruleIds } from '../rules/index.js';
import { parseConcurrency, type Concurrency } from '../engine/pool.js';
import { parseShard, type Shard } from './shard.js';

function parseWith<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  };
}

export interface CliOptions {
  format: string;
  quiet?: boolean;
  maxWarnings: number;
  rule: string[];
  color?: boolean;
  stdinFilename?: string;
  maxFileSize: number;
  debug?: boolean;
  concurrency: Concurrency;
  ndjson?: boolean;
  shard?: Shard;
  progress: boolean;
}

function parseCount(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 500000, 512KB or 10MB.');
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * mult);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function createProgram(version: string): Command {
  const program = new Command();
  program
    .name('copydesk')
    .usage('[options] [paths...]')
    .description(
      'Lint articles for boilerplate leakage, off-topic insertions, duplicated labels,\n' +
        'missing attribution and spelling. Paths may be files, directories, globs, or - for stdin.',
    )
    .argument('[paths...]', 'files, directories (.txt .md .markdown .html .htm), globs, or - for stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatterNames).default('stylish'))
    .option('--quiet', 'report errors only, not warnings')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount, -1)
    .option('--rule <id=severity>', 'set a rule to off, warning or error (repeatable)', collect, [])
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--stdin-filename <name>', 'file name for text read from stdin (picks the format, names the report)')
    .option('--max-file-size <size>', 'skip files larger than this (bytes, or KB/MB)', parseSize, 10 * 1024 * 1024)
    .option('--concurrency <n>', 'worker threads for many files: auto, off or a number', parseWith(parseConcurrency), 'auto')
    .option('--ndjson', 'read JSON lines {"id","text","format"?} on stdin, write one result line per record')
    .option('--shard <k/n>', 'lint only part k of n of the files (stable split for CI matrix jobs)', parseWith(parseShard))
    .option('--no-progress', 'never draw the progress bar (drawn on a terminal for many files)')
    .option('--debug', 'print stack traces for internal errors')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText(
      'after',
      `
Examples:
  copydesk story.md                          lint one article
  copydesk content/                          lint every article under a folder
  copydesk 'content/**/*.md' --format json   machine-readable report
  copydesk --rule spelling=off story.txt     turn a rule off
  cat story.html | copydesk - --stdin-filename story.html
  copydesk --ndjson < records.jsonl > results.jsonl
  copydesk archive/ --shard 2/4 --format json

Rules: ${ruleIds.join(', ') || '(none registered)'}
Exit codes: 0 no errors (warnings within --max-warnings), 1 lint errors or too many
warnings, 2 usage, configuration, input or internal error.`,
    );
  return program;
}
