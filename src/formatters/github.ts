import path from 'node:path';
import type { LintMessage, LintResult } from '../types.js';
import type { FormatterContext } from './index.js';

/** GitHub shows at most this many annotations of each type (error, warning) per step. */
export const GITHUB_ANNOTATION_LIMIT = 10;

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub turns
 * into annotations on the pull request. Past the first 10 errors and 10 warnings GitHub
 * drops annotations silently, so the rest are printed as plain log lines and a closing
 * notice says how many were not annotated.
 */
export function github(results: LintResult[], { cwd }: FormatterContext): string {
  const out: string[] = [];
  const shown = { 2: 0, 1: 0 };
  const hidden = { 2: 0, 1: 0 };
  const overflow: string[] = [];
  for (const r of results) {
    const file = (path.isAbsolute(r.filePath) ? path.relative(cwd, r.filePath) || r.filePath : r.filePath).split(path.sep).join('/');
    for (const m of r.messages as LintMessage[]) {
      const kind = m.severity === 2 ? 'error' : 'warning';
      if (shown[m.severity] < GITHUB_ANNOTATION_LIMIT) {
        shown[m.severity]++;
        const props = [`file=${escapeProperty(file)}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`, `title=${escapeProperty(`copydesk (${m.ruleId})`)}`];
        out.push(`::${kind} ${props.join(',')}::${escapeData(m.message)}`);
      } else {
        hidden[m.severity]++;
        overflow.push(`${file}:${m.line}:${m.column}: ${kind} ${m.message} (${m.ruleId})`);
      }
    }
  }
  if (overflow.length) {
    out.push(...overflow);
    const parts = [hidden[2] ? plural(hidden[2], 'error') : '', hidden[1] ? plural(hidden[1], 'warning') : ''].filter(Boolean).join(' and ');
    out.push(
      `::notice title=copydesk::${escapeData(`${parts} not shown as annotations (GitHub shows at most ${GITHUB_ANNOTATION_LIMIT} errors and ${GITHUB_ANNOTATION_LIMIT} warnings per step); they are listed in the log. Upload --format sarif to code scanning to see every finding.`)}`,
    );
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors + warnings > 0) out.push(`copydesk: ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`);
  return out.length ? out.join('\n') + '\n' : '';
}
