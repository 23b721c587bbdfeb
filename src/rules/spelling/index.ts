import type { Block, RuleContext } from '../../types.js';
import { defineRule } from '../define.js';
import { STOPWORDS } from '../../engine/stopwords.js';
import { dictionaryLanguage, differenceList, wordList, type WordList } from './dictionary.js';
import { scanWords, type ScannedWord } from './scan.js';
import { matchCase, suggest } from './suggest.js';
import { hasDigit, hasInnerUpper, hasLower, lettersOnly, startsUpper } from './chars.js';
import { COMPOUND_PARTICLES, COMPOUND_PREFIXES, COMPOUND_TAILS, FOREIGN_FUNCTION_WORDS, GUARDED_PREFIXES, CONTRACTION_ENDINGS, EXTRA_WORDS, NAME_PARTICLES, SOLID_PREFIXES, UNITS } from './words.js';
import { cacheSet } from '../../text/bounded-cache.js';

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
  /**
   * Spellings of other English varieties: `consistent` accepts them when the article uses that
   * variety more than the configured one, `strict` never, `any` always.
   */
  variety: 'consistent' | 'strict' | 'any';
  /** Words or patterns accepted by this rule, added to the shared `accept` setting. */
  accept: string[];
}

const HYPHENS = /[-\u2010\u2011]/;
const APOSTROPHE_VARIANTS = /[\u2019\u2018`\u00B4\u02BC]/g;
const COMBINING_MARKS = /[\u0300-\u036f]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
/** Adjective endings whose -ly adverbs are regular (not `accidently`, `automaticly`). */
const ADVERB_BASES = /(?:less|ous|ive|ian|ish)ly$/;
/** Unknown words this close (in words) and this many in a row are another language. */
const FOREIGN_GAP = 2;
const FOREIGN_RUN = 3;
/** This many unknown words in one paragraph are another language or damaged copy. */
const FOREIGN_BLOCK = 5;
/** Longer tokens are not words (and are not worth the look-ups). */
const MAX_WORD = 45;

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
  private readonly listedCache = new Map<string, boolean>();
  private list: WordList | undefined;

  constructor(
    readonly language: string,
    private readonly load: () => WordList = () => wordList(language),
  ) {}

  private get words(): WordList {
    return (this.list ??= this.load());
  }

  /** Is this exact string a word of the list? */
  has(w: string): boolean {
    return this.words.has(w);
  }

  /** Is this exact form listed (no word formation)? Cached. */
  listed(w: string): boolean {
    let v = this.listedCache.get(w);
    if (v === undefined) v = cacheSet(this.listedCache, w, this.inDictionary(w));
    return v;
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
      if (cap !== w && !hasLower(w) && words.has(cap)) return true;
    }
    return EXTRA.has(lower);
  }

  /** Is a single word (no hyphens) known? Apostrophes are normalised first. */
  known(word: string): boolean {
    let v = this.verdicts.get(word);
    if (v === undefined) {
      v = cacheSet(this.verdicts, word, this.compute(word.replace(APOSTROPHE_VARIANTS, "'")));
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
    // Accents the dictionary writes without: clichéd → cliched.
    if (NON_ASCII.test(lower)) {
      const plain = lower.normalize('NFD').replace(COMBINING_MARKS, '');
      if (plain !== lower) return this.inDictionary(plain);
    }
    // Word formation the dictionary does not list (single words of letters only).
    if (lower.length < 6 || lower.length > MAX_WORD || !lettersOnly(lower)) return false;
    // Productive prefixes written solid: multifocal, antigovernment, outmuscled.
    for (const p of SOLID_PREFIXES) {
      if (lower.length >= p.length + 4 && lower.startsWith(p) && this.inDictionary(lower.slice(p.length))) return true;
    }
    if (!this.formed(lower)) return false;
    // A word one edit away from a dictionary word is taken as a typo of it (helpfull, governer,
    // pasttime, untill, interelated), not as a new formation.
    return !this.nearSameStart(lower);
  }

  /** Can the word be formed from dictionary words (before the typo check)? */
  private formed(lower: string): boolean {
    for (const p of GUARDED_PREFIXES) {
      if (lower.length >= p.length + 4 && lower.startsWith(p) && this.inDictionary(lower.slice(p.length))) return true;
    }
    // Adverbs of adjectives: wirelessly, sectarianly.
    if (lower.endsWith('ly') && ADVERB_BASES.test(lower) && this.inDictionary(lower.slice(0, -2))) return true;
    // Agent nouns: networkers, fosterers.
    const agent = /^(.{3,}?)ers?$/.exec(lower);
    if (agent && (this.inDictionary(agent[1]!) || this.inDictionary(`${agent[1]!}e`))) return true;
    // Closed compounds of two longer words: scoresheet, codebase; and -man/-men.
    for (let i = 4; i <= lower.length - 3; i++) {
      const head = lower.slice(0, i);
      const tail = lower.slice(i);
      if (!(tail.length >= 4 || COMPOUND_TAILS.has(tail)) || isFunctionWord(head) || isFunctionWord(tail)) continue;
      if (this.inDictionary(head) && this.inDictionary(tail)) return true;
    }
    return false;
  }

  /** Dictionary words one edit away from a lower-case word, best first (at most 10, cached). */
  private near(lower: string): string[] {
    let s = this.suggestionCache.get(lower);
    if (!s) {
      s = cacheSet(this.suggestionCache, lower, suggest(lower, (w) => this.inDictionary(w), 10));
    }
    return s;
  }

  /** Is a dictionary word one edit away (a typo rather than a name)? */
  nearWord(lower: string): boolean {
    return this.near(lower).some((x) => !x.includes(' '));
  }

  /**
   * Is a dictionary word with the same first letter one edit away? Writers rarely get the first
   * letter wrong, so `wirelessly` is not a typo of `tirelessly`.
   */
  nearSameStart(lower: string): boolean {
    return this.near(lower).some((x) => !x.includes(' ') && x[0] === lower[0]);
  }

  /** Is a dictionary word two swapped letters away (`teh`, `lsat`)? */
  swapped(lower: string): boolean {
    for (let i = 0; i < lower.length - 1; i++) {
      const c = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
      if (c !== lower && this.inDictionary(c)) return true;
    }
    return false;
  }

  /** Corrections for a reported word, in its case. */
  suggestions(word: string, max: number): string[] {
    return this.near(word.toLowerCase())
      .slice(0, max)
      .map((s) => matchCase(word, s));
  }
}

const spellers = new Map<string, Speller>();

function speller(language: string): Speller {
  let s = spellers.get(language);
  if (!s) spellers.set(language, (s = new Speller(language)));
  return s;
}

/**
 * A speller for `variety` as seen from `primary` copy: the primary words plus the variety's own
 * (without loading the variety's whole dictionary).
 */
function varietySpeller(primary: string, variety: string): Speller {
  const key = `${primary}~${variety}`;
  let s = spellers.get(key);
  if (!s) {
    const base = speller(primary);
    spellers.set(
      key,
      (s = new Speller(variety, () => {
        const extra = differenceList(primary, variety);
        return { has: (w: string) => base.has(w) || extra.has(w) };
      })),
    );
  }
  return s;
}

// ---------------------------------------------------------------------------
// The rule.

/** The other English varieties whose spellings an article may consistently use. */
const OTHER_VARIETIES: Readonly<Record<string, readonly string[]>> = {
  'en-US': ['en-GB', 'en-CA'],
  'en-GB': ['en-US', 'en-CA'],
  'en-CA': ['en-US', 'en-GB'],
  'en-AU': ['en-GB', 'en-US'],
};
const VARIETY_NAMES: Readonly<Record<string, string>> = { 'en-US': 'US', 'en-GB': 'British', 'en-CA': 'Canadian', 'en-AU': 'Australian' };

interface Candidate {
  block: Block;
  word: ScannedWord;
  /** The next word of the block, when it is in the same sentence. */
  next: ScannedWord | undefined;
  /** The previous word of the block, when it is in the same sentence. */
  prev: ScannedWord | undefined;
  /** Position of the word in its block. */
  index: number;
  titleCase: boolean;
}

interface Flagged {
  candidate: Candidate;
  start: number;
  end: number;
  /** Other varieties in which the word is spelled right. */
  varieties: string[];
}

/** Lower-cased, apostrophe-normalised, possessive removed: the key for "seen as a name". */
/** Two or more letters a–z and nothing else. */
function isPlainLower(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function nameKey(word: string): string {
  const w = word.toLowerCase().replace(APOSTROPHE_VARIANTS, "'");
  return w.endsWith("'s") ? w.slice(0, -2) : w.endsWith("'") ? w.slice(0, -1) : w;
}

function isAcronym(word: string): boolean {
  // NATO, FSB, MPs, CEOs', BBC's
  let w = word.replace(APOSTROPHE_VARIANTS, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (!hasLower(w)) return w.length >= 2;
  return w.length >= 3 && w.endsWith('s') && !hasLower(w.slice(0, -1));
}

/** A block written in title case (a headline): most of its longer words are capitalised. */
function isTitleCase(words: ScannedWord[]): boolean {
  let long = 0;
  let caps = 0;
  for (const w of words) {
    if (w.text.length < 4) continue;
    long++;
    if (startsUpper(w.text)) caps++;
  }
  return long >= 2 && caps / long >= 0.6;
}

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
      variety: '`{{word}}` is {{variety}} spelling in {{language}} copy: use the {{language}} spelling',
    },
    schema: {
      type: 'object',
      properties: {
        checkNames: { type: 'boolean' },
        checkAcronyms: { type: 'boolean' },
        ignoreQuotations: { type: 'boolean' },
        variety: { enum: ['consistent', 'strict', 'any'] },
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
      variety: 'consistent',
      suggestions: true,
      maxSuggestions: 3,
      accept: [],
    },
  },
  check(context: RuleContext, options: Options) {
    const language = dictionaryLanguage(context.settings.language);
    if (!language) return;
    const { article, analysis } = context;
    const primary = speller(language);
    const accept = acceptor([...context.settings.accept, ...(options.accept ?? [])]);
    const hasExclusions = analysis.excludedLines.size > 0;

    // Pass 1: the words, the names the article writes capitalised in mid-sentence, and how
    // often each capitalised form occurs.
    const candidates: Candidate[] = [];
    const names = new Set<string>();
    const capitalised = new Map<string, number>();
    for (const block of article.blocks) {
      if (hasExclusions && analysis.isExcluded(block.start, block.end) && wholly(context, block)) continue;
      const words = scanWords(block.text);
      const titleCase = block.kind === 'heading' || isTitleCase(words);
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        const following = words[i + 1];
        const prev = i > 0 && !word.initial ? words[i - 1] : undefined;
        candidates.push({ block, word, titleCase, index: i, next: following && !following.initial ? following : undefined, prev });
        if (titleCase) continue;
        const parts = HYPHENS.test(word.text) ? word.text.split(HYPHENS) : [word.text];
        for (let k = 0; k < parts.length; k++) {
          const part = parts[k]!;
          if (!startsUpper(part)) continue;
          const key = nameKey(part);
          if (k > 0 || !word.initial) names.add(key);
          capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
        }
      }
    }

    // Pass 2: check every word against the configured language.
    const flagged: Flagged[] = [];
    for (const candidate of candidates) {
      const { block, word } = candidate;
      // Most words are plain lower-case dictionary words: known whatever their context.
      if (isPlainLower(word.text) && primary.known(word.text)) continue;
      if (options.ignoreQuotations && word.quoted) continue;
      if (hasDigit(word.text)) continue;
      if (accepted(accept, word.text)) continue;
      if (checkToken(candidate, primary)) continue;
      const start = block.toSource(word.start);
      const end = block.toSource(word.end - 1) + 1;
      if (hasExclusions && analysis.isExcluded(start, end)) continue;
      flagged.push({ candidate, start, end, varieties: [] });
    }
    if (flagged.length === 0) return;

    // Other English varieties: accepted when the article consistently spells that way.
    let chosen: Set<string> = new Set();
    const evidence = new Map<string, Set<string>>();
    for (const f of flagged) {
      for (const v of OTHER_VARIETIES[language] ?? []) {
        if (!checkToken(f.candidate, varietySpeller(language, v))) continue;
        f.varieties.push(v);
        let e = evidence.get(v);
        if (!e) evidence.set(v, (e = new Set()));
        e.add(f.candidate.word.text.toLowerCase());
      }
    }
    if (options.variety !== 'strict') {
      if (options.variety === 'any') chosen = new Set(evidence.keys());
      else {
        for (const [v, forV] of evidence) {
          // Words this article spells the configured way that the other variety does not know.
          const against = new Set<string>();
          const onlyPrimary = differenceList(v, language);
          for (const c of candidates) {
            const t = c.word.text;
            if (c.titleCase || hasDigit(t) || HYPHENS.test(t) || (startsUpper(t) && !c.word.initial)) continue;
            const lower = t.toLowerCase();
            if (against.has(lower) || forV.has(lower)) continue;
            if (onlyPrimary.has(lower)) against.add(lower);
          }
          if (forV.size > against.size) chosen.add(v);
        }
      }
    }

    // A word the article uses more than once with no dictionary word close to it is a term of the
    // story (`satisfiability`), not a typo; a repeated typo is still one edit from its word.
    const uses = new Map<string, number>();
    for (const f of flagged) {
      const k = f.candidate.word.text.toLowerCase();
      uses.set(k, (uses.get(k) ?? 0) + 1);
    }
    const isTerm = (f: Flagged): boolean => {
      const k = f.candidate.word.text.toLowerCase();
      return (uses.get(k) ?? 0) >= 2 && f.varieties.length === 0 && lettersOnly(k) && !primary.nearWord(k);
    };
    const remaining = flagged.filter((f) => !f.varieties.some((v) => chosen.has(v)) && !isTerm(f));
    // Unknown words close together, or many in one paragraph, are a passage in another language
    // (or damaged copy), not typos.
    const foreign = new Set<Flagged>();
    const perBlock = new Map<Block, Flagged[]>();
    const unknown = remaining.filter((f) => f.varieties.length === 0);
    for (const f of unknown) {
      const list = perBlock.get(f.candidate.block);
      if (list) list.push(f);
      else perBlock.set(f.candidate.block, [f]);
    }
    for (const list of perBlock.values()) if (list.length >= FOREIGN_BLOCK) for (const f of list) foreign.add(f);
    for (let i = 0; i < unknown.length; ) {
      let j = i;
      while (j + 1 < unknown.length && unknown[j + 1]!.candidate.block === unknown[j]!.candidate.block && unknown[j + 1]!.candidate.index - unknown[j]!.candidate.index <= FOREIGN_GAP) j++;
      if (j - i + 1 >= FOREIGN_RUN) for (let k = i; k <= j; k++) foreign.add(unknown[k]!);
      i = j + 1;
    }
    // A foreign word the copy marks as one: after an article or preposition of another language
    // (`en grappe`), or glossed in parentheses (`sarvo (harvest feast)`).
    // Such a word is foreign wherever else the article uses it.
    const foreignWords = new Set<string>();
    for (const f of unknown) {
      if (foreign.has(f) || markedForeign(f.candidate)) foreignWords.add(f.candidate.word.text.toLowerCase());
    }
    for (const f of unknown) if (foreignWords.has(f.candidate.word.text.toLowerCase())) foreign.add(f);
    for (const f of remaining) {
      if (foreign.has(f)) continue;
      const { candidate, start, end, varieties } = f;
      const text = candidate.word.text;
      const list = options.suggestions ? suggestionsFor(text, Math.max(1, Math.min(10, options.maxSuggestions))) : [];
      const suggestions = list.map((s) => ({ desc: `Replace with \`${s}\``, fix: { range: [start, end] as const, text: s } }));
      if (varieties.length) {
        context.report({
          messageId: 'variety',
          data: { word: text, variety: VARIETY_NAMES[varieties[0]!]!, language: VARIETY_NAMES[language]! },
          range: [start, end],
          ...(suggestions.length ? { suggestions } : {}),
        });
      } else if (list.length) {
        context.report({ messageId: 'unknownWithSuggestions', data: { word: text, suggestions: formatList(list) }, range: [start, end], suggestions });
      } else context.report({ messageId: 'unknown', data: { word: text }, range: [start, end] });
    }

    /** Does the copy mark this lower-case word as foreign? */
    function markedForeign(candidate: Candidate): boolean {
      const { word, prev, block } = candidate;
      const text = block.text;
      if (!hasLower(word.text[0] ?? '') || !lettersOnly(word.text)) return false;
      if (prev && prev.end + 1 === word.start && FOREIGN_FUNCTION_WORDS.has(prev.text.toLowerCase())) return true;
      // Glossed: `sarvo (harvest feast)`, `"sarvo" (harvest feast)`.
      let k = word.end;
      if (QUOTE_CLOSERS.has(text[k] ?? '')) k++;
      if (text[k] === ' ') k++;
      return text[k] === '(';
    }

    /** Corrections for a reported token; for a compound, corrections of its unknown part. */
    function suggestionsFor(text: string, max: number): string[] {
      if (!HYPHENS.test(text)) return primary.suggestions(text, max);
      const whole: string[] = [];
      // Offsets of the parts, then the first unknown part corrected in place.
      let at = 0;
      const parts = text.split(HYPHENS).map((p) => {
        const part = { text: p, start: at };
        at += p.length + 1;
        return part;
      });
      const bad = parts.find((p) => p.text.length > 1 && !primary.known(p.text));
      if (!bad) return whole;
      const before = text.slice(0, bad.start);
      const after = text.slice(bad.start + bad.text.length);
      return primary.suggestions(bad.text, max).filter((x) => !x.includes(' ')).map((x) => before + x + after);
    }

    /** Is the whole token spelled right for this speller? */
    function checkToken(candidate: Candidate, sp: Speller): boolean {
      const { word } = candidate;
      const text = word.text;
      if (text.includes('.')) {
        // Abbreviations (U.S, a.m) and words joined by a missing space (said.The).
        const pieces = text.split('.');
        if (pieces.every((p) => p.length <= 2)) return true;
        return pieces.every((p, i) => !p || checkPart(p, candidate, sp, word.initial || i > 0, true));
      }
      if (!HYPHENS.test(text)) return checkPart(text, candidate, sp, word.initial, true);
      // Hyphenated compound: the whole may be a dictionary word (e-mail); else every part must be.
      if (sp.known(text)) return true;
      const parts = text.split(HYPHENS);
      // A compound with a name in it is a name: Israel-Hamas, al-Adl, Kyung-ju, Woods-esque.
      if (!options.checkNames) {
        for (let i = 0; i < parts.length; i++) {
          const p = parts[i]!;
          if (!startsUpper(p)) continue;
          if (i > 0 || !word.initial || candidate.titleCase) return true;
          if (!sp.known(p.toLowerCase())) return true;
        }
      }
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        const lower = p.toLowerCase();
        if (!p || hasDigit(p)) continue;
        if (i < parts.length - 1 && COMPOUND_PREFIXES.has(lower)) continue;
        if (NAME_PARTICLES.has(lower) && parts.slice(i + 1).some((q) => startsUpper(q))) continue;
        if (accepted(accept, p)) continue;
        if (checkPart(p, candidate, sp, i === 0 && word.initial, i === 0)) continue;
        // have-nots, the ins and outs: a plural of a word.
        if (i > 0 && lower.length > 3 && lower.endsWith('s') && sp.known(lower.slice(0, -1))) continue;
        return false;
      }
      return true;
    }

    function checkPart(w: string, candidate: Candidate, sp: Speller, initial: boolean, first: boolean): boolean {
      const { word, titleCase } = candidate;
      if (w.length <= 1 || w.length > MAX_WORD) return true;
      const key = nameKey(w);
      if (key.length <= 1) return true;
      if (isAcronym(w)) return !options.checkAcronyms || sp.known(w);
      if (UNITS.has(key) || NAME_PARTICLES.has(key)) return true;
      if (hasInnerUpper(w)) return !options.checkNames || sp.known(w); // iPhone, McDonald
      if (startsUpper(w) && !options.checkNames) {
        // Headlines capitalise every word, and mid-sentence capitals are names.
        if (titleCase || !initial) return true;
        if (sp.known(w)) return true;
        // A sentence-initial name: used as a name elsewhere, or used twice.
        if (names.has(key) || (capitalised.get(key) ?? 0) >= 2) return true;
        const lower = w.toLowerCase();
        // Followed by more of a name (Iain Duncan Smith), unless it is a typo of a function word
        // (Tjhe Australian Open) or has two letters swapped.
        const next = candidate.next;
        if (first && next !== undefined && startsUpper(next.text) && next.text !== 'I' && !sp.known(next.text.toLowerCase())) {
          if (!nearStopword(lower) && !sp.swapped(lower)) return true;
        }
        // A typo is one edit from a word with the same first letter (Teh, Lsat, Enviroment) or two
        // swapped letters (Hwile); a name usually is not (Ipod is not a typo of bipod).
        return !sp.nearSameStart(lower) && !sp.swapped(lower);
      }
      if (sp.known(w)) return true;
      if (names.has(key) && !options.checkNames) return true;
      if (word.hyphenAfter && first && COMPOUND_PREFIXES.has(key)) return true; // pre- and post-war
      // Fragments of contractions split by damaged copy: `isn ' t`, `doesn?t`, `we ' ve`.
      if (word.apostropheAfter && first && (sp.known(`${w}'t`) || sp.known(`${w}'s`))) return true;
      if (word.apostropheBefore && CONTRACTION_ENDINGS.has(key)) return true;
      return false;
    }
  },
});

/** Is `a` one edit (insertion, deletion, substitution or swap of neighbours) from `b`? */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A function word that does not form closed compounds (`back` and `down` do). */
function isFunctionWord(w: string): boolean {
  return STOPWORDS.has(w) && !COMPOUND_PARTICLES.has(w);
}

const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['"', '\u201D', "'", '\u2019', '\u00BB']);

/** Is a function word (the, and, with) one edit away? */
function nearStopword(lower: string): boolean {
  for (const s of STOPWORDS) if (oneEdit(lower, s)) return true;
  return false;
}

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
