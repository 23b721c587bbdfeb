/**
 * Document-level checks: a missing byline, empty publication labels, credits that name nothing.
 * Works on block text split into lines, so text, Markdown and HTML are treated alike.
 */
import type { Article, Block } from '../../types.js';
import { compilePattern } from './prose.js';
import { BYLINE_SHAPES, CREDIT_LINES, CREDIT_PHRASE, DATE_LABEL, DATE_VALUE, DATELINE_CREDIT, EMPTY_CREDIT, EMPTY_LABEL, UNNAMED_AFTER } from './metadata-patterns.js';

export type BylineMode = 'auto' | 'always' | 'off';

export interface LineSpan {
  block: Block;
  /** Offsets in block.text. */
  start: number;
  end: number;
  text: string;
}

export interface MetadataOptions {
  byline: BylineMode;
  bylinePattern: string;
  metadata: boolean;
  credits: boolean;
}

export interface MetadataFindings {
  missingByline: boolean;
  emptyLabels: LineSpan[];
  credits: LineSpan[];
}

const DATE_LABEL_RE = compilePattern(DATE_LABEL, 'i');
const EMPTY_LABEL_RE = compilePattern(EMPTY_LABEL, 'i');
const BYLINE_LABEL_RE = /^(?:by|written|posted\s+by|author|byline)\b/i;
const DATE_VALUE_RE = compilePattern(DATE_VALUE, 'i');
const SHAPES = BYLINE_SHAPES.map((s) => ({ prefix: compilePattern(s.prefix, s.name ? 'gi' : 'i'), name: s.name ? new RegExp(s.name, 'u') : undefined, short: s.short === true }));
/** "By Jane Doe" opening a paragraph. */
const BY_NAME_RE = /^(?:[Bb]y|BY)\s*:?\s+(?:[Tt]he\s+)?[\p{Lu}]/u;
/** An outlet named earlier in the sentence, as the antecedent of "where/which … first published". */
const NAMED_BEFORE = /(?:\b(?:in|on|for|by|at|from)\s+(?:the\s+)?(?:\p{Lu}|[\w-]+\.[a-z]{2,})[^.!?]*,?\s*(?:where|which|that|as)\b[^.!?]*$)/u;
const CREDIT_RES = CREDIT_LINES.map((s) => compilePattern(s, 'i'));
const DATELINE_CREDIT_RE = new RegExp(DATELINE_CREDIT, 'u');
const CREDIT_PHRASE_RE = compilePattern(CREDIT_PHRASE, 'gi');
const UNNAMED_AFTER_RE = compilePattern(UNNAMED_AFTER, 'i');
const EMPTY_CREDIT_RE = compilePattern(EMPTY_CREDIT, 'i');
const MARKUP_EDGES = /^[\s#>*_`|•·]+|[\s*_`|]+$/g;
const VALUE_LINE = /^\p{Lu}[^.!?]{1,60}$/u;
/** Header region: the blocks before the first body paragraph, at most this many. */
const HEADER_MAX_BLOCKS = 15;
const BODY_MIN_WORDS = 25;
const SHORT_LINE_WORDS = 12;
const MAX_LABEL_CHARS = 80;

const patternCache = new Map<string, RegExp | null>();
function userPattern(src: string): RegExp | null {
  if (!src) return null;
  let re = patternCache.get(src);
  if (re === undefined) {
    try {
      re = new RegExp(src, 'iu');
    } catch {
      re = null;
    }
    patternCache.set(src, re);
  }
  return re;
}

/** The lines of a block, trimmed of whitespace and stray markup, with offsets in block.text. */
function linesOf(block: Block): LineSpan[] {
  const out: LineSpan[] = [];
  const t = block.text;
  let s = 0;
  while (s <= t.length) {
    let e = t.indexOf('\n', s);
    if (e < 0) e = t.length;
    const raw = t.slice(s, e);
    const text = raw.replace(MARKUP_EDGES, '');
    if (text) {
      const lead = raw.indexOf(text);
      out.push({ block, start: s + lead, end: s + lead + text.length, text });
    }
    s = e + 1;
  }
  return out;
}

/** Words in a text, counted in its first 2,000 characters (only small counts are compared). */
const wordCount = (t: string) => (t.slice(0, 2000).match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** A byline shape, a wire or staff credit, or the house pattern. */
function isBylineLine(text: string, house: RegExp | null): boolean {
  if (house?.test(text)) return true;
  const short = wordCount(text) <= SHORT_LINE_WORDS;
  for (const shape of SHAPES) {
    if (shape.short && !short) continue;
    if (!shape.name) {
      if (shape.prefix.test(text)) return true;
      continue;
    }
    shape.prefix.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = shape.prefix.exec(text))) {
      if (shape.name.test(text.slice(m.index + m[0].length))) return true;
      if (m[0].length === 0) shape.prefix.lastIndex++;
      if (!shape.prefix.global) break;
    }
  }
  return short && CREDIT_RES.some((re) => re.test(text));
}

