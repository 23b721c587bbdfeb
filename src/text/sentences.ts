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
const LINE_BREAK = /[\r\n]/;

/*
 * Words after which parse-english does not end a sentence at a full stop: its own lists (regex.js,
 * lower-cased and as written) and parse-latin's (merge-prefix-exceptions.js). Copied, because the
 * packages do not export them; a test checks they are still the packages' own.
 */
export const ENGLISH_ABBREVIATIONS =
  /^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/;
export const ENGLISH_ABBREVIATIONS_CASED =
  /^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/;
export const LATIN_ABBREVIATIONS = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

const isSpace = (text: string, i: number) => i >= 0 && i < text.length && PARSER_SPACE.test(text[i]!);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number) => isLetter(c) || (c >= 48 && c <= 57);
/** Closing quotes and brackets: " ' ) ] } ’ ” » (among parse-latin's affix symbols). */
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x2019 || c === 0x201d || c === 0xbb;
/** Opening quotes and brackets: " “ ( [ */
const isOpener = (c: number) => c === 0x22 || c === 0x201c || c === 0x28 || c === 0x5b;
/**
 * Whether `text` from `from` to `end` ends with an initialism that stands alone: single ASCII
 * letters joined by full stops ("U.S", "e.g"), after white space, an opening quote or bracket, or
 * `from`. Reads the initialism only, so a line of many costs linear time.
 */
function endsInitialism(text: string, from: number, end: number): boolean {
  let p = end - 1;
  if (p < from || !isLetter(text.charCodeAt(p))) return false;
  let letters = 1;
  while (p - 2 >= from && text.charCodeAt(p - 1) === 0x2e && isLetter(text.charCodeAt(p - 2))) {
    p -= 2;
    letters++;
  }
  return letters >= 2 && (p === from || isSpace(text, p - 1) || isOpener(text.charCodeAt(p - 1)));
}
/** parse-latin's terminal marks: ! . ? … ‽ */
const isTerminal = (c: number) => c === 0x21 || c === 0x2e || c === 0x3f || c === 0x2026 || c === 0x203d;

/**
 * The sentences of a one-line text as parse-english would split them, without parsing it, when
 * every terminal mark is plain:
 * - a lone `.` or `?` between ASCII letters or digits ("3.5"; the parser makes it part of a word),
 *   and the full stop that ends an initialism ("U.S.");
 * - a run of one mark, with any closing quotes or brackets, after an ASCII word that stands alone
 *   (after white space or an opening quote), then white space and
 *   - a capital, a digit, or an opening quote or bracket before one: a boundary;
 *   - a lower-case letter: no boundary (the parser joins that sentence to the one before);
 *   - after a full stop that follows one of the parser's abbreviations ("Mr.", "Jan.", "a."), no
 *     boundary;
 * - a run at the end of the text.
 * These are the parser's own decisions for such marks (parse-latin's splitting and merging rules,
 * and parse-english's abbreviations); a property test holds the two to the same answers.
 * Returns undefined for any other text (a quote before a mark, "Ph.D.", "?!", a line break…),
 * which the parser must read, and no span for white space only (the parser finds none).
 */
function plainSentences(text: string): SentenceSpan[] | undefined {
  if (LINE_BREAK.test(text)) return undefined;
  let end = text.length;
  while (end > 0 && isSpace(text, end - 1)) end--;
  let from = 0;
  while (from < end && isSpace(text, from)) from++;
  if (from === end) return [];
  const out: SentenceSpan[] = [];
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) continue;
    let j = i + 1;
    while (j < end && text.charCodeAt(j) === c) j++;
    // A run of two different marks ("?!") is two punctuation nodes.
    if (j < end && isTerminal(text.charCodeAt(j))) return undefined;
    // Closing quotes and brackets after the marks join them (parse-latin moves these affixes back).
    let k = j;
    while (k < end && isCloser(text.charCodeAt(k))) k++;
    if (k === end) break;
    const before = text.charCodeAt(i - 1);
    if (k === j && j === i + 1 && (c === 0x2e || c === 0x3f) && isAlnum(before) && isAlnum(text.charCodeAt(j))) continue;
    // Otherwise the mark ends a word that stands alone, or the parser must decide.
    if (!isAlnum(before)) return undefined;
    let w = i - 1;
    while (w > from && isAlnum(text.charCodeAt(w - 1))) w--;
    // (white space or an opening quote or bracket before it: nothing the parser joins to a word)
    if (w > from && !isSpace(text, w - 1) && !(isOpener(text.charCodeAt(w - 1)) && (w - 1 === from || isSpace(text, w - 2)))) {
      // An initialism ("U.S.", "e.g."): the parser makes its last full stop part of the word.
      if (c === 0x2e && j === i + 1 && endsInitialism(text, from, i)) continue;
      return undefined;
    }
    // After an abbreviation a full stop ends no sentence: after one of parse-english's whatever
    // follows (its rule runs first); after one of parse-latin's ("a", "etc", a number of up to three
    // digits) only when white space follows at once (a closing quote is moved onto the full stop first).
    const stop = j === i + 1 && c === 0x2e;
    const word = stop ? text.slice(w, i) : '';
    const lower = word.toLowerCase();
    if (stop && (ENGLISH_ABBREVIATIONS.test(lower) || ENGLISH_ABBREVIATIONS_CASED.test(word))) continue;
    if (!isSpace(text, k)) return undefined;
    if (stop && k === j && LATIN_ABBREVIATIONS.test(lower)) continue;
    let next = k;
    while (next < end && isSpace(text, next)) next++;
    const n = text.charCodeAt(next);
    // A lower-case start joins the sentence before.
    if (n >= 97 && n <= 122) continue;
    // A boundary: a capital or a digit, or an opening quote or bracket before one.
    if (!((n >= 65 && n <= 90) || (n >= 48 && n <= 57) || (isOpener(n) && isAlnum(text.charCodeAt(next + 1))))) return undefined;
    out.push({ start: from, end: k });
    from = next;
    i = next - 1;
  }
  out.push({ start: from, end });
  return out;
}

/**
 * The sentences of a block, as parse-english splits them, as offsets into `block.text`.
 * Computed once per block; a line whose marks are all plain is split without the parser.
 */
export function sentencesOf(block: Block): SentenceSpan[] {
  let out = cache.get(block);
  if (out) return out;
  if (block.text.length > PARSE_LIMIT) out = splitPlain(block.text);
  else {
    out = plainSentences(block.text) ?? parsedSentences(block);
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
