import type { Format, LintMessage, Rule } from '../types.js';
import { parseArticle } from '../engine/parse/index.js';
import { lintArticle } from '../engine/lint.js';
import { resolveSettings } from '../engine/config.js';

export interface RuleRun {
  messages: LintMessage[];
  /** Problems with the rule's own reports (unknown messageId, unfilled placeholder). */
  problems: string[];
}

/**
 * Run one rule alone on a text, as the engine would, and check its reports for the mistakes a
 * rule tester must catch: unknown messageIds and placeholders left unfilled.
 */
export function runRule(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: Rule<any>,
  text: string,
  options: { format?: Format; options?: Record<string, unknown>; language?: string; accept?: string[] } = {},
): RuleRun {
  const article = parseArticle(text, '<test>', options.format ?? 'text');
  const problems: string[] = [];
  const result = lintArticle(
    article,
    [{ rule, severity: rule.meta.defaultSeverity, options: { ...(rule.meta.defaultOptions as object), ...options.options } }],
    resolveSettings({ language: options.language ?? 'en-US', accept: options.accept ?? [] }),
  );
  for (const m of result.messages) {
    if (!(m.messageId in rule.meta.messages)) problems.push(`unknown messageId "${m.messageId}"`);
    if (/\{\{\s*[\w.]+\s*\}\}/.test(m.message)) problems.push(`unfilled placeholder in message "${m.message}" (${m.messageId})`);
  }
  return { messages: result.messages, problems };
}