/** Run the document-level checks. `blocks` are the blocks not excluded as boilerplate. */
export function checkMetadata(article: Article, blocks: readonly Block[], headline: Block | undefined, opts: MetadataOptions): MetadataFindings {
  const emptyLabels: LineSpan[] = [];
  const credits: LineSpan[] = [];
  const bodyIndex = blocks.findIndex((b) => b !== headline && b.kind !== 'heading' && wordCount(b.text) >= BODY_MIN_WORDS);
  const headerEnd = Math.min(bodyIndex < 0 ? blocks.length : bodyIndex, HEADER_MAX_BLOCKS);
  const header = blocks.slice(0, headerEnd).flatMap(linesOf);
  const trailer = blocks.slice(Math.max(headerEnd, blocks.length - 3)).flatMap(linesOf);
  const lead = bodyIndex >= 0 ? blocks[bodyIndex] : undefined;
  const house = userPattern(opts.bylinePattern);

  let emptyByline = false;
  let splitByline = false;
  const all = blocks.flatMap(linesOf);
  all.forEach((line, i) => {
    if (line.text.length <= MAX_LABEL_CHARS && EMPTY_LABEL_RE.test(line.text)) {
      // A label whose value was broken onto the next line is not empty.
      const next = all[i + 1];
      const isBylineLabel = BYLINE_LABEL_RE.test(line.text);
      const valueNext =
        next !== undefined &&
        (isBylineLabel ? VALUE_LINE.test(next.text) && wordCount(next.text) <= 8 : DATE_VALUE_RE.test(next.text) && wordCount(next.text) <= SHORT_LINE_WORDS);
      if (valueNext) {
        if (isBylineLabel) splitByline = true;
        return;
      }
      if (opts.metadata) emptyLabels.push(line);
      if (isBylineLabel) emptyByline = true;
      return;
    }
    if (!opts.credits) return;
    if (line.text.length <= MAX_LABEL_CHARS && EMPTY_CREDIT_RE.test(line.text)) {
      credits.push(line);
      return;
    }
    CREDIT_PHRASE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CREDIT_PHRASE_RE.exec(line.text))) {
      const after = line.text.slice(m.index + m[0].length);
      const stop = /[.!?](?=\s|$)/.exec(after);
      const rest = stop ? after.slice(0, stop.index + 1) : after;
      if (!UNNAMED_AFTER_RE.test(rest)) continue;
      // "…for The Daily Post, where this piece was first published." names it before the phrase.
      if (/^[\s.!,;:)—–-]*$/.test(rest) && NAMED_BEFORE.test(line.text.slice(0, m.index))) continue;
      if (/^\s*(?:here|there)\b/i.test(rest) && (line.block.linkChars ?? 0) > 0) continue;
      credits.push({ block: line.block, start: line.start + m.index, end: line.start + m.index + m[0].length + rest.length, text: (m[0] + rest).trim() });
    }
  });

  let missingByline = false;
  if (opts.byline !== 'off' && !emptyByline && !splitByline && !article.metadata.byline?.trim()) {
    const leadLine = lead ? linesOf(lead)[0] : undefined;
    const hasByline =
      header.some((l) => isBylineLine(l.text, house)) ||
      trailer.some((l) => isBylineLine(l.text, house)) ||
      (leadLine !== undefined && (DATELINE_CREDIT_RE.test(leadLine.text) || BY_NAME_RE.test(leadLine.text) || (house?.test(leadLine.text) ?? false)));
    if (!hasByline) {
      missingByline =
        opts.byline === 'always' ||
        Object.values(article.metadata.sources).includes('front-matter') ||
        article.metadata.sources.date === 'html-meta' ||
        header.some((l) => wordCount(l.text) <= SHORT_LINE_WORDS && DATE_LABEL_RE.test(l.text));
    }
  }
  return { missingByline, emptyLabels, credits };
}
