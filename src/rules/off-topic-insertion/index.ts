import { stemmer } from 'stemmer';
import type { Block } from '../../types.js';
import type { Analysis, Token } from '../../engine/analysis.js';
import { normalizeLabel } from '../../text/normalize.js';
import { sentencesOf, splitPlain } from '../../text/sentences.js';
import { defineRule } from '../define.js';
import { CALENDAR_WORDS, COHESIVE_OPENERS, CREDIT_PREFIXES, DEMONYMS, DISCOURSE_LABELS, LABEL_WORDS } from './labels.js';
import { zipf10 } from './terms.js';
import { hasVectors, similarity, vectorRow } from './vectors.js';
import { cacheSet } from '../../text/bounded-cache.js';

export interface OffTopicOptions {
  /**
   * How much of a unit's subject may recur elsewhere in the article for the unit still to count
   * as off-topic: the weighted share of its key words found in the rest (0–1). Higher finds more.
   */
  threshold: number;
  /** House section labels that are never reported (compared case- and punctuation-blind). */
  allowLabels: string[];
  /** Check single sentences inside paragraphs (the least certain unit). */
  sentences: boolean;
  /** Check paragraphs and sections. */
  paragraphs: boolean;
  /** Check headings. */
  headings: boolean;
  /** Articles with fewer body paragraphs than this are not checked (too little to compare). */
  minParagraphs: number;
}

/** Zipf × 10 at and above which a word says nothing about a subject. */
const COMMON_ZIPF10 = 55;
/** Weight cap: rarer words than this count the same (names, typos, jargon). */
const MAX_WEIGHT = 3.5;
/** The genericity test: a heading of common words only (the ~5,000 most frequent) is a label. */
const GENERIC_ZIPF10 = 39;

const CALENDAR = new Set(CALENDAR_WORDS);
const CREDIT = new Set(CREDIT_PREFIXES);
const LABELS = new Set(DISCOURSE_LABELS.map(normalizeLabel));
const LABEL_WORD_SET = new Set(LABEL_WORDS);
const QUOTE_START = /^["“‘'«]/u;
const OPENERS = new Set(COHESIVE_OPENERS);
const DEMONSTRATIVES = new Set(['this', 'these', 'those', 'such']);
const QUOTE_MARK = /["“”]/u;
const QUOTED = /["“][^"“”]{0,2000}["”]/gu;
/** Lines that are credits, handles, links or datelines rather than headings. */
const NOT_A_HEADING = /https?:|www\.|@\w|\|\s|^\s*[—–-]\s|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/u;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;

interface Term {
  /** Matching keys: the stem, and for names also the place behind a demonym. */
  keys: string[];
  weight: number;
  /** Background probability of the word. */
  p: number;
  text: string;
}

interface Unit {
  terms: Map<string, Term>;
  /** Occurrences of each key inside the unit. */
  counts: Map<string, number>;
}

interface Score {
  /** Weighted share of the unit's key words that occur elsewhere in the article. */
  coverage: number;
  /** Total weight of the unit's key words (how much evidence there is). */
  mass: number;
  /** Key words with weight that occur nowhere else, heaviest first. */
  novel: Term[];
  /** Number of distinct key words with weight. */
  size: number;
  /** Weight of key words found elsewhere beyond what chance co-occurrence would give. */
  excess: number;
  /** Weight of key words found elsewhere. */
  shared: number;
}

function weightOf(z: number): number {
  return Math.min(MAX_WEIGHT, Math.max(0, (COMMON_ZIPF10 - z) / 10));
}

const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) s = cacheSet(stemCache, word, stemmer(word));
  return s;
}

/** Keys for one word part: its stem, and the stem of the place for a demonym or name. */
function keysOf(part: string, name: boolean): string[] {
  const keys = [stem(part)];
  // reopened ~ opening, unpaid ~ paid
  if (part.length >= 6 && (part.startsWith('re') || part.startsWith('un'))) keys.push(stem(part.slice(2)));
  const place = DEMONYMS[part];
  if (place) keys.push(stem(place));
  else if (name && part.length > 4) {
    // Iranian → Iran, Pakistani → Pakistan, Kenyan → Kenya.
    for (const suffix of ['ian', 'ians', 'i', 'is', 'n', 'ns', 'ese']) {
      if (part.endsWith(suffix) && part.length - suffix.length >= 4) keys.push(part.slice(0, -suffix.length));
    }
  }
  return keys;
}

/** The terms of one word as written (the same for every article: cached, never mutated). */
const wordTerms = new Map<string, readonly Term[]>();
const NO_TERMS: readonly Term[] = [];

/** Web and e-mail addresses: their parts (www, com, a site's name) are no words of a subject. */
const ADDRESS = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"]+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/giu;
const MAY_HOLD_ADDRESS = /:\/\/|www\.|@/i;

/** The source ranges of the addresses in a block. */
function addressRanges(block: Block): [number, number][] {
  if (!MAY_HOLD_ADDRESS.test(block.text)) return [];
  const out: [number, number][] = [];
  for (const m of block.text.matchAll(ADDRESS)) out.push([block.toSource(m.index), block.toSource(m.index + m[0].length - 1) + 1]);
  return out;
}

/** The terms of each token (none for an accepted word or a part of an address), in token order. */
function termLists(block: Block, tokens: readonly Token[], accept: ReadonlySet<string>): (readonly Term[])[] {
  const out: (readonly Term[])[] = new Array(tokens.length);
  const addresses = addressRanges(block);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((accept.size > 0 && accept.has(t.norm)) || (addresses.length > 0 && addresses.some(([s, e]) => t.start >= s && t.end <= e))) {
      out[i] = NO_TERMS;
      continue;
    }
    // A token's other fields (norm, stop, capitalised) follow from its text.
    let terms = wordTerms.get(t.text);
    if (terms === undefined) terms = cacheSet(wordTerms, t.text, wordTermsOf(t));
    out[i] = terms;
  }
  return out;
}

