import type { LintResult } from '../types.js';

/** ESLint-compatible JSON (the contract shape), one array for the whole run. */
export function json(results: LintResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
    })),
  ) + '\n';
}
