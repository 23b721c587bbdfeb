/**
 * Tokeniser for the spelling rule: finds the words of a block of plain text and what a copy
 * editor needs to know about each one (does it start a sentence, is it quoted, does it sit next to
 * a stray apostrophe). URLs, e-mail addresses, @handles and #tags are skipped as a whole.
 * Every pattern here runs in linear time on any input.
 */
import { TITLE_ABBREVIATIONS } from './words.js';
import { isLetter, isWordChar } from './chars.js';

export interface ScannedWord {
  /** As written; may hold inner hyphens, apostrophes and full stops. */
  text: string;
  /** Offsets in the block text, [start, end). */
  start: number;
  end: number;
  /** First word of the block or of a sentence. */
  initial: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** An apostrophe follows (after optional spaces): `isn ' t`, damaged copy. */
  apostropheAfter: boolean;
  /** An apostrophe precedes (after optional spaces). */
  apostropheBefore: boolean;
  /** A hyphen follows directly: the first part of a suspended compound (`pre- and post-war`). */
  hyphenAfter: boolean;
}

const CHUNK = /\S+/g;
/** Characters that join two runs of word characters into one word (`re-elected`, `don't`, `U.S`). */
const JOINERS = new Set(['-', '\u2010', '\u2011', "'", '\u2019', '\u02BC', '.']);
const URL_START = /^[(["'\u201C\u2018<]*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const DOMAIN = /[\p{L}\p{N}]\.(?:com|org|net|gov|edu|info|biz|io|co|uk|us|ca|au|de|fr|eu|ie|in|nz|tv|me|ly|news)(?![\p{L}\p{N}])/iu;
const OPENERS = /^[(\[{<]*/;
const OPENING_CHARS = new Set(['(', '[', '{', '<']);
const CLOSERS = new Set([')', ']', '}', '>', '"', "'", '\u201D', '\u2019', '\u00BB', '*']);
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '\u2026', ')', ']']);
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u00B4', '\u02BC']);

/** `text` without its trailing characters that are in `set` (a loop: no regex backtracking). */
function trimEnd(text: string, set: ReadonlySet<string>): string {
  let e = text.length;
  while (e > 0 && set.has(text[e - 1]!)) e--;
  return e === text.length ? text : text.slice(0, e);
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00A0';
}

/** True when a chunk ending in a full stop ends its sentence (not `Mr.`, `U.S.`, `J.`). */
function endsSentence(chunk: string): boolean {
  const bare = trimEnd(chunk, CLOSERS);
  const last = bare[bare.length - 1];
  if (last === '!' || last === '?' || last === '\u2026') return true;
  if (last !== '.') return false;
  const word = bare.slice(0, -1).replace(OPENERS, '').replace(/^["'\u201C\u2018]+/, '');
  if (word.length === 1) return false; // an initial: "John F. Kennedy"
  if (word.includes('.')) return false; // "U.S.", "a.m."
  return !TITLE_ABBREVIATIONS.has(word.toLowerCase());
}

/** Scan one block of text into words. */
export function scanWords(text: string): ScannedWord[] {
  const out: ScannedWord[] = [];
  let initial = true;
  let doubleQuote = false;
  let singleQuote = false;
  for (const c of text.matchAll(CHUNK)) {
    const chunk = c[0];
    const at = c.index;
    const open = OPENING_CHARS.has(chunk[0]!) ? chunk.replace(OPENERS, '') : chunk;
    const first = open[0];
    const dot = chunk.includes('.');
    // A URL has `://` or `www.`; a domain has a dot.
    const skip = ((dot || chunk.includes('//')) && URL_START.test(chunk)) || chunk.includes('@') || first === '#' || (dot && DOMAIN.test(chunk));
    if (first === '\u201C' || first === '\u00AB' || (first === '"' && !doubleQuote)) doubleQuote = true;
    else if (first === '\u2018') singleQuote = true;
    let found = false;
    if (!skip) {
      for (let i = 0; i < chunk.length; ) {
        if (!isWordChar(chunk[i])) {
          i++;
          continue;
        }
        const from = i++;
        while (i < chunk.length) {
          if (isWordChar(chunk[i])) i++;
          else if (JOINERS.has(chunk[i]!) && isWordChar(chunk[i + 1])) i += 2;
          else break;
        }
        const start = at + from;
        let end = at + i;
        let word = chunk.slice(from, i);
        // Mis-decoded UTF-8 (`wayâ€™s`): the word ends before the `â`.
        if (word.endsWith('\u00E2') && text[end] !== undefined && !isSpace(text[end]) && !isLetter(text[end])) {
          word = word.slice(0, -1);
          end--;
          if (!word) continue;
        }
        // Markup left in the copy: `&amp;`, `<br />`, `br /&gt;`.
        if ((text[start - 1] === '&' && text[end] === ';') || text[start - 1] === '<') continue;
        let k = end;
        while (isSpace(text[k])) k++;
        if (text.startsWith('/>', k) || text.startsWith('/&gt;', k)) continue;
        let j = start - 1;
        while (isSpace(text[j])) j--;
        // `?` standing for an apostrophe in damaged copy: `doesn?t`.
        const damagedAfter = text[end] === '?' && isLetter(text[end + 1]);
        const damagedBefore = text[start - 1] === '?' && isLetter(text[start - 2]);
        out.push({
          text: word,
          start,
          end,
          initial: initial && !found,
          quoted: doubleQuote || singleQuote,
          apostropheAfter: APOSTROPHES.has(text[k] ?? '') || damagedAfter,
          apostropheBefore: (j >= 0 && APOSTROPHES.has(text[j] ?? '')) || damagedBefore,
          hyphenAfter: text[end] === '-' || text[end] === '\u2010',
        });
        found = true;
      }
    }
    // Closing quotes end the quotation after this chunk.
    const tail = trimEnd(chunk, TRAILING_PUNCTUATION);
    const lastChar = tail[tail.length - 1];
    if (lastChar === '\u201D' || lastChar === '\u00BB' || (lastChar === '"' && chunk.length > 1)) doubleQuote = false;
    else if (lastChar === '\u2019' && singleQuote && !tail.endsWith('s\u2019')) singleQuote = false;
    if (found || skip) initial = endsSentence(chunk);
    else if (endsSentence(chunk)) initial = true;
  }
  return out;
}
