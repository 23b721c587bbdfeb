import { Command, InvalidArgumentError, Option } from 'commander';
import { formatterNames } from '../formatters/load.js';
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
  /** A path (`--config`), false (`--no-config`) or undefined (discover). */
  config?: string | false;
  ignorePath?: string;
  ignorePattern: string[];
  ignore: boolean;
  inlineConfig: boolean;
  reportUnusedDirectives?: boolean;
  reportUnusedDirectivesSeverity?: 'off' | 'warning' | 'error';
  suppressAll?: boolean;
  suppressRule: string[];
  suppressionsLocation?: string;
  pruneSuppressions?: boolean;
  outputFile?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  cache?: boolean;
  cacheLocation?: string;
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
    .option('--concurrency <n>', 'threads that lint many files (the main thread and N-1 workers): auto, off or N', parseWith(parseConcurrency), 'auto')
    .option('--ndjson', 'read JSON lines {"id","text","format"?} on stdin, write one result line per record')
    .option('--shard <k/n>', 'lint only part k of n of the files (stable split for CI matrix jobs)', parseWith(parseShard))
    .option('--no-progress', 'never draw the progress bar (drawn on a terminal for many files)')
    .option('-c, --config <path>', 'use this configuration file for every file (no discovery)')
    .option('--no-config', 'ignore configuration files; use the built-in defaults')
    .option('--ignore-path <file>', 'ignore file to use instead of .copydeskignore')
    .option('--ignore-pattern <pattern>', 'skip files matching this pattern (.gitignore syntax, repeatable)', collect, [])
    .option('--no-ignore', 'lint files even if .copydeskignore, --ignore-pattern or ignorePatterns match them')
    .option('--no-inline-config', 'ignore <!-- copydesk-… --> directives in articles')
    .option('--report-unused-directives', 'report copydesk-disable directives that suppress nothing (as errors)')
    .addOption(new Option('--report-unused-directives-severity <severity>', 'severity for unused directives').choices(['off', 'warning', 'error']))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout (the exit code is unchanged)')
    .option('--fix', 'apply fixes to the files in place (atomic writes; encoding, BOM, line endings and mode kept)')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them')
    .option('--suppress-all', 'record every current finding in the suppressions file (a baseline)')
    .option('--suppress-rule <id>', 'record current findings of this rule in the suppressions file (repeatable)', collect, [])
    .option('--suppressions-location <file>', 'suppressions file (default: copydesk-suppressions.json)')
    .option('--prune-suppressions', 'remove suppressions that are no longer needed')
    .option('--cache', 'only lint files that changed since the last run')
    .option('--cache-location <path>', 'cache file or directory (default: .copydeskcache)')
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
  copydesk --fix-dry-run story.txt           show the fixes as a diff
  copydesk --format sarif -o copydesk.sarif content/
  copydesk init                              write a starter .copydeskrc.json
  copydesk rules                             list rules with their severity here
  copydesk explain spelling                  print a rule's documentation
  copydesk --ndjson < records.jsonl > results.jsonl
  copydesk archive/ --shard 2/4 --format json

Rules: ${ruleIds.join(', ') || '(none registered)'}
Exit codes: 0 no errors (warnings within --max-warnings), 1 lint errors or too many
warnings, 2 usage, configuration, input or internal error.`,
    );
  return program;
}
