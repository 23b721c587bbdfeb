import type { Article, LintMessage, LintResult, ReportDescriptor, Settings } from '../types.js';
import { Analysis } from './analysis.js';
import type { ResolvedRule } from './config.js';
import { applyDirectives, type Directive, type DirectiveOptions } from './directives.js';
import { timings } from './timing.js';

/** Fill `{{name}}` placeholders. Unknown placeholders are left in place (the rule tester rejects them). */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

interface Raw {
  resolved: ResolvedRule;
  descriptor: ReportDescriptor;
}

/** Run the resolved rules on one article and post-process their findings into a result. */
export function lintArticle(
  article: Article,
  resolved: readonly ResolvedRule[],
  settings: Settings,
  directives?: DirectiveOptions & { list: readonly Directive[] },
): LintResult {
  const analysis = new Analysis(article);
  const raws: Raw[] = [];
  const times = timings();
  for (const r of resolved) {
    const mine: Raw[] = [];
    const context = {
      article,
      settings,
      analysis,
      report(descriptor: ReportDescriptor) {
        const [s, e] = descriptor.range;
        if (!(s >= 0 && e >= s && e <= article.source.length)) {
          throw new Error(`rule ${r.rule.id} reported an invalid range [${s}, ${e}]`);
        }
        if (!(descriptor.messageId in r.rule.meta.messages)) {
          throw new Error(`rule ${r.rule.id} reported unknown messageId "${descriptor.messageId}"`);
        }
        mine.push({ resolved: r, descriptor });
      },
    };
    if (times) {
      const t0 = performance.now();
      r.rule.check(context, r.options);
      times.set(r.rule.id, (times.get(r.rule.id) ?? 0) + performance.now() - t0);
    } else r.rule.check(context, r.options);
    const respects = r.rule.meta.respectsExclusions !== false;
    for (const raw of mine) {
      const [s, e] = raw.descriptor.range;
      if (respects && analysis.isExcluded(s, Math.max(e, s + 1))) continue;
      raws.push(raw);
    }
    if (r.rule.meta.excludesReportedLines) for (const raw of mine) analysis.exclude(raw.descriptor.range);
  }
  const result = toResult(article, raws);
  return directives ? applyDirectives(result, article, directives.list, directives) : result;
}

function toResult(article: Article, raws: Raw[]): LintResult {
  const seen = new Set<string>();
  const messages: LintMessage[] = [];
  for (const { resolved, descriptor } of raws) {
    const [s, e] = descriptor.range;
    const key = `${resolved.rule.id}\0${descriptor.messageId}\0${s}\0${e}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const start = article.position(s);
    const end = article.position(e);
    const message: LintMessage = {
      ruleId: resolved.rule.id,
      messageId: descriptor.messageId,
      severity: resolved.severity === 'error' && resolved.rule.meta.messageSeverity?.[descriptor.messageId] !== 'warning' ? 2 : 1,
      message: formatMessage(resolved.rule.meta.messages[descriptor.messageId]!, descriptor.data),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
    if (descriptor.fix) message.fix = { range: [...descriptor.fix.range], text: descriptor.fix.text };
    if (descriptor.suggestions?.length) message.suggestions = descriptor.suggestions.map((x) => ({ desc: x.desc, fix: { range: [...x.fix.range], text: x.fix.text } }));
    if (descriptor.related?.length) {
      message.related = descriptor.related.map((rel) => {
        const a = article.position(rel.range[0]);
        const b = article.position(rel.range[1]);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, ...(rel.message ? { message: rel.message } : {}) };
      });
    }
    messages.push(message);
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.messageId.localeCompare(b.messageId));
  return summarise(article.filePath, messages, article.source);
}

export function summarise(filePath: string, messages: LintMessage[], source?: string): LintResult {
  const result: LintResult = {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
    fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length,
  };
  if (source !== undefined) Object.defineProperty(result, 'source', { value: source, enumerable: false });
  return result;
}