/** The terms of tokens `from` to `to` (exclusive), optionally of those that pass `keep` only. */
function termsIn(lists: readonly (readonly Term[])[], from = 0, to = lists.length, keep?: (i: number) => boolean): Term[] {
  const out: Term[] = [];
  for (let i = from; i < to; i++) {
    if (keep && !keep(i)) continue;
    for (const term of lists[i]!) out.push(term);
  }
  return out;
}

function wordTermsOf(t: Token): readonly Term[] {
  const upperAcronym = t.text.length >= 2 && t.text === t.text.toUpperCase() && LETTER.test(t.text);
  if (t.stop && !(upperAcronym && (t.norm === 'us' || t.norm === 'it'))) return NO_TERMS;
  if (DIGIT.test(t.norm) || !LETTER.test(t.norm)) return NO_TERMS;
  const out: Term[] = [];
  const base = t.norm.replace(/'s?$/, '');
  for (const part of base.split(/[-']/)) {
    if (part.length < 2 || (part.length < 3 && !upperAcronym)) continue;
    if (CALENDAR.has(part)) continue;
    const z = zipf10(part);
    const weight = weightOf(z);
    if (weight <= 0) continue;
    out.push({ keys: keysOf(part, t.capitalised), weight, p: 10 ** (z / 10 - 9), text: t.text });
  }
  return out.length ? out : NO_TERMS;
}

function unitOf(terms: readonly Term[]): Unit {
  const unit: Unit = { terms: new Map(), counts: new Map() };
  for (const t of terms) {
    const primary = t.keys[0]!;
    const prev = unit.terms.get(primary);
    if (!prev || prev.weight < t.weight) unit.terms.set(primary, t);
    for (const k of t.keys) unit.counts.set(k, (unit.counts.get(k) ?? 0) + 1);
  }
  return unit;
}

function merge(a: Unit, b: Unit): Unit {
  const out: Unit = { terms: new Map(a.terms), counts: new Map(a.counts) };
  for (const [k, t] of b.terms) {
    const prev = out.terms.get(k);
    if (!prev || prev.weight < t.weight) out.terms.set(k, t);
  }
  for (const [k, n] of b.counts) out.counts.set(k, (out.counts.get(k) ?? 0) + n);
  return out;
}

/** Leave-one-out score of a unit against the whole article (`doc` holds every unit's counts). */
/** The article's key counts, with an index of keys by their first five letters. */
interface DocIndex {
  counts: ReadonlyMap<string, number>;
  byPrefix: ReadonlyMap<string, string[]>;
  words: number;
}

const PREFIX = 5;

function docIndex(counts: Map<string, number>, words: number): DocIndex {
  const byPrefix = new Map<string, string[]>();
  for (const k of counts.keys()) {
    if (k.length < PREFIX) continue;
    const p = k.slice(0, PREFIX);
    const list = byPrefix.get(p);
    if (list) list.push(k);
    else byPrefix.set(p, [k]);
  }
  return { counts, byPrefix, words };
}

/**
 * Whether a key occurs outside the unit: the key itself, or a longer or shorter form of it
 * (shares ~ shareholders, econom ~ economi) of at least five letters.
 */
function elsewhere(key: string, unit: Unit, doc: DocIndex): boolean {
  const outside = (k: string) => (doc.counts.get(k) ?? 0) - (unit.counts.get(k) ?? 0) > 0;
  if (outside(key)) return true;
  if (key.length < PREFIX) return false;
  for (const k of doc.byPrefix.get(key.slice(0, PREFIX)) ?? []) {
    if (k !== key && (k.startsWith(key) || key.startsWith(k)) && outside(k)) return true;
  }
  return false;
}

function score(unit: Unit, index: DocIndex): Score {
  const docWords = index.words;
  let mass = 0;
  let shared = 0;
  let excess = 0;
  let own = 0;
  for (const n of unit.counts.values()) own += n;
  const rest = Math.max(1, docWords - own);
  const novel: Term[] = [];
  for (const t of unit.terms.values()) {
    mass += t.weight;
    const found = t.keys.some((k) => elsewhere(k, unit, index));
    const chance = 1 - Math.exp(-rest * t.p);
    excess += ((found ? 1 : 0) - chance) * t.weight;
    if (found) shared += t.weight;
    else novel.push(t);
  }
  novel.sort((x, y) => y.weight - x.weight);
  return { coverage: mass > 0 ? shared / mass : 1, mass, novel, size: unit.terms.size, excess, shared };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

function listTerms(novel: readonly Term[]): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const t of novel) {
    const w = t.text.replace(/['’]s$/u, '');
    if (seen.has(w.toLowerCase())) continue;
    seen.add(w.toLowerCase());
    words.push(`\`${w}\``);
    if (words.length === 3) break;
  }
  return words.join(', ');
}

/** A heading that names no subject: a house or discourse label, a credit line, or common words only. */
function isLabel(block: Block, tokens: readonly Token[], allow: ReadonlySet<string>): boolean {
  const norm = normalizeLabel(block.text);
  if (LABELS.has(norm) || allow.has(norm)) return true;
  const head = normalizeLabel(block.text.split(/[:|–—]/u)[0] ?? '');
  if (CREDIT.has(head) || /^by\s/u.test(norm)) return true;
  if (block.text.includes(':') && (LABELS.has(head) || allow.has(head))) return false; // scored on the rest
  const words = tokens.filter((t) => !t.stop);
  if (tokens.length > 4 || DIGIT.test(block.text)) return false;
  return words.every((t) => LABEL_WORD_SET.has(t.norm) || zipf10(t.norm.replace(/'s?$/, '')) >= GENERIC_ZIPF10);
}

/** The index of a heading's first token after a leading label ("Background: Jupiter missions" → "Jupiter missions"). */
function headingStart(block: Block, tokens: readonly Token[], allow: ReadonlySet<string>): number {
  const colon = block.text.search(/[:|]/u);
  if (colon <= 0) return 0;
  const head = normalizeLabel(block.text.slice(0, colon));
  if (!LABELS.has(head) && !allow.has(head)) return 0;
  const cut = block.toSource(colon);
  let i = 0;
  while (i < tokens.length && tokens[i]!.start <= cut) i++;
  return i;
}

/** Whether a sentence opens with a pronoun, demonstrative or connective that ties it to the last one. */
function opensCohesively(text: string): boolean {
  const words = normalizeLabel(text.slice(0, 60)).split(' ');
  for (let n = 4; n >= 1; n--) if (OPENERS.has(words.slice(0, n).join(' '))) return true;
  // "According to this analysis", "After these talks": a demonstrative among the first words.
  return words.slice(0, 4).some((w) => DEMONSTRATIVES.has(w));
}

/** Whether a text reads as running prose: function words present, not a list of names. */
function isProse(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || /^\p{Ll}/u.test(text)) return false;
  let stops = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.stop) stops++;
    if (t.capitalised) caps++;
  }
  return stops / tokens.length >= 0.2 && caps / tokens.length <= 0.6;
}

/** Share of a text's characters inside double quotation marks. */
function quotedShare(text: string): number {
  let inside = 0;
  for (const m of text.matchAll(QUOTED)) inside += m[0].length;
  return text.length ? inside / text.length : 0;
}

/** Whether a sentence opens with or holds a quotation (somebody's words, not the writer's). */
function isQuoted(text: string): boolean {
  return QUOTE_START.test(text) || QUOTE_MARK.test(text);
}

/**
 * How many sentences of a text hold words and no quotation mark, split by the plain splitter
 * (terminal marks before a capital), so that counting costs no parse.
 */
function unquotedSentences(text: string): number {
  let count = 0;
  for (const { start, end } of splitPlain(text)) {
    const s = text.slice(start, end);
    if (!QUOTE_MARK.test(s) && LETTER.test(s)) count++;
  }
  return count;
}

interface SentenceSpan {
  start: number;
  end: number;
  /** Its tokens: `from` to `to` (exclusive) of the block's. */
  from: number;
  to: number;
  text: string;
}

/** The block's sentences (shared splitter), in source offsets, each with its range of tokens. */
function sentencesWithTokens(block: Block, tokens: readonly Token[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let k = 0; // tokens and sentences are both in text order: one pass over the tokens
  for (const { start: a, end: b } of sentencesOf(block)) {
    const start = block.toSource(a);
    const end = block.toSource(Math.max(a, b - 1)) + 1;
    while (k < tokens.length && tokens[k]!.start < start) k++;
    const from = k;
    while (k < tokens.length && tokens[k]!.end <= end) k++;
    out.push({ start, end, text: block.text.slice(a, b), from, to: k });
  }
  return out;
}

/**
 * Whether a paragraph can hold a sentence with enough evidence, decided without splitting it
 * into sentences. A sentence is a run of the paragraph's tokens, and its evidence is at most the
 * weight of its key words that recur nowhere else. A key word that recurs outside the paragraph
 * recurs outside any sentence of it. A sentence holding none needs `isolated` evidence, its words
 * weighed by meaning (each counting for at most `reach` times its weight); one holding one such
 * word needs `needed`, on its words' weights alone; two rule it out. So the paragraph qualifies
 * only if some run of tokens meets one of those bounds. Most paragraphs of a story fail both, and
 * are neither split nor scored sentence by sentence.
 */
function mayHoldForeignSentence(
  lists: readonly (readonly Term[])[],
  para: Unit,
  index: DocIndex,
  needed: number,
  isolated: number,
  reach: (t: Term) => number = () => 1,
): boolean {
  // A stem counts as shared only if every word behind it in the paragraph recurs elsewhere:
  // a sentence keeps one of those words, and so shares the stem whichever it keeps.
  const sharedStem = new Map<string, boolean>();
  for (const terms of lists) {
    for (const t of terms) {
      const key = t.keys[0]!;
      const found = t.keys.some((k) => elsewhere(k, para, index));
      sharedStem.set(key, (sharedStem.get(key) ?? true) && found);
    }
  }
  // Per token: its weight of unshared words (plain, and at most by meaning), and its shared stems.
  const weights: number[] = [];
  const reached: number[] = [];
  const shared: string[][] = [];
  for (const terms of lists) {
    let w = 0;
    let r = 0;
    const s: string[] = [];
    for (const t of terms) {
      if (sharedStem.get(t.keys[0]!)) s.push(t.keys[0]!);
      else {
        w += t.weight;
        r += t.weight * reach(t);
      }
    }
    weights.push(w);
    reached.push(r);
    shared.push(s);
  }
  return heaviestRun(reached, shared, 0) >= isolated || heaviestRun(weights, shared, 1) >= needed;
}

/** The greatest weight of a run of tokens holding at most `maxShared` distinct shared stems. */
function heaviestRun(weights: readonly number[], shared: readonly (readonly string[])[], maxShared: number): number {
  const inRun = new Map<string, number>();
  let best = 0;
  let sum = 0;
  let left = 0;
  for (let right = 0; right < weights.length; right++) {
    sum += weights[right]!;
    for (const s of shared[right]!) inRun.set(s, (inRun.get(s) ?? 0) + 1);
    while (inRun.size > maxShared) {
      sum -= weights[left]!;
      for (const s of shared[left]!) {
        const n = inRun.get(s)! - 1;
        if (n === 0) inRun.delete(s);
        else inRun.set(s, n);
      }
      left++;
    }
    if (sum > best) best = sum;
  }
  return best;
}

function wordCount(tokens: readonly Token[]): number {
  return tokens.length;
}

/** The most a new word's weight is raised for being unlike every word of the article. */
const MAX_SEMANTIC_FACTOR = 1.25;
/** Similarity to the article's nearest word at which a new word keeps its weight as it is. */
const NEUTRAL_SIMILARITY = 0.6;

/**
 * How much a new word of a sentence says about a subject the article does not have: its weight,
 * scaled by how far it is in meaning from the nearest word of the rest of the article (cosine
 * similarity of word vectors). A word close to one of the article's (`ballot` in an election
 * story) counts less, down to nothing for a synonym; a word unlike all of them (`antibiotics` in
 * that story) counts up to MAX_SEMANTIC_FACTOR times more. Words without a vector keep their weight.
 */
function semanticWeight(weight: number, nearest: number): number {
  return weight * Math.min(MAX_SEMANTIC_FACTOR, Math.max(0, (1 - nearest) / (1 - NEUTRAL_SIMILARITY)));
}

/** The vector rows of an article's words (built on first use). */
class ArticleVectors {
  private index: { rows: Map<Block, { rows: number[]; at: number[] }>; unique: number[]; count: Map<number, number> } | undefined;

  constructor(
    private readonly blocks: readonly Block[],
    private readonly lists: ReadonlyMap<Block, readonly (readonly Term[])[]>,
  ) {}

  private built() {
    if (!this.index) {
      const rows = new Map<Block, { rows: number[]; at: number[] }>();
      const count = new Map<number, number>();
      for (const b of this.blocks) {
        const r: number[] = [];
        const at: number[] = [];
        this.lists.get(b)!.forEach((terms, i) => {
          for (const t of terms) {
            const row = rowOf(t);
            if (row < 0) continue;
            r.push(row);
            at.push(i);
            count.set(row, (count.get(row) ?? 0) + 1);
          }
        });
        rows.set(b, { rows: r, at });
      }
      this.index = { rows, unique: [...count.keys()], count };
    }
    return this.index;
  }

  /** The summed semantic weight of `novel`, the new words of tokens `from`–`to` of `block`. */
  weigh(novel: readonly Term[], block: Block, from: number, to: number): number {
    const { rows, unique, count } = this.built();
    // The sentence's own words, which do not count as the article's.
    const own = new Map<number, number>();
    const mine = rows.get(block);
    if (mine) for (let k = 0; k < mine.rows.length; k++) if (mine.at[k]! >= from && mine.at[k]! < to) own.set(mine.rows[k]!, (own.get(mine.rows[k]!) ?? 0) + 1);
    let sum = 0;
    for (const t of novel) {
      const r = rowOf(t);
      if (r < 0) {
        sum += t.weight;
        continue;
      }
      let nearest = -1;
      for (const o of unique) {
        if (count.get(o)! <= (own.get(o) ?? 0)) continue;
        const c = o === r ? 1 : similarity(r, o);
        if (c > nearest) nearest = c;
      }
      sum += semanticWeight(t.weight, nearest);
    }
    return sum;
  }
}

const rowCache = new Map<string, number>();
/** The vector row of a term's word as written (lower case, without a possessive). */
function rowOf(t: Term): number {
  let r = rowCache.get(t.text);
  if (r === undefined) r = cacheSet(rowCache, t.text, vectorRow(t.text.toLowerCase().replace(/['’]s$/u, '')));
  return r;
}

interface Candidate {
  messageId: 'heading' | 'section' | 'paragraph' | 'sentence';
  range: [number, number];
  data: Record<string, string>;
}

function analyse(analysis: Analysis, accept: ReadonlySet<string>, options: OffTopicOptions): Candidate[] {
  const blocks = analysis.proseBlocks();
  const headline = analysis.headline;
  const allow = new Set(options.allowLabels.map(normalizeLabel));
  const tokens = new Map<Block, Token[]>();
  for (const b of blocks) tokens.set(b, analysis.tokens(b));

  // Body paragraphs: prose blocks of some length after the headline.
  const isBody = (b: Block) => b !== headline && b.kind !== 'heading' && wordCount(tokens.get(b)!) >= 8;
  const body = blocks.filter(isBody);
  if (body.length < options.minParagraphs) return [];

  const lists = new Map<Block, (readonly Term[])[]>();
  const units = new Map<Block, Unit>();
  const doc = new Map<string, number>();
  for (const b of blocks) {
    const l = termLists(b, tokens.get(b)!, accept);
    lists.set(b, l);
    const u = unitOf(termsIn(l, b.kind === 'heading' ? headingStart(b, tokens.get(b)!, allow) : 0));
    units.set(b, u);
    for (const [k, n] of u.counts) doc.set(k, (doc.get(k) ?? 0) + n);
  }
  let docWords = 0;
  for (const b of blocks) docWords += tokens.get(b)!.length;
  const index = docIndex(doc, docWords);

  const threshold = options.threshold;
  const scores = new Map<Block, Score>();
  for (const b of body) scores.set(b, score(units.get(b)!, index));
  const typical = median(body.map((b) => scores.get(b)!.coverage));
  /**
   * A unit is off-topic when it carries enough subject of its own (mass, distinct key words),
   * little of it recurs elsewhere (coverage), no more than chance would give (excess), and it
   * stands well below the article's own paragraphs (some articles are loosely knit throughout).
   */
  const offTopic = (s: Score, t: { mass: number; size: number; coverage: number; excess: number; relative: number }) =>
    s.mass >= t.mass && s.size >= t.size && s.coverage <= t.coverage && s.excess <= t.excess && s.coverage <= typical * t.relative;
  const HEADING = { mass: 4, size: 3, coverage: threshold / 3, excess: 0.5, relative: 0.5 };
  const SECTION = { mass: 8, size: 5, coverage: threshold, excess: 5, relative: 0.7 };
  const PARAGRAPH = { mass: 10, size: 8, coverage: threshold / 2, excess: 0, relative: 0.3 };
  /**
   * A sentence is judged on its evidence: the weight of its key words found nowhere else, less
   * the weight of those found elsewhere. At most one of its key words may recur, and its
   * ordinary words (not only its names) must be foreign to the article as well.
   */
  const SENTENCE = {
    size: 6,
    coverage: threshold * 0.8,
    sharedWords: 1,
    plainMass: 6,
    plainCoverage: threshold,
    evidence: 6,
    perLogSentence: 4,
    isolatedSize: 8,
    isolatedEvidence: 15,
    /** With word vectors, the share of the evidence asked for without them. */
    semanticBar: 0.8,
  };

  const out: Candidate[] = [];
  const flagged = new Set<Block>();
  const firstBody = blocks.indexOf(body[0]!);

  // Headings and sections (a heading with the paragraph under it).
  for (let i = firstBody + 1; i < blocks.length; i++) {
    const h = blocks[i]!;
    if (h.kind !== 'heading' || h === headline) continue;
    const toks = tokens.get(h)!;
    if (isLabel(h, toks, allow) || NOT_A_HEADING.test(h.text) || opensCohesively(h.text)) continue;
    // A section heading stands after body text (or a label) and before a body paragraph; a run
    // of short lines is a list, a caption block or a byline, not a section.
    const prev = blocks[i - 1]!;
    const next = blocks[i + 1];
    if (!(isBody(prev) || (prev.kind === 'heading' && isLabel(prev, tokens.get(prev)!, allow)))) continue;
    if (!next || !isBody(next)) continue;
    const hs = score(units.get(h)!, index);
    if (options.paragraphs) {
      const ps = score(merge(units.get(h)!, units.get(next)!), index);
      if (offTopic(ps, SECTION)) {
        out.push({ messageId: 'section', range: [h.start, next.end], data: { text: quote(h.text), terms: listTerms(ps.novel) } });
        flagged.add(h).add(next);
        continue;
      }
    }
    if (options.headings && offTopic(hs, HEADING)) {
      out.push({ messageId: 'heading', range: [h.start, h.end], data: { text: quote(h.text), terms: listTerms(hs.novel) } });
      flagged.add(h);
    }
  }

  // Paragraphs: only the article's least covered one, and only when it stands out.
  if (options.paragraphs) {
    let lowest: Block | undefined;
    for (const b of body) {
      if (flagged.has(b) || QUOTE_START.test(b.text) || opensCohesively(b.text)) continue;
      if (!isProse(b.text, tokens.get(b)!) || quotedShare(b.text) > 0.5) continue;
      const s = scores.get(b)!;
      if (offTopic(s, PARAGRAPH) && (!lowest || s.coverage < scores.get(lowest)!.coverage)) lowest = b;
    }
    if (lowest) {
      const s = scores.get(lowest)!;
      out.push({ messageId: 'paragraph', range: [lowest.start, lowest.end], data: { text: quote(lowest.text), terms: listTerms(s.novel) } });
      flagged.add(lowest);
    }
  }

  // Sentences inside otherwise on-topic paragraphs: the least certain unit, so at most one per
  // article, the one with the most subject of its own that recurs nowhere.
  if (options.sentences) {
    const paragraphs = body.filter((b) => !flagged.has(b) && isProse(b.text, tokens.get(b)!));
    let tested = 0;
    for (const b of paragraphs) tested += unquotedSentences(b.text);
    // Every sentence tested is another chance for an ordinary one to look foreign by accident:
    // the evidence asked for grows with the log of their number (a long, loosely knit feature
    // holds a few sentences that share no word with the rest; a tight news story rarely does).
    // A sentence sharing no key word at all, with enough of them, is foreign however long the
    // article: for it the evidence asked for stops growing.
    const needed = SENTENCE.evidence + SENTENCE.perLogSentence * Math.log(Math.max(1, tested));
    const neededIsolated = Math.min(needed, SENTENCE.isolatedEvidence);
    // With word vectors, a new word counts by how unlike the article's words it is (see
    // `semanticWeight`), and the bar is lower; a sentence's evidence can then reach
    // MAX_SEMANTIC_FACTOR times its new words' weight, which bounds what the filters below let by.
    const semantic = hasVectors() ? new ArticleVectors(blocks.filter((b) => b !== headline), lists) : undefined;
    const bar = semantic ? SENTENCE.semanticBar : 1;
    const reach = semantic ? MAX_SEMANTIC_FACTOR : 1;
    // Only a word with a vector can count for more than its weight.
    const reachOf = (t: Term) => (rowOf(t) >= 0 ? MAX_SEMANTIC_FACTOR : 1);
    let best: { cand: Candidate; evidence: number } | undefined;
    for (const b of paragraphs) {
      // A sentence's unshared key words occur nowhere outside it, so nowhere outside its
      // paragraph either: a paragraph with less unshared weight than needed cannot hold one.
      let unshared = 0;
      for (const t of scores.get(b)!.novel) unshared += t.weight;
      if (unshared * reach < neededIsolated * bar) continue;
      const toks = tokens.get(b)!;
      const l = lists.get(b)!;
      if (!mayHoldForeignSentence(l, units.get(b)!, index, needed, neededIsolated * bar, semantic && reachOf)) continue;
      const spans = sentencesWithTokens(b, toks);
      if (spans.length < 2) continue;
      for (const s of spans) {
        if (isQuoted(s.text) || opensCohesively(s.text)) continue;
        const sc = score(unitOf(termsIn(l, s.from, s.to)), index);
        if (sc.size < SENTENCE.size || sc.coverage > SENTENCE.coverage) continue;
        // One shared word may be chance (a common noun of the beat); two are a link.
        if (sc.size - sc.novel.length > SENTENCE.sharedWords) continue;
        // A shared word counts against the sentence as much as it would have counted for it.
        // Meaning is weighed only for a sentence that shares no key word with the article: one
        // that does is tied to the story by it, and is judged on its words alone.
        const byMeaning = semantic !== undefined && sc.shared === 0;
        const need = (sc.shared === 0 && sc.size >= SENTENCE.isolatedSize ? neededIsolated : needed) * (byMeaning ? bar : 1);
        const novelMass = sc.mass - sc.shared;
        if (novelMass * (byMeaning ? reach : 1) - sc.shared < need) continue;
        const evidence = (byMeaning ? semantic.weigh(sc.novel, b, s.from, s.to) : novelMass) - sc.shared;
        if (evidence < need) continue;
        // Names alone are weak evidence (news introduces people and firms all the time): the
        // sentence's ordinary words must be foreign to the article too.
        const plain = score(unitOf(termsIn(l, s.from, s.to, (i) => i === s.from || !toks[i]!.capitalised)), index);
        if (plain.mass < SENTENCE.plainMass || plain.coverage > SENTENCE.plainCoverage) continue;
        if (!best || evidence > best.evidence) {
          best = { evidence, cand: { messageId: 'sentence', range: [s.start, s.end], data: { text: quote(s.text), terms: listTerms(sc.novel) } } };
        }
      }
    }
    if (best) out.push(best.cand);
  }
  return out;
}

export default defineRule<OffTopicOptions>({
  id: 'off-topic-insertion',
  meta: {
    type: 'problem',
    description: 'Disallow headings, sections, paragraphs and sentences that share no subject with the rest of the article',
    defaultSeverity: 'warning',
    order: 30,
    messages: {
      heading:
        'Heading `{{text}}` shares no subject with the rest of the article ({{terms}} appear nowhere else). Remove it or retitle the section after what it covers.',
      section:
        'Section `{{text}}` (heading and the paragraph under it) shares no subject with the rest of the article ({{terms}} appear nowhere else). Check whether it comes from another story and remove it.',
      paragraph:
        'Paragraph `{{text}}` shares no subject with the rest of the article ({{terms}} appear nowhere else). Check whether it comes from another story and remove it.',
      sentence:
        'Sentence `{{text}}` shares no subject with its paragraph or the rest of the article ({{terms}} appear nowhere else). Check whether it comes from another story and remove it.',
    },
    schema: {
      type: 'object',
      properties: {
        threshold: { type: 'number', minimum: 0, maximum: 1 },
        allowLabels: { type: 'array', items: { type: 'string' } },
        sentences: { type: 'boolean' },
        paragraphs: { type: 'boolean' },
        headings: { type: 'boolean' },
        minParagraphs: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: { threshold: 0.15, allowLabels: [], sentences: true, paragraphs: true, headings: true, minParagraphs: 3 },
  },
  check(context, options) {
    const accept = new Set(context.settings.accept.map((w) => w.toLowerCase()));
    for (const c of analyse(context.analysis, accept, options)) {
      context.report({ messageId: c.messageId, range: c.range, data: c.data });
    }
  },
});
