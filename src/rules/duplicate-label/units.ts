/**
 * The pieces duplicate-label compares: one unit per text line of every block, with the keys
 * used to match labels (normalised text, title parts without site names, de-glued breadcrumb
 * tails).
 */
import type { Article, Block } from '../../types.js';
import { normalizeLabel } from '../../text/normalize.js';
import { blockLines } from '../../text/block-lines.js';
import { deglue } from '../../text/deglue.js';

/** One text line of a block. `key` and `words` are computed on first use: most lines are prose and never need them. */
export class Unit {
  private cachedKey: string | undefined;
  private cachedWords: number | undefined;

  constructor(
    readonly block: Block,
    /** The line's text, trimmed. */
    readonly text: string,
    /** Source offsets of the trimmed text. */
    readonly start: number,
    readonly end: number,
    /** The only line of its block. */
    readonly whole: boolean,
  ) {}

  /** The normalised label (see `labelKey`); empty for a line too long to be a label or a headline. */
  get key(): string {
    this.cachedKey ??= this.text.length > MAX_UNIT_CHARS ? '' : labelKey(this.text);
    return this.cachedKey;
  }

  /** Words of `key` (Infinity for a line too long to be a label or a headline). */
  get words(): number {
    this.cachedWords ??= this.text.length > MAX_UNIT_CHARS ? Infinity : wordCount(this.key);
    return this.cachedWords;
  }
}

/** Lines longer than this (in UTF-16 units) are prose: never a label or a headline, never normalised. */
const MAX_UNIT_CHARS = 400;
const TERMINAL = /[.!?…]["'”’)\]]*$/u;
const LEADING_MARKER = /^(?:[-*+•–—]\s+|\(?\d{1,3}[.)]\s+|[IVX]{1,5}\.\s+)/u;
/** Separators between a page title and a site or section name. */
const TITLE_SEPARATOR = /\s(?:\||-|–|—|::|»|›|·|•|\/\/)\s/u;

/** The key two labels share when they say the same thing: list markers and numbers before them dropped, then `normalizeLabel`. */
export function labelKey(text: string): string {
  return normalizeLabel(text.replace(LEADING_MARKER, ''));
}

export function wordCount(key: string): number {
  return key ? key.split(' ').length : 0;
}

export function endsLikeSentence(text: string): boolean {
  return TERMINAL.test(text);
}

/** Every text line of every block, as units. */
export function collectUnits(article: Article): Unit[] {
  const units: Unit[] = [];
  for (const block of article.blocks) {
    const text = block.text;
    const pieces = blockLines(text);
    for (const [a, b] of pieces) {
      units.push(new Unit(block, text.slice(a, b), block.toSource(a), block.toSource(b - 1) + 1, pieces.length === 1));
    }
  }
  return units;
}

/**
 * Keys of the parts of a title split at site separators (`Headline | Site`, `Site - Headline`),
 * keeping parts of at least `minWords` words. Empty when the text has no separator.
 */
export function titlePartKeys(text: string, minWords: number): string[] {
  if (!TITLE_SEPARATOR.test(text)) return [];
  const out: string[] = [];
  for (const part of text.split(TITLE_SEPARATOR)) {
    const k = labelKey(part);
    if (wordCount(k) >= minWords) out.push(k);
  }
  return out;
}

/** The longest part of a title with site separators, when it has at least 4 words (the title without the site name). */
export function titleCore(text: string): string | undefined {
  let best: string | undefined;
  for (const k of titlePartKeys(text, 4)) if (!best || k.length > best.length) best = k;
  return best;
}

/**
 * Keys of what may follow navigation in a de-glued breadcrumb line: the text from each segment
 * boundary to the end of the line ("HomeWorldPakistan Withdraws Envoy" → "world pakistan
 * withdraws envoy", "pakistan withdraws envoy"), each also without a site suffix. Tails longer than `maxChars` are not considered.
 */
export function breadcrumbTailKeys(text: string, minWords: number, maxChars: number): string[] {
  // Only tails of at most `maxChars` characters can match, so only the end of the line is split.
  const from = Math.max(0, text.length - maxChars);
  const { segments } = deglue(text.slice(from));
  const out: string[] = [];
  for (let k = 1; k < segments.length; k++) {
    const tail = text.slice(from + segments[k]!.start);
    const key = labelKey(tail);
    if (wordCount(key) >= minWords) out.push(key);
    out.push(...titlePartKeys(tail, minWords));
  }
  return out;
}

/** Content words of a key (stopwords and one-letter words dropped). */
export function contentWords(key: string, stop: ReadonlySet<string>): string[] {
  return key.split(' ').filter((w) => w.length > 1 && !stop.has(w) && !stop.has(w.replace(/'s?$/, '')));
}
