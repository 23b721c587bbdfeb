/**
 * One article's source text as rows of lines, with every finding highlighted in place.
 * Findings may overlap and span lines: each line is cut at every span boundary and the
 * spans are re-opened around the cut, so the markup stays well nested.
 */
import type { LintMessage } from '../../types.js';
import { LineIndex } from '../../engine/line-index.js';
import { escapeHtml, withoutFinalStop } from './escape.js';
import { ruleStyle } from './palette.js';

/** A finding with its global number (1-based, in report order) and source offsets. */
export interface Finding {
  n: number;
  message: LintMessage;
  start: number;
  end: number;
  /** Its fix deletes or replaces the highlighted text: show it struck through. */
  struck: boolean;
  /** Replacement text of the fix, shown inline after the highlight. */
  insert?: string;
  related: Array<{ start: number; end: number; line: number; message?: string }>;
  /** Number of the note that explains it (its own, or the first of its group). */
  note: number;
}

interface Span {
  kind: 'finding' | 'related';
  finding: Finding;
  k: number;
  start: number;
  end: number;
  /** The unclipped span this piece belongs to. */
  origin?: Span;
}

function offsetOf(index: LineIndex, line: number, column: number): number {
  const starts = index.starts;
  if (line < 1) return 0;
  if (line > starts.length) return index.text.length;
  const [s, e] = index.lineRangeWithEol(line);
  return Math.min(Math.max(s, s + column - 1), e);
}

/** Map each message of one result to offsets in its source. */
export function locate(messages: readonly LintMessage[], source: string, firstNumber: number): { index: LineIndex; findings: Finding[] } {
  const index = new LineIndex(source);
  const findings = messages.map((message, i): Finding => {
    const start = offsetOf(index, message.line, message.column);
    const end = Math.max(start, offsetOf(index, message.endLine, message.endColumn));
    const f: Finding = {
      n: firstNumber + i,
      message,
      start,
      end,
      struck: false,
      note: firstNumber + i,
      related: (message.related ?? []).map((r) => {
        const s = offsetOf(index, r.line, r.column);
        return { start: s, end: Math.max(s, offsetOf(index, r.endLine, r.endColumn)), line: r.line, ...(r.message ? { message: withoutFinalStop(r.message) } : {}) };
      }),
    };
    const fix = message.fix;
    if (fix && end > start) {
      const [fs, fe] = fix.range;
      if (fs <= start && fe >= end) f.struck = true;
      if (fix.text.trim() !== '') f.insert = fix.text;
    }
    return f;
  });
  return { index, findings };
}

function openTag(span: Span, first: boolean): string {
  const f = span.finding;
  const st = ruleStyle(f.message.ruleId);
  if (span.kind === 'related') {
    const id = first ? ` id="r${f.n}-${span.k}" tabindex="-1"` : '';
    const what = f.related[span.k]?.message ?? (f.message.ruleId === 'duplicate-label' ? 'First occurrence' : 'Related place');
    return `<span class="rel r-${st.key}" data-f="${f.n}"${id} title="${escapeHtml(what)} (see finding ${f.n})">`;
  }
  const cls = `hl r-${st.key} sev-${f.message.severity}${f.struck ? ' del' : ''}${span.start === span.end ? ' caret' : ''}`;
  const title = ` title="${escapeHtml(f.message.message)}"`;
  if (!first) return `<mark class="${cls}" data-f="${f.n}"${title}>`;
  const sev = f.message.severity === 2 ? 'error' : 'warning';
  return (
    `<mark class="${cls}" data-f="${f.n}" id="f${f.n}" tabindex="0" aria-describedby="n${f.note}" data-rule="${escapeHtml(f.message.ruleId)}" data-pos="${f.message.line}:${f.message.column}"${title}>` +
    `<span class="badge"><span aria-hidden="true">${st.icon}</span><span class="vh">Finding </span>${f.n}<span class="vh">, ${escapeHtml(st.label)} ${sev}: </span></span>`
  );
}

const closeTag = (span: Span) => (span.kind === 'related' ? '</span>' : '</mark>');

/** Spans touching one line, clipped to its visible part [from, to). */
function clip(spans: readonly Span[], line: number, from: number, to: number, zeroLine: Map<Span, number>): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const a = Math.max(s.start, from);
    const b = Math.min(s.end, to);
    if (a < b) out.push({ ...s, start: a, end: b, origin: s });
    else if (zeroLine.get(s) === line) {
      const p = Math.min(Math.max(s.start, from), to);
      out.push({ ...s, start: p, end: p, origin: s });
    }
  }
  return out;
}

export interface RenderedText {
  rows: string;
  /** Findings whose position lies outside the text (shown as a plain list). */
  unplaced: Finding[];
}

