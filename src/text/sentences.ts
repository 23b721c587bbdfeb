import type { Block } from '../types.js';

/** A sentence of a block: offsets into `block.text`, half-open. */
export interface SentenceSpan {
  start: number;
  end: number;
}

interface PositionedNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: PositionedNode[];
}

const cache = new WeakMap<Block, SentenceSpan[]>();

/** Blocks longer than this are not prose; they are split by a linear scan instead of the parser. */
const PARSE_LIMIT = 20_000;
// The lookbehind starts a match only at the first mark of a run, keeping the scan linear.
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/**
 * A plain sentence splitter, with no parse: terminal punctuation before a capital. It splits
 * oversized blocks, and counts sentences where an estimate will do (off-topic-insertion).
 */
export function splitPlain(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/** White space as parse-english's tokenizer knows it (parse-latin's `whiteSpace`). */
const PARSER_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
/** Marks after which parse-english splits a paragraph into sentences (parse-latin's `terminalMarker`). */
const TERMINAL = /[!.?\u2026\u203D]/;
const LINE_BREAK = /[\r\n]/;

/**
 * The sentence of a text that parse-english cannot split, without parsing it: one line with no
 * terminal mark but, at most, one run of a single mark at its end. The parser splits a paragraph
 * only after a terminal mark (and, across lines, at line breaks), so such a text is one sentence
 * from its first to its last character that is not white space. Returns undefined when the text
 * needs the parser, and no span for a text of white space only (the parser finds no sentence).
 */
function unsplittable(text: string): SentenceSpan[] | undefined {
  if (LINE_BREAK.test(text)) return undefined;
  let end = text.length;
  while (end > 0 && PARSER_SPACE.test(text[end - 1]!)) end--;
  let start = 0;
  while (start < end && PARSER_SPACE.test(text[start]!)) start++;
  if (start === end) return [];
  // A closing run of one repeated mark ("." or "..."): one punctuation node, after which only white space follows.
  let body = end;
  if (TERMINAL.test(text[end - 1]!)) {
    const mark = text[end - 1];
    while (body > start && text[body - 1] === mark) body--;
  }
  if (TERMINAL.test(text.slice(start, body))) return undefined;
  return [{ start, end }];
}

/**
 * The sentences of a block, as parse-english splits them, as offsets into `block.text`.
 * Computed once per block; a block the parser could not split is not parsed.
 */
export function sentencesOf(block: Block): SentenceSpan[] {
  let out = cache.get(block);
  if (out) return out;
  if (block.text.length > PARSE_LIMIT) out = splitPlain(block.text);
  else {
    out = unsplittable(block.text) ?? parsedSentences(block);
    if (out.length === 0 && block.text.trim()) out.push({ start: 0, end: block.text.length });
  }
  cache.set(block, out);
  return out;
}

/** The sentences of a block's nlcst tree (parse-english); exported for tests. */
export function parsedSentences(block: Block): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const root = block.nlcst as unknown as PositionedNode;
  for (const para of root.children ?? []) {
    if (para.type !== 'ParagraphNode') continue;
    for (const s of para.children ?? []) {
      if (s.type !== 'SentenceNode') continue;
      const a = s.position?.start.offset;
      const b = s.position?.end.offset;
      if (a === undefined || b === undefined || b <= a) continue;
      out.push({ start: a, end: b });
    }
  }
  return out;
}

/** Characters after which parse-english (and splitPlain) may end a sentence; a line break may end a paragraph. */
const MAY_END = /[.!?…‽⁇⁈⁉\n]/u;
/** What may stand between a sentence's end mark and the next sentence: closing marks, spaces. */
const BETWEEN = /[\s"'”’»)\]]/u;

/**
 * The start of the sentence holding `offset`, where it lies within `window` characters before
 * it; otherwise `offset - window` or 0, whichever is greater (the caller looks no further back).
 * A sentence starts only after a terminal mark or a line break, so when the window holds none,
 * the answer comes without parsing the block.
 */
export function sentenceStartWithin(block: Block, offset: number, window: number): number {
  const text = block.text;
  const from = Math.max(0, offset - window);
  // An end mark just before the window, behind closing marks and spaces, may start a sentence inside it.
  let k = from;
  while (k > 0 && BETWEEN.test(text[k - 1]!)) k--;
  if (!MAY_END.test(text.slice(Math.max(0, k - 1), offset))) return from;
  const sentences = sentencesOf(block);
  const s = sentences[sentenceIndexAt(sentences, offset)];
  return Math.max(from, s ? s.start : 0);
}

/** Index of the sentence containing `offset` (the last one starting at or before it). */
export function sentenceIndexAt(sentences: readonly SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
