/**
 * Margin notes: what a finding says, how `--fix` would change the text, and links to related
 * places. A run of findings of one kind on neighbouring lines (seven teaser lines, say) shares
 * one note, so the margin stays beside the text it explains.
 */
import type { LintMessage } from '../../types.js';
import type { LineIndex } from '../../engine/line-index.js';
import type { Finding } from './annotate.js';
import { escapeHtml, messageHtml, shorten } from './escape.js';
import { ruleStyle } from './palette.js';

const isBlankLine = (index: LineIndex, line: number) => {
  const [s, e] = index.lineRange(line);
  return index.text.slice(s, e).trim() === '';
};

/** Lines (1-based, holding text) that a fix deletes whole, or null when it edits within lines. */
function deletedLines(message: LintMessage, index: LineIndex): number[] | null {
  const fix = message.fix;
  if (!fix || fix.text !== '') return null;
  const [s, e] = fix.range;
  const whole = index.starts[index.lineOf(s) - 1] === s && (e === index.text.length || index.starts[index.lineOf(e) - 1] === e);
  if (!whole || e <= s) return null;
  const lines: number[] = [];
  for (let line = index.lineOf(s), last = index.lineOf(e - 1); line <= last; line++) if (!isBlankLine(index, line)) lines.push(line);
  return lines;
}

function lineList(lines: readonly number[], index: LineIndex): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  // Lines with only blank lines between them read as one stretch.
  const contiguous = lines.every((l, i) => {
    if (i === 0) return true;
    for (let k = lines[i - 1]! + 1; k < l; k++) if (!isBlankLine(index, k)) return false;
    return true;
  });
  if (contiguous) return `lines ${lines[0]}–${lines[lines.length - 1]}`;
  return `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
}

/** What the fixes of a note's findings do, in words (HTML), or null when none has a fix. */
export function describeFixes(messages: readonly LintMessage[], index: LineIndex | null): string | null {
  const fixed = messages.filter((m) => m.fix);
  if (!fixed.length || !index) return null;
  const lines = fixed.map((m) => deletedLines(m, index));
  if (lines.every((l) => l !== null)) return `delete ${lineList([...new Set(lines.flat())].sort((a, b) => a - b), index)}`;
  if (fixed.length > 1) return `${fixed.length} edits`;
  const fix = fixed[0]!.fix!;
  const [s, e] = fix.range;
  const old = index.text.slice(s, e);
  if (fix.text === '') return `delete <code>${escapeHtml(shorten(old, 60))}</code>`;
  if (s === e) return `insert <code>${escapeHtml(shorten(fix.text, 60))}</code>`;
  return `replace <code>${escapeHtml(shorten(old, 40))}</code> with <code>${escapeHtml(shorten(fix.text, 60))}</code>`;
}

/**
 * Group findings (in report order) into notes: consecutive findings with the same rule,
 * message id (or whole-line deletions both) and severity, each on the line after the previous
 * one or separated only by blank lines, share a note. Sets each finding's `note` to its
 * group's first number.
 */
export function groupFindings(findings: readonly Finding[], index: LineIndex | null): Finding[][] {
  const groups: Finding[][] = [];
  for (const f of findings) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    let joins = false;
    if (prev && index && !prev.related.length && !f.related.length) {
      const a = prev.message;
      const b = f.message;
      // Whole lines that the fix deletes (a block of site chrome) group across message ids.
      const sameKind = a.messageId === b.messageId || (deletedLines(a, index) !== null && deletedLines(b, index) !== null);
      if (a.ruleId === b.ruleId && sameKind && a.severity === b.severity && b.line > a.endLine && b.line - a.endLine <= 3) {
        joins = true;
        for (let line = a.endLine + 1; line < b.line; line++) if (!isBlankLine(index, line)) joins = false;
      }
    }
    if (joins) group!.push(f);
    else groups.push([f]);
    f.note = (joins ? group![0]! : f).n;
  }
  return groups;
}

/** Suggestions, shortened: "Replace with `a`", "Replace with `b`" read as one line. */
function suggestionsHtml(m: LintMessage): string[] {
  const descs = (m.suggestions ?? []).map((x) => x.desc);
  if (!descs.length) return [];
  const replace = /^Replace with (.+)$/;
  if (descs.length > 1 && descs.every((d) => replace.test(d))) {
    const options = descs.map((d) => messageHtml(replace.exec(d)![1]!));
    const list = options.length === 2 ? options.join(' or ') : `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
    return [`<p class="fix"><span aria-hidden="true">↳ </span>Suggestion: replace with ${list}</p>`];
  }
  const shown = descs.slice(0, 3).map((d) => `<p class="fix"><span aria-hidden="true">↳ </span>Suggestion: ${messageHtml(d)}</p>`);
  if (descs.length > 3) shown.push(`<p class="fix muted">… and ${descs.length - 3} more suggestions</p>`);
  return shown;
}

