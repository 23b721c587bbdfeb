import type { LintResult } from '../types.js';

/** One finding per line: `path:line:col: severity message (rule)`. */
export function compact(results: LintResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      lines.push(`${r.filePath}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${m.message} (${m.ruleId})`);
    }
  }
  const total = results.reduce((n, r) => n + r.messages.length, 0);
  if (total > 0) lines.push('', `${total} problem${total === 1 ? '' : 's'}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}