/** Render the article text, one row per line, highlights in place and notes in the margin. */
export function renderText(findings: readonly Finding[], index: LineIndex, fileIndex: number, notes: (f: Finding) => string): RenderedText {
  const src = index.text;
  const spans: Span[] = [];
  for (const f of findings) {
    spans.push({ kind: 'finding', finding: f, k: 0, start: f.start, end: f.end });
    f.related.forEach((r, k) => spans.push({ kind: 'related', finding: f, k, start: r.start, end: r.end }));
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const lineCount = index.lineCount;
  // The usual indentation of the text is not shown (plain-text extractions often indent every
  // line): each line loses up to the most common indentation among its lines.
  const indentCounts = new Map<number, number>();
  for (let line = 1; line <= lineCount; line++) {
    const [s, e] = index.lineRange(line);
    const m = /^[ \t]*/.exec(src.slice(s, Math.min(e, s + 200)))![0].length;
    if (m < e - s) indentCounts.set(m, (indentCounts.get(m) ?? 0) + 1);
  }
  let indent = 0;
  for (const [m, n] of indentCounts) if (n > (indentCounts.get(indent) ?? 0) || (n === indentCounts.get(indent) && m < indent)) indent = m;
  const lead = (ls: number, le: number) => {
    let i = ls;
    while (i < le && i - ls < indent && (src.charCodeAt(i) === 32 || src.charCodeAt(i) === 9)) i++;
    return i;
  };

  // A span with no visible character anywhere (empty, or only indentation and line ends)
  // is drawn as a caret on its first line; every other span starts at its first visible character.
  const zeroLine = new Map<Span, number>();
  for (const s of spans) {
    let visible = false;
    for (let line = index.lineOf(s.start), last = index.lineOf(s.end); line <= last && !visible; line++) {
      const [ls, le] = index.lineRange(line);
      visible = Math.max(s.start, lead(ls, le)) < Math.min(s.end, le);
    }
    if (!visible) zeroLine.set(s, index.lineOf(s.start));
  }
  const started = new Set<Span>();
  const byLine = new Map<number, Finding[]>();
  const unplaced: Finding[] = [];
  for (const f of findings) {
    if (f.message.line < 1 || f.message.line > lineCount) unplaced.push(f);
    else {
      const list = byLine.get(f.message.line);
      if (list) list.push(f);
      else byLine.set(f.message.line, [f]);
    }
  }

  const rows: string[] = [];
  let waiting = 0; // spans[waiting…] start after the lines seen so far
  let active: Span[] = []; // spans that started and may still touch this line or a later one
  let blankRun = false;
  for (let line = 1; line <= lineCount; line++) {
    const [ls, le] = index.lineRange(line);
    const from = lead(ls, le);
    const [, next] = index.lineRangeWithEol(line);
    while (waiting < spans.length && spans[waiting]!.start <= Math.max(le, next - 1)) active.push(spans[waiting++]!);
    const parts = clip(active, line, from, le, zeroLine).sort((a, b) => a.start - b.start || b.end - a.end);
    active = active.filter((s) => s.end > next);
    const here = byLine.get(line) ?? [];
    if (parts.length === 0 && here.length === 0 && /^\s*$/.test(src.slice(from, Math.min(le, from + 200))) && le - from <= 200) {
      if (!blankRun) rows.push('<div class="row blank" aria-hidden="true"></div>');
      blankRun = true;
      continue;
    }
    blankRun = false;

    // Boundaries, then walk them with a stack of open spans.
    const points = new Set<number>([from, le]);
    const opening = new Map<number, Span[]>();
    const carets = new Map<number, Span[]>();
    const inserts = new Map<number, Finding[]>();
    const add = <T>(map: Map<number, T[]>, key: number, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const p of parts) {
      points.add(p.start).add(p.end);
      if (p.start === p.end) add(carets, p.start, p);
      else {
        add(opening, p.start, p);
        if (p.kind === 'finding' && p.finding.insert !== undefined && p.finding.end === p.end) add(inserts, p.end, p.finding);
      }
    }
    const sorted = [...points].sort((a, b) => a - b);
    const stack: Span[] = [];
    const html: string[] = [];
    let pos = from;
    const open = (s: Span) => {
      const origin = s.origin ?? s;
      html.push(openTag(s, !started.has(origin)));
      started.add(origin);
      stack.push(s);
    };
    for (const p of sorted) {
      if (p > pos) html.push(escapeHtml(src.slice(pos, p)));
      pos = p;
      // Close every span ending here, re-opening the ones above it that go on.
      let deepest = -1;
      stack.forEach((s, i) => {
        if (s.end === p) deepest = i;
      });
      if (deepest >= 0) {
        const reopen: Span[] = [];
        while (stack.length > deepest) {
          const s = stack.pop()!;
          html.push(closeTag(s));
          if (s.end !== p) reopen.unshift(s);
        }
        for (const s of reopen) open(s);
      }
      for (const f of inserts.get(p) ?? []) {
        html.push(`<ins class="fix-ins" data-f="${f.n}"><span class="vh">Replace with: </span>${escapeHtml(f.insert!)}</ins>`);
      }
      for (const s of carets.get(p) ?? []) {
        open(s);
        html.push(closeTag(stack.pop()!));
      }
      for (const s of opening.get(p) ?? []) open(s);
    }
    while (stack.length) html.push(closeTag(stack.pop()!));
    const noteHtml = here.map(notes).join('');
    const flags = here.length ? ` has-f r-${ruleStyle(here[0]!.message.ruleId).key}` : '';
    rows.push(
      `<div class="row${flags}" id="L${fileIndex}-${line}"><span class="ln" aria-hidden="true">${line}</span>` +
        `<div class="txt">${html.join('') || '&nbsp;'}</div>${noteHtml ? `<div class="notes">${noteHtml}</div>` : ''}</div>`,
    );
  }
  return { rows: rows.join('\n'), unplaced };
}
