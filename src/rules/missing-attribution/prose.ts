/**
 * Per-block preparation shared by the quote, source and claim checks: quotation spans, the
 * block text with its quotations blanked out (so cues inside a quote do not count), sentences,
 * and the cue tests.
 */
import type { Block } from '../../types.js';
import { sentencesOf, type SentenceSpan } from '../../text/sentences.js';
import { CUE_PHRASES, REPORTING_VERBS, SOURCE_NAMES, SOURCE_NOUNS } from './cues.js';

export interface QuoteSpan {
  /** Offset of the opening mark in block.text. */
  start: number;
  /** Offset just after the closing mark (or the block end when the quote runs on). */
  end: number;
  /** Content offsets (inside the marks). */
  contentStart: number;
  contentEnd: number;
  /** True when no closing mark was found in the block (a quote that runs on). */
  open: boolean;
}

export interface Prose {
  block: Block;
  quotes: QuoteSpan[];
  /** block.text with every quotation (marks included) replaced by spaces; same length. */
  masked: string;
  /** Sentences of the block (parsed on first use). */
  readonly sentences: SentenceSpan[];
}

/**
 * Compile a data pattern. The `u` flag is added only when the pattern needs it (`\p{…}`):
 * case-insensitive Unicode matching is several times slower in V8.
 */
export function compilePattern(source: string, flags: string): RegExp {
  return new RegExp(source, needsUnicode(source) ? `${flags}u` : flags);
}

