/**
 * Inline directives, in any input format (HTML comments; in plain text on a line of their own):
 *
 *   <!-- copydesk-disable -->                     every rule, until enabled again
 *   <!-- copydesk-disable spelling, duplicate-label -->
 *   <!-- copydesk-enable -->                      every rule again (or: copydesk-enable spelling)
 *   <!-- copydesk-disable-line spelling -->       the line holding the comment
 *   <!-- copydesk-disable-next-line spelling -- the name is right -->   the next line with text
 *
 * Text after ` -- ` is the reason and is ignored. The comments are blanked (replaced by spaces
 * of the same length) before parsing, so rules never see them and offsets do not move.
 */
import type { Article, LintMessage, LintResult, NumericSeverity } from '../types.js';
import { summarise } from './lint.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason?: string;
  /** Offsets of the whole comment in the source. */
  start: number;
  end: number;
}

/** ruleId of findings about directives themselves. */
export const DIRECTIVE_RULE_ID = 'copydesk-directive';

export interface DirectiveOptions {
  /** Every rule id that exists (built-in and plugin), on or off. */
  knownRules: ReadonlySet<string>;
  /** Report directives that suppressed nothing: 0 = no, 1 = warning, 2 = error. */
  reportUnused: 0 | NumericSeverity;
}

const DIRECTIVE_BODY = /^[ \t]*copydesk-(disable-next-line|disable-line|disable|enable)(?![\w-])([\s\S]*)$/;

/** Every directive comment in the source. Linear: each comment is scanned once. */
export function findDirectives(source: string): Directive[] {
  if (!source.includes('copydesk-')) return [];
  const out: Directive[] = [];
  let i = source.indexOf('<!--');
  while (i !== -1) {
    const close = source.indexOf('-->', i + 4);
    if (close === -1) break;
    const m = DIRECTIVE_BODY.exec(source.slice(i + 4, close));
    if (m) {
      let body = m[2] ?? '';
      let reason: string | undefined;
      const sep = /(?:^|\s)--(?:\s|$)/.exec(body);
      if (sep) {
        reason = body.slice(sep.index + sep[0].length).trim() || undefined;
        body = body.slice(0, sep.index);
      }
      const rules = body
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter(Boolean);
      out.push({ kind: m[1] as DirectiveKind, rules, ...(reason ? { reason } : {}), start: i, end: close + 3 });
    }
    i = source.indexOf('<!--', close + 3);
  }
  return out;
}

/** The source with each directive comment replaced by spaces (line breaks kept). */
export function blankDirectives(source: string, directives: readonly Directive[]): string {
  if (directives.length === 0) return source;
  let out = '';
  let at = 0;
  for (const d of directives) {
    out += source.slice(at, d.start) + source.slice(d.start, d.end).replace(/[^\r\n]/g, ' ');
    at = d.end;
  }
  return out + source.slice(at);
}

const before = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line < b.line || (a.line === b.line && a.column < b.column);

/** Drop findings suppressed by directives; add findings for unknown rule names and (optionally) unused directives. */
export function applyDirectives(result: LintResult, article: Article, directives: readonly Directive[], options: DirectiveOptions): LintResult {
  if (directives.length === 0) return result;
  const placed = directives.map((d) => {
    const pos = article.position(d.start);
    const endPos = article.position(d.end);
    let target = pos.line;
    if (d.kind === 'disable-next-line') {
      // The next line after the comment that holds any text.
      const next = article.lines.find((l) => l.line > endPos.line && l.text.trim() !== '');
      target = next ? next.line : endPos.line + 1;
    }
    return { d, pos, endPos, target, used: new Set<string>() };
  });
  const extra: LintMessage[] = [];
  const directiveMessage = (p: (typeof placed)[number], messageId: string, message: string, severity: NumericSeverity): LintMessage => ({
    ruleId: DIRECTIVE_RULE_ID,
    messageId,
    severity,
    message,
    line: p.pos.line,
    column: p.pos.column,
    endLine: p.endPos.line,
    endColumn: p.endPos.column,
  });
  for (const p of placed) {
    for (const r of p.d.rules) {
      if (!options.knownRules.has(r)) extra.push(directiveMessage(p, 'unknownRule', `Unknown rule \`${r}\` in \`copydesk-${p.d.kind}\`; use one of: ${[...options.knownRules].join(', ')}.`, 2));
    }
  }
  const kept: LintMessage[] = [];
  for (const m of result.messages) {
    let by: (typeof placed)[number] | undefined;
    // Line directives first.
    for (const p of placed) {
      if (p.d.kind === 'disable-line' && p.pos.line === m.line && (p.d.rules.length === 0 || p.d.rules.includes(m.ruleId))) by ??= p;
      if (p.d.kind === 'disable-next-line' && p.target === m.line && (p.d.rules.length === 0 || p.d.rules.includes(m.ruleId))) by ??= p;
    }
    if (!by) {
      // Replay block directives up to the finding.
      let all: (typeof placed)[number] | undefined;
      const perRule = new Map<string, (typeof placed)[number]>();
      const exceptions = new Set<string>();
      for (const p of placed) {
        if (p.d.kind !== 'disable' && p.d.kind !== 'enable') continue;
        if (!before(p.pos, m)) break;
        if (p.d.kind === 'disable') {
          if (p.d.rules.length === 0) {
            all = p;
            perRule.clear();
            exceptions.clear();
          } else
            for (const r of p.d.rules) {
              perRule.set(r, p);
              exceptions.delete(r);
            }
        } else if (p.d.rules.length === 0) {
          all = undefined;
          perRule.clear();
          exceptions.clear();
        } else
          for (const r of p.d.rules) {
            perRule.delete(r);
            if (all) exceptions.add(r);
          }
      }
      by = perRule.get(m.ruleId) ?? (all && !exceptions.has(m.ruleId) ? all : undefined);
    }
    if (by) by.used.add(by.d.rules.length === 0 ? '*' : m.ruleId);
    else kept.push(m);
  }
  if (options.reportUnused) {
    for (const p of placed) {
      if (p.d.kind === 'enable') continue;
      if (p.d.rules.length === 0) {
        if (!p.used.has('*')) extra.push(directiveMessage(p, 'unusedDirective', `Unused \`copydesk-${p.d.kind}\` directive (no problems were reported here); remove it.`, options.reportUnused));
      } else {
        const unused = p.d.rules.filter((r) => options.knownRules.has(r) && !p.used.has(r));
        if (unused.length) {
          extra.push(directiveMessage(p, 'unusedDirective', `Unused \`copydesk-${p.d.kind}\` directive (no problems were reported from ${unused.map((r) => `\`${r}\``).join(', ')}); remove it.`, options.reportUnused));
        }
      }
    }
  }
  const messages = [...kept, ...extra].sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return summarise(result.filePath, messages, result.source);
}
