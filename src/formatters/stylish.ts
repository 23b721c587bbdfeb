import type { ChalkInstance } from 'chalk';
import type { LintResult } from '../types.js';
import type { FormatterContext } from './index.js';

/** The styles the report uses. */
interface Styles {
  underline(s: string): string;
  dim(s: string): string;
  red: ((s: string) => string) & { bold(s: string): string };
  yellow: ((s: string) => string) & { bold(s: string): string };
}

const same = (s: string) => s;
const sameAndBold = Object.assign((s: string) => s, { bold: same });
/** A report without colour: every style leaves its text as it is. */
const PLAIN: Styles = { underline: same, dim: same, red: sameAndBold, yellow: sameAndBold };

let coloured: ChalkInstance | undefined;

/**
 * Load chalk for a coloured report; call it before `stylish` with `color: true`. A plain report
 * needs no chalk, and importing it costs a one-article run several milliseconds (chalk detects
 * colour support on load, which loads node:tty and its streams).
 */
export async function loadColours(): Promise<void> {
  coloured ??= new (await import('chalk')).Chalk({ level: 1 });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The source line of a finding, shortened around the column. */
function excerpt(source: string | undefined, line: number, column: number, endColumn: number, width = 76): string | null {
  if (source === undefined) return null;
  const all = source.split(/\r\n|\r|\n/);
  const text = all[line - 1];
  if (text === undefined) return null;
  const lead = text.length - text.trimStart().length;
  let s = lead;
  let e = text.trimEnd().length;
  if (e - s > width) {
    const from = Math.max(s, Math.min(column - 1 - 10, e - width));
    s = from;
    e = Math.min(e, from + width);
    return `${s > lead ? '…' : ''}${text.slice(s, e)}${e < text.trimEnd().length ? '…' : ''}`;
  }
  void endColumn;
  return text.slice(s, e);
}

/** Human report grouped by file, with an excerpt of each offending line and a summary. */
export function stylish(results: LintResult[], { color }: FormatterContext): string {
  if (color && !coloured) throw new Error('stylish: call loadColours() before a coloured report');
  const c: Styles = color ? coloured! : PLAIN;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  for (const r of results) {
    if (r.messages.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    fixErrors += r.fixableErrorCount;
    fixWarnings += r.fixableWarningCount;
    out.push(c.underline(r.filePath));
    const posWidth = Math.max(...r.messages.map((m) => `${m.line}:${m.column}`.length));
    const msgWidth = Math.min(70, Math.max(...r.messages.map((m) => m.message.length)));
    for (const m of r.messages) {
      const pos = `${m.line}:${m.column}`.padEnd(posWidth);
      const sev = m.severity === 2 ? c.red('error  ') : c.yellow('warning');
      out.push(`  ${c.dim(pos)}  ${sev}  ${m.message.padEnd(msgWidth)}  ${c.dim(m.ruleId)}`);
      const ex = excerpt(r.source, m.line, m.column, m.endColumn);
      if (ex !== null) out.push(`  ${' '.repeat(posWidth)}  ${c.dim('│')} ${c.dim(ex)}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push(errors ? c.red.bold(summary) : c.yellow.bold(summary));
  if (fixErrors + fixWarnings > 0) {
    out.push(c.dim(`  ${plural(fixErrors, 'error')} and ${plural(fixWarnings, 'warning')} potentially fixable with the \`--fix\` option.`));
  }
  return out.join('\n') + '\n';
}
