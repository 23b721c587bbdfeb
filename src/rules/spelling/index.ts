import type { Block, RuleContext } from '../../types.js';
import { defineRule } from '../define.js';
import { dictionaryLanguage, wordList, type WordList } from './dictionary.js';
import { scanWords, type ScannedWord } from './scan.js';
import { suggest } from './suggest.js';
import { COMPOUND_PREFIXES, CONTRACTION_ENDINGS, EXTRA_WORDS, NAME_PARTICLES, SOLID_PREFIXES, UNITS } from './words.js';

export interface Options {
  /** Check capitalised words in mid-sentence (names, by default skipped). */
  checkNames: boolean;
  /** Check words written in capitals (acronyms, by default skipped). */
  checkAcronyms: boolean;
  /** Skip words inside quotation marks. */
  ignoreQuotations: boolean;
  /** Offer corrections (found by one edit: a letter added, removed, changed or swapped). */
  suggestions: boolean;
  /** The most corrections offered per word. */
  maxSuggestions: number;
  /** Words or patterns accepted by this rule, added to the shared `accept` setting. */
  accept: string[];
}

const HYPHENS = /[-\u2010\u2011]/;
const APOSTROPHE_VARIANTS = /[\u2019\u2018`\u00B4\u02BC]/g;
const HAS_DIGIT = /\p{N}/u;
const HAS_LOWER = /\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const INNER_UPPER = /^.[^]*\p{Lu}/u;

// ---------------------------------------------------------------------------
// Accept list: words (any case), globs with `*`/`?`, or /regular expressions/flags.

interface Acceptor {
  words: Set<string>;
  patterns: RegExp[];
}

const acceptors = new Map<string, Acceptor>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function acceptor(entries: readonly string[]): Acceptor {
  const key = entries.join('\n');
  let a = acceptors.get(key);
  if (a) return a;
  a = { words: new Set(), patterns: [] };
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry || entry.startsWith('#')) continue;
    const re = /^\/(.+)\/([a-z]*)$/.exec(entry);
    if (re) {
      try {
        a.patterns.push(new RegExp(`^(?:${re[1]!})$`, re[2]!.replace(/[gy]/g, '') || 'u'));
      } catch {
        a.words.add(entry.toLowerCase());
      }
    } else if (/[*?]/.test(entry)) {
      const body = entry.split('').map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : escapeRegExp(ch))).join('');
      a.patterns.push(new RegExp(`^${body}$`, 'iu'));
    } else a.words.add(entry.toLowerCase().replace(APOSTROPHE_VARIANTS, "'"));
  }
  acceptors.set(key, a);
  return a;
}

function accepted(a: Acceptor, word: string): boolean {
  if (a.words.size && a.words.has(word.toLowerCase().replace(APOSTROPHE_VARIANTS, "'"))) return true;
  for (const p of a.patterns) if (p.test(word)) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Dictionary look-ups, cached per language for the whole process.

const EXTRA = new Set(EXTRA_WORDS);

class Speller {
  /** Verdicts for every word form seen in this process. */
  private readonly verdicts = new Map<string, boolean>();
  private readonly suggestionCache = new Map<string, string[]>();
  private list: WordList | undefined;

  constructor(readonly language: string) {}

  private get words(): WordList {
    return (this.list ??= wordList(this.language));
  }

  /** Is this one form in the dictionary, as Hunspell matches case? */
  private inDictionary(w: string): boolean {
    const words = this.words;
    if (words.has(w)) return true;
    const lower = w.toLowerCase();
    if (lower !== w) {
      if (words.has(lower)) return true;
      // ALL CAPS matches a capitalised entry (PARIS → Paris).
      const cap = lower[0]!.toUpperCase() + lower.slice(1);
      if (cap !== w && !HAS_LOWER.test(w) && words.has(cap)) return true;
    }
    return EXTRA.has(lower);
  }

  /** Is a single word (no hyphens) known? Apostrophes are normalised first. */
  known(word: string): boolean {
    let v = this.verdicts.get(word);
    if (v === undefined) {
      v = this.compute(word.replace(APOSTROPHE_VARIANTS, "'"));
      this.verdicts.set(word, v);
    }
    return v;
  }

  private compute(w: string): boolean {
    if (this.inDictionary(w)) return true;
    const lower = w.toLowerCase();
    // Possessives: dog's, dogs', James'.
    if (lower.endsWith("'s")) return this.known(w.slice(0, -2));
    if (lower.endsWith("'")) return this.known(w.slice(0, -1));
    // Contractions the dictionary lacks: Pakistan'll, who've.
    const apostrophe = w.lastIndexOf("'");
    if (apostrophe > 0) {
      const ending = lower.slice(apostrophe + 1);
      if (CONTRACTION_ENDINGS.has(ending)) return this.known(w.slice(0, lower.endsWith("n't") ? -3 : apostrophe));
      return false;
    }
    // Plain plurals of extra words.
    if (lower.endsWith('s') && EXTRA.has(lower.slice(0, -1))) return true;
    // Productive prefixes written solid: reopen, antigovernment.
    for (const p of SOLID_PREFIXES) {
      if (lower.length >= p.length + 4 && lower.startsWith(p) && this.inDictionary(lower.slice(p.length))) return true;
    }
    return false;
  }

  suggestions(word: string, max: number): string[] {
    const key = `${max}\0${word}`;
    let s = this.suggestionCache.get(key);
    if (!s) {
      s = suggest(word, (w) => this.inDictionary(w), max);
      this.suggestionCache.set(key, s);
    }
    return s;
  }
}

const spellers = new Map<string, Speller>();

function speller(language: string): Speller {
  let s = spellers.get(language);
  if (!s) spellers.set(language, (s = new Speller(language)));
  return s;
}

// ---------------------------------------------------------------------------
// The rule.

interface Candidate {
  block: Block;
  word: ScannedWord;
  titleCase: boolean;
}

/** Lower-cased, apostrophe-normalised, possessive removed: the key for "seen as a name". */
function nameKey(word: string): string {
  const w = word.toLowerCase().replace(APOSTROPHE_VARIANTS, "'");
  return w.endsWith("'s") ? w.slice(0, -2) : w.endsWith("'") ? w.slice(0, -1) : w;
}

function isAcronym(word: string): boolean {
  // NATO, FSB, MPs, CEOs', BBC's
  const w = word.replace(APOSTROPHE_VARIANTS, "'").replace(/'s?$/, '');
  if (!HAS_LOWER.test(w)) return w.length >= 2;
  return w.length >= 3 && w.endsWith('s') && !HAS_LOWER.test(w.slice(0, -1));
}

/** A block written in title case (a headline): most of its longer words are capitalised. */
function isTitleCase(words: ScannedWord[]): boolean {
  let long = 0;
  let caps = 0;
  for (const w of words) {
    if (w.text.length < 4) continue;
    long++;
    if (UPPER_FIRST.test(w.text)) caps++;
  }
  return long >= 2 && caps / long >= 0.6;
}

type Verdict = 'ok' | 'unknown';

export default defineRule<Options>({
  id: 'spelling',
  meta: {
    type: 'suggestion',
    description: 'Disallow misspelled words, knowing names, acronyms, numbers and web addresses',
    defaultSeverity: 'warning',
    order: 50,
    messages: {
      unknown: 'Unknown word `{{word}}`: check the spelling, or add it to the accept list',
      unknownWithSuggestions: 'Unknown word `{{word}}`: did you mean {{suggestions}}?',
    },
    schema: {
      type: 'object',
      properties: {
        checkNames: { type: 'boolean' },
        checkAcronyms: { type: 'boolean' },
        ignoreQuotations: { type: 'boolean' },
        suggestions: { type: 'boolean' },
        maxSuggestions: { type: 'integer', minimum: 1, maximum: 10 },
        accept: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      checkNames: false,
      checkAcronyms: false,
      ignoreQuotations: false,
      suggestions: true,
      maxSuggestions: 3,
      accept: [],
    },
  },
  check(context: RuleContext, options: Options) {
    const language = dictionaryLanguage(context.settings.language);
    if (!language) return;
    const { article, analysis } = context;
    const sp = speller(language);
    const accept = acceptor([...context.settings.accept, ...(options.accept ?? [])]);
    const hasExclusions = analysis.excludedLines.size > 0;

    // Pass 1: words, and the names the article writes capitalised in mid-sentence.
    const candidates: Candidate[] = [];
    const names = new Set<string>();
    for (const block of article.blocks) {
      if (hasExclusions && analysis.isExcluded(block.start, block.end) && wholly(context, block)) continue;
      const words = scanWords(block.text);
      const titleCase = block.kind === 'heading' || isTitleCase(words);
      for (const word of words) {
        candidates.push({ block, word, titleCase });
        if (titleCase) continue;
        const parts = word.text.split(HYPHENS);
        parts.forEach((part, i) => {
          if ((i > 0 || !word.initial) && UPPER_FIRST.test(part)) names.add(nameKey(part));
        });
      }
    }

    // Pass 2: check.
    for (const { block, word, titleCase } of candidates) {
      if (options.ignoreQuotations && word.quoted) continue;
      if (HAS_DIGIT.test(word.text)) continue;
      if (accepted(accept, word.text)) continue;
      const verdict = checkToken(word, titleCase);
      if (verdict === 'ok') continue;
      const start = block.toSource(word.start);
      const end = block.toSource(word.end - 1) + 1;
      if (hasExclusions && analysis.isExcluded(start, end)) continue;
      const found = verdict;
      if (options.suggestions) {
        const list = sp.suggestions(found, Math.max(1, Math.min(10, options.maxSuggestions)));
        if (list.length) {
          context.report({
            messageId: 'unknownWithSuggestions',
            data: { word: found, suggestions: formatList(list) },
            range: [start, end],
            suggestions: list.map((s) => ({ desc: `Replace with \`${s}\``, fix: { range: [start, end], text: s } })),
          });
          continue;
        }
      }
      context.report({ messageId: 'unknown', data: { word: found }, range: [start, end] });
    }

    /** 'ok', or the part of the token that is unknown (reported as the whole token). */
    function checkToken(word: ScannedWord, titleCase: boolean): 'ok' | string {
      const text = word.text;
      if (text.includes('.')) {
        // Abbreviations (U.S, a.m) and words joined by a missing space (said.The).
        const pieces = text.split('.');
        if (pieces.every((p) => p.length <= 2)) return 'ok';
        for (let i = 0; i < pieces.length; i++) {
          const p = pieces[i]!;
          if (!p) continue;
          if (checkPart(p, { ...word, text: p, initial: word.initial || i > 0 }, titleCase, true) === 'unknown') return text;
        }
        return 'ok';
      }
      if (!HYPHENS.test(text)) return checkPart(text, word, titleCase, true) === 'ok' ? 'ok' : text;
      // Hyphenated compound: the whole may be a dictionary word (e-mail); else every part must be.
      if (sp.known(text) || EXTRA.has(text.toLowerCase())) return 'ok';
      const parts = text.split(HYPHENS);
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        const lower = p.toLowerCase();
        if (!p || HAS_DIGIT.test(p)) continue;
        if (i < parts.length - 1 && COMPOUND_PREFIXES.has(lower)) continue;
        if (NAME_PARTICLES.has(lower) && parts.slice(i + 1).some((q) => UPPER_FIRST.test(q))) continue;
        if (accepted(accept, p)) continue;
        const initial = i === 0 && word.initial;
        if (checkPart(p, { ...word, initial }, titleCase, i === 0) === 'unknown') return text;
      }
      return 'ok';
    }

    function checkPart(w: string, word: ScannedWord, titleCase: boolean, first: boolean): Verdict {
      if (w.length <= 1) return 'ok';
      const key = nameKey(w);
      if (key.length <= 1) return 'ok';
      if (isAcronym(w)) return options.checkAcronyms && HAS_LOWER.test(w) === false && !sp.known(w) ? 'unknown' : 'ok';
      if (UNITS.has(key) || NAME_PARTICLES.has(key)) return 'ok';
      if (INNER_UPPER.test(w)) {
        // iPhone, McDonald, YouTube: brands and names.
        return options.checkNames && !sp.known(w) ? 'unknown' : 'ok';
      }
      const capitalised = UPPER_FIRST.test(w);
      if (capitalised && !word.initial && !options.checkNames) {
        // A name in mid-sentence. In a headline every word is capitalised: check those whose
        // lower-case form is unknown only when the article never uses them as a name.
        if (!titleCase) return 'ok';
        if (names.has(key) || sp.known(w)) return 'ok';
        return 'ok';
      }
      if (sp.known(w)) return 'ok';
      if (names.has(key)) return 'ok';
      // Fragments of contractions split by damaged copy: `isn ' t`, `we ' ve`.
      if (word.apostropheAfter && first && (sp.known(`${w}'t`) || sp.known(`${w}'s`))) return 'ok';
      if (word.apostropheBefore && CONTRACTION_ENDINGS.has(key)) return 'ok';
      return 'unknown';
    }
  },
});

/** True when every line of the block is excluded. */
function wholly(context: RuleContext, block: Block): boolean {
  const { article, analysis } = context;
  const a = article.lineOf(block.start);
  const b = article.lineOf(Math.max(block.start, block.end - 1));
  for (let l = a; l <= b; l++) if (!analysis.excludedLines.has(l)) return false;
  return true;
}

function formatList(words: string[]): string {
  const q = words.map((w) => `\`${w}\``);
  if (q.length === 1) return q[0]!;
  return `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]!}`;
}