/**
 * The margin note of a group of findings: number(s), rule, severity, message, fix and related
 * links. A `repeat` (same rule and message id as an earlier note of the article) is drawn
 * shorter until it is hovered or focused; its full text is always in the page.
 */
export function noteHtml(group: readonly Finding[], index: LineIndex | null, repeat = false): string {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const m = first.message;
  const st = ruleStyle(m.ruleId);
  const number = group.length > 1 ? `${first.n}–${last.n}` : `${first.n}`;
  const sev = m.severity === 2 ? '<span aria-hidden="true">■ </span>error' : '<span aria-hidden="true">▲ </span>warning';
  // One message per kind of finding in the group (the first of each), at most three.
  const kinds: LintMessage[] = [];
  for (const f of group) if (!kinds.some((k) => k.messageId === f.message.messageId)) kinds.push(f.message);
  const parts = [
    `<div class="note r-${st.key} sev-${m.severity}${repeat ? ' repeat' : ''}" id="n${first.n}" data-f="${first.n}"${group.length > 1 ? ` data-group="${group.map((f) => f.n).join(' ')}"` : ''} role="note">`,
    `<div class="nh"><a class="badge" href="#f${first.n}" tabindex="-1"><span aria-hidden="true">${st.icon}</span> ${number}</a>`,
    `<span class="nl">${escapeHtml(st.label)}</span> <span class="sev">${sev}</span>`,
    group.length > 1 ? '</div>' : `<span class="pos">${m.line}:${m.column}</span></div>`,
    ...kinds.slice(0, 3).map((k) => `<p class="msg">${messageHtml(k.message)}</p>`),
  ];
  if (kinds.length > 3) parts.push(`<p class="muted">… and ${kinds.length - 3} other kinds.</p>`);
  if (group.length > 1) {
    const MAX_LINKS = 8;
    const rest = group.slice(1);
    const links = rest.slice(0, MAX_LINKS).map((f) => `<a href="#f${f.n}" tabindex="-1">${f.message.line}</a>`);
    const more = rest.length > MAX_LINKS ? ` and ${rest.length - MAX_LINKS} more, to line ${last.message.line}` : '';
    parts.push(`<p class="also">Also on line${rest.length > 1 ? 's' : ''} ${links.join(', ')}${more}.</p>`);
  }
  const fix = describeFixes(group.map((f) => f.message), index);
  if (fix) parts.push(`<p class="fix"><span aria-hidden="true">↳ </span>Fix: ${fix} <span class="muted">(<code>--fix</code>)</span></p>`);
  parts.push(...suggestionsHtml(m));
  first.related.forEach((r, k) => {
    const arrow = r.line < m.line ? '↑' : r.line > m.line ? '↓' : '→';
    const label = r.message ? messageHtml(r.message) : 'First occurrence';
    parts.push(`<p class="relink"><a href="#r${first.n}-${k}"><span aria-hidden="true">${arrow} </span>${label} (line ${r.line})</a></p>`);
  });
  parts.push(`<p class="rid">${escapeHtml(m.ruleId)} / ${kinds.map((k) => escapeHtml(k.messageId)).join(', ')}</p></div>`);
  return parts.join('');
}