const UNICODE_ESCAPE = /\\[pP]\{|\\u\{/;

/** Whether a pattern source needs the `u` flag (a `\p{…}` class or a `\u{…}` escape). */
export function needsUnicode(source: string): boolean {
  return UNICODE_ESCAPE.test(source);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Word forms of the built-in reporting verbs. */
const VERB_FORMS: readonly string[] = REPORTING_VERBS.flatMap((l) => l.split(/\s+/).filter(Boolean));

/** Regular inflections of a verb given in the options ("opine" → opines, opined, opining). */
export function inflect(word: string): string[] {
  const w = word.trim().toLowerCase();
  if (!/^[a-z][a-z'-]*$/.test(w)) return [];
  const stem = w.endsWith('e') ? w.slice(0, -1) : w;
  const s = /(?:s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
  const ed = w.endsWith('e') ? `${w}d` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : `${w}ed`;
  return [w, s, ed, `${stem}ing`];
}

const verbCache = new Map<string, RegExp>();
/** The reporting-verb test, with the option's extra verbs (cached per list). */
export function verbRegex(extra: readonly string[]): RegExp {
  const key = extra.join('\u0000');
  let re = verbCache.get(key);
  if (!re) {
    const forms = new Set([...VERB_FORMS, ...extra.flatMap(inflect)]);
    const alternation = [...forms].sort((a, b) => b.length - a.length).map(escape).join('|');
    // Not inside a hyphenated word: "so-called" is not a cue.
    re = new RegExp(`(?<![\\w-])(?:${alternation})(?![\\w-])`, 'i');
    verbCache.set(key, re);
  }
  return re;
}

export const CUE_PHRASE_RE = compilePattern(CUE_PHRASES.map((s) => `(?:${s})`).join('|'), 'i');
export const SOURCE_NOUN_RE = new RegExp(`\\b(?:${SOURCE_NOUNS.map(escape).join('|')})\\b`, 'i');
export const SOURCE_NAME_RE = new RegExp(`\\b(?:${SOURCE_NAMES.map(escape).join('|')})\\b`);

/** A reporting cue: a reporting verb or a cue phrase. */
export function hasCue(text: string, verbs: RegExp): boolean {
  return verbs.test(text) || CUE_PHRASE_RE.test(text);
}

const OPEN_DOUBLE = new Set(['“', '„', '«', '‟']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a straight quote opens. */
const OPENS_AFTER = /[\s([{—–\-/:;,]/;

interface Mark {
  pos: number;
  len: number;
  role: 'open' | 'close' | 'either';
}

const DOUBLE_CANDIDATE = /["“”„«»‟'’`]/g;

function doubleMarks(t: string): Mark[] {
  const marks: Mark[] = [];
  DOUBLE_CANDIDATE.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = DOUBLE_CANDIDATE.exec(t))) {
    let i = found.index;
    const c = t[i]!;
    if (OPEN_DOUBLE.has(c)) marks.push({ pos: i, len: 1, role: 'open' });
    else if (CLOSE_DOUBLE.has(c)) marks.push({ pos: i, len: 1, role: 'close' });
    else if (c === '"' || ((c === "'" || c === '’' || c === '`') && t[i + 1] === c)) {
      const len = c === '"' ? 1 : 2;
      const before = t[i - 1];
      const after = t[i + len];
      const opens = (before === undefined || OPENS_AFTER.test(before)) && !isSpace(after);
      const closes = !isSpace(before) && (after === undefined || !isWordChar(after));
      marks.push({ pos: i, len, role: c === '`' ? 'open' : opens && !closes ? 'open' : closes && !opens ? 'close' : 'either' });
      i += len - 1;
      DOUBLE_CANDIDATE.lastIndex = i + 1;
    }
  }
  return marks;
}

const SINGLE_CANDIDATE = /[‘’']/g;

function singleMarks(t: string, inside: (i: number) => boolean): Mark[] {
  const marks: Mark[] = [];
  for (const found of t.matchAll(SINGLE_CANDIDATE)) {
    const i = found.index;
    const c = t[i]!;
    if (inside(i)) continue;
    const before = t[i - 1];
    const after = t[i + 1];
    if ((c === '‘' || c === "'") && (before === undefined || OPENS_AFTER.test(before)) && after !== undefined && /\p{L}/u.test(after)) {
      marks.push({ pos: i, len: 1, role: 'open' });
    } else if ((c === '’' || c === "'") && before !== undefined && /[\p{L}\p{N}.,!?]/u.test(before) && !isWordChar(after)) {
      marks.push({ pos: i, len: 1, role: 'close' });
    }
  }
  return marks;
}

function pair(t: string, marks: Mark[], keepOpen: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Mark | undefined;
  for (const m of marks) {
    if (!open) {
      if (m.role !== 'close') open = m;
    } else if (m.role !== 'open') {
      spans.push({ start: open.pos, end: m.pos + m.len, contentStart: open.pos + open.len, contentEnd: m.pos, open: false });
      open = undefined;
    }
  }
  if (open && keepOpen) spans.push({ start: open.pos, end: t.length, contentStart: open.pos + open.len, contentEnd: t.length, open: true });
  return spans;
}

/** Quotation spans of a text: double quotes (curly, straight, doubled apostrophes), then single quotes outside them. */
export function findQuotes(t: string): QuoteSpan[] {
  if (!/["“”„«»‟'’‘`]/.test(t)) return [];
  const doubles = pair(t, doubleMarks(t), true);
  let singles: QuoteSpan[] = [];
  if (/[‘']/.test(t)) {
    const covered = new Uint8Array(t.length);
    for (const q of doubles) covered.fill(1, q.start, q.end);
    singles = pair(t, singleMarks(t, (i) => covered[i] === 1), false);
  }
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

const proseCache = new WeakMap<Block, Prose>();

/** The prepared form of a block (computed once). */
export function proseOf(block: Block): Prose {
  let p = proseCache.get(block);
  if (!p) {
    const quotes = findQuotes(block.text);
    let masked = block.text;
    if (quotes.length) {
      const chars = block.text.split('');
      for (const q of quotes) for (let i = q.start; i < q.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
      masked = chars.join('');
    }
    p = {
      block,
      quotes,
      masked,
      get sentences() {
        return sentencesOf(block);
      },
    };
    proseCache.set(block, p);
  }
  return p;
}
