/**
 * quoteWithoutSource: a direct quotation with no reporting cue in its paragraph, no speaker in
 * the paragraph before (or a quote chain it continues), no colon lead-in and no dash sign-off.
 * Scare quotes, titles, names after "called"/"dubbed", questions and short mid-sentence
 * fragments are left alone.
 */
import type { Block } from '../../types.js';
import { STOPWORDS } from '../../engine/stopwords.js';
import { sentenceStartWithin } from '../../text/sentences.js';
import { hasCue, proseOf, type Prose, type QuoteSpan } from './prose.js';

export interface QuoteFinding {
  block: Block;
  quote: QuoteSpan;
  excerpt: string;
}

export interface QuoteOptions {
  minWords: number;
  verbs: RegExp;
}

/** Words before a quotation that make it a name, title or term rather than speech. */
const NAMING_BEFORE = new RegExp(
  String.raw`(?:\b(?:call|calls|called|calling|dub|dubs|dubbed|so-called|known\s+as|termed|titled|entitled|named|nicknamed|labell?ed|branded|billed\s+as|described\s+as|referred\s+to\s+as|marketed\s+as|read|reads|reading|chanting|chanted|sang|sing|sings|words?|terms?|(?:catch\s+)?phrases?|lines?|entry|entries|slogans?|mottos?|hashtags?|headlines?|titles?|labels?|catchphrases?|mantras?|refrains?|messages?|book|film|movie|song|album|show|series|play|poem|novel|documentary|article|essay|column|episode|programme|program|exhibition|campaign|sign|banner|placard|t-shirt|sticker|brand|nickname|moniker)|[’']s)\s*[:,]?\s*$`,
  'iu',
);
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const FRAGMENT_MAX_WORDS = 8;
const ASIDE_MAX_WORDS = 3;
const wordCount = (t: string) => words(t.slice(0, 200)).length;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** True when every content word is capitalised (a title: “The Lord of the Rings”). */
function isTitleLike(ws: string[]): boolean {
  const content = ws.filter((w) => w.length > 2 && !STOPWORDS.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^\p{Lu}/u.test(w));
}

