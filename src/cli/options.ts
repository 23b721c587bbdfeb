import { Command, InvalidArgumentError, Option } from 'commander';
import { formatterNames } from '../formatters/index.js';
import { ruleIds } from '../rules/index.js';

export interface CliOptions {
  format: string;
  quiet?: boolean;
  maxWarnings: number;
  rule: string[];
  color?: boolean;
  stdinFilename?: string;
  maxFileSize: number;
  debug?: boolean;
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

Rules: ${ruleIds.join(', ') || '(none registered)'}
Exit codes: 0 no errors (warnings within --max-warnings), 1 lint errors or too many
warnings, 2 usage, configuration, input or internal error.`,
    );
  return program;
}