function skipQuote(p: Prose, q: QuoteSpan, minWords: number): boolean {
  const t = p.block.text;
  const content = t.slice(q.contentStart, q.contentEnd);
  const ws = words(content);
  if (ws.length < minWords) return true;
  if (isTitleLike(ws)) return true;
  if (/\?\s*[,.]?\s*$/.test(content)) return true;
  // The writer's words before the quotation, within its sentence.
  const start = sentenceStartWithin(p.block, q.start, 200);
  const lead = p.masked.slice(Math.max(start, q.start - 60), q.start);
  if (NAMING_BEFORE.test(lead)) return true;
  // A fragment inside a sentence of the writer's own: scare or mixed quote.
  const before = p.masked.slice(start, q.start).trim();
  const opensSentence = before === '' || /:$/.test(before) || /^[•*·-]$/.test(before);
  const sentenceLike = /[.!?…]['’"”]?\s*$/.test(content);
  // ‘We will win’, he said — punctuation right after the closing mark also ends a spoken clause;
  // “Become a leader” sounds… — a quotation used as a noun is a mention, not speech.
  const punctuatedAfter = /^\s*(?:[,.!?;:—–]|-\s|$)/.test(t.slice(q.end, q.end + 3));
  if (ws.length >= FRAGMENT_MAX_WORDS || sentenceLike) return false;
  return !opensSentence || !punctuatedAfter;
}

/**
 * Someone the quotation can belong to: a personal pronoun or a name (two capitalised words,
 * a title and a name, or a possessive name) in the writer's text.
 */
const SPEAKER = /\b(?:[Hh]e|[Ss]he|[Tt]hey)\b|\b(?:Mr|Mrs|Ms|Mx|Dr|Sen|Rep|Gov|Prof|Sir|Dame|Lord|Lady|President|Minister|Chancellor|Secretary|General|Judge|Coach|Captain)\.?\s+\p{Lu}|(?<!\b(?:[Ii]n|at|from|to|of|near|across|into|on|for|[Tt]he)\s)(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*)+|(?<![\p{L}\p{N}])\p{Lu}\p{L}+['’]s\b/u;
/** A sign-off paragraph after a quotation: "— Jane Doe, reader". */
const SIGN_OFF = /^\s*[—–-]{1,2}\s*\S/u;

/** A colon right before the quote ("He added: “…”"), or a dash and a name right after it. */
function inlineCue(p: Prose, q: QuoteSpan): boolean {
  if (/:\s*$/.test(p.masked.slice(Math.max(0, q.start - 3), q.start))) return true;
  return /^\s*(?:[,.]\s*)?[—–-]{1,2}\s*\p{Lu}/u.test(p.block.text.slice(q.end, q.end + 8));
}

/**
 * Check the quotations of a run of prose blocks (in document order). `sectionBreak[i]` is true
 * when a heading stands between block i-1 and block i; `following[i]` is the block right after
 * block i in the article, whatever its kind (a sign-off line such as "— Jane Doe").
 */
export function checkQuotes(
  blocks: readonly Block[],
  sectionBreak: readonly boolean[],
  following: readonly (Block | undefined)[],
  opts: QuoteOptions,
): QuoteFinding[] {
  const out: QuoteFinding[] = [];
  let prevCue = false;
  let prevContext = false;
  let prevColon = false;
  /** The multi-paragraph quote running on from the previous block, if any. */
  let chain: { attributed: boolean; finding?: QuoteFinding } | undefined;
  const isAside = (i: number) => !sectionBreak[i] && proseOf(blocks[i]!).quotes.length === 0 && wordCount(blocks[i]!.text) <= ASIDE_MAX_WORDS;
  blocks.forEach((block, i) => {
    const p = proseOf(block);
    // A line of a few words with no quotation ("Pause.", "Then silence.") keeps the speaker.
    if (isAside(i)) return;
    if (sectionBreak[i]) {
      prevCue = prevContext = prevColon = false;
      chain = undefined;
    }
    // Cues matter only where this block or the next one holds a quotation.
    let k = i + 1;
    while (k < blocks.length && isAside(k)) k++;
    const nextBlock = blocks[k];
    const needed = p.quotes.length > 0 || (nextBlock !== undefined && proseOf(nextBlock).quotes.length > 0);
    const cue = needed && (hasCue(p.masked, opts.verbs) || SPEAKER.test(p.masked));
    const next = following[i];
    const signedOff = next !== undefined && SIGN_OFF.test(next.text) && next.text.split(/\s+/).length <= 12;
    const first = p.quotes[0];
    const startsWithQuote = first !== undefined && p.block.text.slice(0, first.start).trim() === '';
    const inherited = prevCue || prevColon || (startsWithQuote && prevContext);
    let nextChain: typeof chain;
    if (chain && startsWithQuote && first) {
      // News convention: a quote running over several paragraphs reopens each one and is
      // attributed once, anywhere in the chain.
      if (cue && chain.finding) {
        const k = out.indexOf(chain.finding);
        if (k >= 0) out.splice(k, 1);
        chain.finding = undefined;
      }
      if (cue) chain.attributed = true;
      if (first.open) nextChain = chain;
    }
    for (const q of p.quotes) {
      if (chain && startsWithQuote && q === first) continue;
      if (skipQuote(p, q, opts.minWords)) continue;
      const attributed = cue || inherited || signedOff || inlineCue(p, q);
      let f: QuoteFinding | undefined;
      if (!attributed) {
        f = { block, quote: q, excerpt: excerpt(p.block.text.slice(q.contentStart, q.contentEnd)) };
        out.push(f);
      }
      if (q.open) nextChain = f ? { attributed, finding: f } : { attributed };
    }
    chain = nextChain;
    prevCue = cue;
    prevContext = cue || inherited;
    prevColon = needed && /:\s*$/.test(p.masked);
  });
  return out;
}

function excerpt(content: string): string {
  const ws = content.trim().replace(/\s+/g, ' ').split(' ');
  const text = ws.slice(0, 8).join(' ');
  return ws.length > 8 ? `${text.replace(/[,;:.]+$/, '')}…` : text.replace(/[,;:]+$/, '');
}
