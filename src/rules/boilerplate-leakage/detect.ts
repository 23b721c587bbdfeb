/**
 * Line-level detectors of site chrome. Each looks at one line of text and says what kind of
 * chrome it is, if any. Context (position, neighbours, page mode) is applied in index.ts.
 */
import { STOPWORDS } from '../../engine/stopwords.js';
import { CAMEL_CASE_NAMES, GLUE_SECTION_WORDS } from './phrases.js';
import { PhraseSet, wordTokens } from './lexicon.js';
import { CHROME_SENTENCES, NAV_COMMANDS, SHORT_CHROME_SENTENCES, SHORT_SENTENCE_WORDS } from './patterns.js';
import { anyMatcher } from '../../text/required-literals.js';

/** The pattern lists as one test each; a pattern runs only when its required literals occur. */
const isNavCommandText = anyMatcher(NAV_COMMANDS);
const isChromeSentenceText = anyMatcher(CHROME_SENTENCES);
const isShortChromeSentenceText = anyMatcher(SHORT_CHROME_SENTENCES);

export type Kind =
  | 'gluedBreadcrumb'
  | 'navigation'
  | 'chromePhrase'
  | 'legalFooter'
  | 'formField'
  | 'imageCredit'
  | 'teaserRun'
  | 'outsideArticle';

export interface Lexicons {
  chrome: PhraseSet;
  nav: PhraseSet;
  triggers: PhraseSet;
  form: PhraseSet;
  utility: PhraseSet;
  networks: ReadonlySet<string>;
  allow: PhraseSet;
}

/** Words ignored when measuring how much of a line is chrome vocabulary. */
const FILLER_WORDS = new Set(
  'a an the this that these to of on in for and or our us your you with by here now me my it at from via all is are be it\'s'.split(' '),
);
/** Filler words and bare numbers ("Comments (12)", "Share 24"). */
export const FILLER = {
  has: (t: string): boolean => FILLER_WORDS.has(t) || /^\d+$/.test(t),
};

const CAMEL = new Set(CAMEL_CASE_NAMES);
const GLUE_SECTIONS = new Set(GLUE_SECTION_WORDS);
const GLUE_PARTICLE = /^(?:mc|mac|de|di|da|du|le|la|van|von|del|al|el|o'|d')$/i;
const TRANSITION = /\p{Ll}\p{Lu}/gu;
const HAS_TRANSITION = /\p{Ll}\p{Lu}/u;
const BREADCRUMB_SEP = /[›»|•·>]/;

/** Lower→upper transitions inside tokens that look like labels run together ("HomeMicro"). */
export function glueTransitions(text: string): { count: number; sectionWord: boolean } {
  let count = 0;
  let sectionWord = false;
  // No lower→upper pair anywhere: no token can hold one (most lines).
  if (text.length > 400 || !HAS_TRANSITION.test(text)) return { count, sectionWord };
  for (const tok of text.split(/\s+/)) {
    if (tok.length < 4 || /[\d@#/\\]|https?:|www\./i.test(tok)) continue;
    if (/^\p{Ll}/u.test(tok)) continue; // iPhone, eBay
    const bare = tok.replace(/[^\p{L}']/gu, '').toLowerCase();
    if (CAMEL.has(bare) || CAMEL.has(bare.replace(/'s$/, ''))) continue;
    for (const m of tok.matchAll(TRANSITION)) {
      const left = tok.slice(0, m.index + 1).replace(/^[^\p{L}]+/u, '');
      const right = tok.slice(m.index + 1);
      if (GLUE_PARTICLE.test(left)) continue;
      if (!/^\p{Lu}\p{Ll}/u.test(right)) continue; // PhD, iOS-style tails, acronyms
      // the left side must itself start a word in capitals (a label), e.g. "Home" in "HomeMicro"
      const leftWord = left.match(/\p{Lu}[\p{Ll}']*$/u)?.[0] ?? left;
      if (leftWord.length < 2) continue;
      count++;
      if (GLUE_SECTIONS.has(leftWord.toLowerCase()) && /^\p{Lu}\p{Ll}{3,}/u.test(right)) sectionWord = true;
    }
  }
  return { count, sectionWord };
}

export function isGluedBreadcrumb(text: string, s: Shape): boolean {
  if (s.words > 25 || (s.terminal && s.stopDensity >= 0.2)) return false;
  const g = glueTransitions(text);
  if (s.words > 16 || s.stopDensity >= 0.3) return g.count >= 3;
  if (s.words > 12) return g.count >= 2;
  if (g.count >= 2) return true;
  return g.count === 1 && (g.sectionWord || BREADCRUMB_SEP.test(text));
}

// --- legal footers -------------------------------------------------------------------------

const YEAR = /\b(?:19|20)\d\d\b/;
const RIGHTS = /\ball rights reserved\b|\ball right reserved\b/i;
const COPYRIGHT_WORD = /\bcopyright\b/i;
const COPY_SIGN = /©|\(c\)(?=\s*(?:19|20)\d\d)|&copy;/i;
const COMPANY = /\b(?:inc|ltd|limited|llc|plc|gmbh|corp|corporation|company|co|group|media|publications|publishing|press|newspapers?|holdings|network|pty)\b\.?/i;
const REPRODUCE = /\b(?:may|must|can)(?:\s+not|not)\s+be\s+(?:re)?(?:published|produced|distributed|broadcast|written|reproduced|redistributed|copied)\b/i;
const TRADEMARK = /\b(?:is|are) (?:a |the )?(?:registered )?trade ?marks? of\b/i;
const SHORT_WORDS = 20;
const READER = /\b(?:please|you|your|our|this (?:site|website|page))\b/i;
const POLICY = /\b(?:terms of (?:use|service|sale)|terms (?:and|&) conditions|privacy (?:policy|statement|notice|settings)|cookie (?:policy|settings|preferences|notice)|subscriber agreement|user agreement|copyright policy|accessibility statement|do not sell my)\b/i;

/** "Example Publishing Group.", "Example Media Publications Pty Limited,": the publisher's name on its own line. */
const IMPRINT = /^(?:The )?(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*,? ){0,5}(?:(?:Publishing|Publications|Newspapers?)(?: (?:Group|Company|Co\.?|Inc\.?|Ltd\.?|Limited|Pty|LLC|PLC|Corp\.?|Corporation|Holdings))*|(?:Media|News|Press)(?: (?:Group|Company|Co\.?|Inc\.?|Ltd\.?|Limited|Pty|LLC|PLC|Corp\.?|Corporation|Holdings))+)[.,]?$/u;

export function isPublisherImprint(text: string, words: number): boolean {
  const t = text.trim();
  return words >= 2 && words <= 8 && t.length <= 80 && !/^about\b/i.test(t) && !BYLINE_LIKE.test(t) && IMPRINT.test(t);
}

export function isLegalFooter(text: string, words: number): boolean {
  if (RIGHTS.test(text) || REPRODUCE.test(text) || (TRADEMARK.test(text) && words <= SHORT_WORDS)) return true;
  if (COPYRIGHT_WORD.test(text) && (YEAR.test(text) || COPY_SIGN.test(text)) && words <= 30) return true;
  if (COPY_SIGN.test(text) && words <= 30 && (YEAR.test(text) || COMPANY.test(text))) return true;
  if (POLICY.test(text) && (words <= 12 || (words <= 60 && READER.test(text)))) return true;
  return false;
}

// --- reader-directed chrome sentences --------------------------------------------------------


const BARE_LINK = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/[^\s/]\S*$/u;

/** A URL with a path standing alone on a line. */
export function isBareLink(text: string): boolean {
  const t = text.trim();
  return t.length < 400 && BARE_LINK.test(t);
}


export function isNavCommand(text: string, words: number): boolean {
  if (words > 20 || /[.!?:]$/.test(text.trim())) return false;
  return isNavCommandText(text.trim());
}


export function isChromeSentence(text: string, words: number): boolean {
  if (words > 60 || text.length > 600) return false;
  return isChromeSentenceText(text) || (words <= SHORT_SENTENCE_WORDS && isShortChromeSentenceText(text.trim()));
}

// --- lexicon coverage -----------------------------------------------------------------------

/** A short line made (almost) only of chrome words: "Print Email To Editor Post Comments". */
export function isChromeLexicon(tokens: readonly string[], lex: Lexicons): boolean {
  if (tokens.length === 0 || tokens.length > 14) return false;
  const c = lex.chrome.cover(tokens, FILLER);
  if (c.content === 0) return false;
  if (c.covered === c.content) return true;
  return c.content >= 4 && c.covered / c.content >= 0.6 && c.matches >= 2;
}

/** "Follow NAME on Twitter", "Share on Facebook", "Subscribe to NAME". */
const FOLLOW = /^(?:follow|like|find|join|connect with|watch|listen to|share)\b.{0,60}\bon (\p{L}+)$/iu;
export function isFollowLine(text: string, lex: Lexicons): boolean {
  if (text.length > 100) return false;
  const m = FOLLOW.exec(text.trim().replace(/[.!:]+$/, ''));
  return !!m && lex.networks.has(m[1]!.toLowerCase());
}

/** The tokens end in the name of a site service page ("… media kit", "… FAQs", "… homepage"). */
export function endsWithUtilityPage(tokens: readonly string[], lex: Lexicons): boolean {
  for (let i = Math.max(0, tokens.length - 3); i < tokens.length; i++) if (lex.utility.matchAt(tokens, i) === tokens.length - i) return true;
  return false;
}

/** A short link to a service page of the site: "Tribune Media Kit", "Newsroom FAQs", "Create your own RSS". */
export function isUtilityLabel(text: string, tokens: readonly string[], lex: Lexicons): boolean {
  if (tokens.length === 0 || tokens.length > 5 || text.length > 60 || /[.!?:;,)]$/.test(text.trim())) return false;
  return endsWithUtilityPage(tokens, lex);
}

// --- navigation -----------------------------------------------------------------------------

// Lookbehinds start a match only at the first space of a run, keeping the scan linear.
const SEGMENT_SPLIT = /(?<!\s)\s*[|›»•·]\s*|(?<=\S)\s+[>\/]\s+/;
const DATE_OR_BYLINE = /^(?:by|posted|published|updated|last updated|filed)\b|\b(?:19|20)\d\d\b|\d{1,2}:\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d/i;
const ARROW_EDGE = /^[«‹<]+\s*\S|\S\s*[»›>]+$/;

/** A line whose tokens are all navigation labels ("World", "Real Estate", "Jobs"). */
export function isNavWords(tokens: readonly string[], lex: Lexicons, text?: string): boolean {
  if (tokens.length === 0 || tokens.length > 5) return false;
  if (text !== undefined && /:\s*$/.test(text)) return false;
  const c = lex.nav.cover(tokens, FILLER);
  return c.content > 0 && c.covered === c.content;
}

/** "News | Sport | Weather", "Home › World › Asia", "Entertainment |", "« Previous". */
export function isSeparatorNav(text: string, tokens: readonly string[], lex: Lexicons): boolean {
  if (text.length > 1000) return false;
  const trimmed = text.trim();
  const segs = trimmed.split(SEGMENT_SPLIT).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const hasSep = segs.length >= 2 || /^[|›»•·]|[|›»•·]$/.test(trimmed);
  if (!hasSep) {
    if (ARROW_EDGE.test(trimmed) && tokens.length <= 5) {
      const c = lex.chrome.cover(tokens, FILLER);
      const n = lex.nav.cover(tokens, FILLER);
      return c.covered > 0 || n.covered > 0 || tokens.length <= 2;
    }
    return false;
  }
  if (segs.some((s) => DATE_OR_BYLINE.test(s) || (/[.!?]$/.test(s) && !/(?:\.\.\.|…)$/.test(s)) || s.split(/\s+/).length > 6)) return false;
  const segToks = segs.map((s) => wordTokens(s));
  const allLexicon = segToks.every((t) => isNavWords(t, lex) || isChromeLexicon(t, lex));
  if (allLexicon) return true;
  const firstHome = segToks[0]?.[0] === 'home';
  if (firstHome && segs.length >= 2) return true;
  const pipes = (trimmed.match(/[|›»•·]/g) ?? []).length;
  const short = segs.every((s) => s.split(/\s+/).length <= 6);
  if (segs.length >= 3 && pipes >= 2) return short;
  if (segs.length === 2 && /^[|›»•·]|[|›»•·]$/.test(trimmed)) return short;
  if (segs.length === 2 && short && segToks.some((t) => isChromeLexicon(t, lex))) return true;
  // a single label hanging off a separator: "Entertainment |"
  if (segs.length === 1 && tokens.length <= 4) return true;
  return false;
}

// --- teasers and headline-like lines --------------------------------------------------------

const TERMINAL = /[.!:;,]["'”’)]?$/;
const TRAILING_SYMBOL = /[\s\p{So}\p{Sk}\u200d\ufe0f\ud800-\udfff]/u;

/** The text without trailing spaces, emoji and symbols (a loop: no regex backtracking on long runs). */
function stripTrailingSymbols(text: string): string {
  let e = text.length;
  while (e > 0 && TRAILING_SYMBOL.test(text[e - 1]!)) e--;
  return text.slice(0, e);
}
const TIME_PREFIX = /^(?:\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b)/i;
/** "12 March 2024: Headline", "March 12, 2024 - Headline": a dated teaser in an archive list. */
const DATE_PREFIX = /^(?:\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})\s*[:|–—-]\s*(?=\p{Lu}|\d)/u;
const DATE_SUFFIX = /\((?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{2,4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})[^)]{0,40}\)\s*$/u;

export interface Shape {
  words: number;
  stopDensity: number;
  capRatio: number;
  terminal: boolean;
}

export function shapeOf(text: string, tokens: readonly string[]): Shape {
  const raw = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  let caps = 0;
  let content = 0;
  for (const w of raw) {
    const lw = w.toLowerCase();
    if (STOPWORDS.has(lw)) continue;
    if (!/\p{L}/u.test(w)) continue;
    content++;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  const stops = tokens.filter((t) => STOPWORDS.has(t)).length;
  return {
    words: tokens.length,
    stopDensity: tokens.length ? stops / tokens.length : 0,
    capRatio: content ? caps / content : 0,
    terminal: TERMINAL.test(stripTrailingSymbols(text)),
  };
}

/** A line that reads like a headline: short, no sentence ending, starts with a capital. */
export function isHeadlineLike(text: string, s: Shape): boolean {
  if (s.words < 2 || s.words > 18 || s.terminal) return false;
  const t = text.trim();
  if (!/^[\p{Lu}\p{N}'‘"“]/u.test(t)) return false;
  if (/^(?:by|from|posted|published|updated|last updated|photo|image|source)\b/i.test(t)) return false;
  if (/:\s*$/.test(t)) return false;
  return true;
}

const DATA_ROW = /\d[:.]\d\d\b|\d\s?(?:a\.?m|p\.?m)\b|\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|@|\s:\s|[$€£¥₩]|(?:^|[^\d])\d{1,2}\)?\s*$/i;

/** A teaser headline without a label before it: headline-like, and not a data row (dates, times, scores). */
export function isDataRow(text: string): boolean {
  return text.length < 300 && (DATA_ROW.test(text) || /^\d/.test(text.trim()));
}

const BYLINE_LIKE = /^(?:by|from|author|posted|published|updated|filed|written|source|photo|image)\b|\b(?:staff|press|agenc(?:y|ies)|writer|reporter|correspondent|editor|bureau|wire|associated|reuters|afp|ap|ians|pti|upi|ani|newspapers?|desk)\b|--|—\s*$/i;

/** A short label: 1–4 words, no sentence ending, not a byline, dateline or date. */
/** A dateline or byline on its own ("January 18, 2008", "By Ann Example"). */
export function isDateOrByline(text: string, words: number): boolean {
  return words <= 6 && text.length < 120 && (DATE_OR_BYLINE.test(text.trim()) || BYLINE_LIKE.test(text.trim()));
}

export function isBylineLike(text: string): boolean {
  return text.length < 300 && BYLINE_LIKE.test(text.trim());
}

export function isLabelLike(text: string, tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 4 || text.length > 60) return false;
  const t = text.trim();
  if (/[.!?:;,)]$/.test(t) || /^[(\[]/.test(t) || t.includes(',')) return false;
  return !BYLINE_LIKE.test(t) && !DATE_OR_BYLINE.test(t) && !isDataRow(t) && !/\b(?:gmt|bst|utc|[ecmp][sd]?t)\b/i.test(t);
}

export function isBareTeaserHeadline(text: string, s: Shape): boolean {
  return s.words >= 3 && isHeadlineLike(text, s) && !DATA_ROW.test(text);
}

/** "15 hours ago - Headline", "11:48PM Headline", "Headline (30 Dec 07 | Section)". */
export function isStampedTeaser(text: string): boolean {
  const t = text.trim();
  if (t.length > 250) return false;
  // Cheap necessary conditions first: a time prefix opens with a digit, a date suffix closes with ")".
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57 && TIME_PREFIX.test(t)) return /\p{L}{3,}.*\p{L}{3,}/u.test(t.replace(TIME_PREFIX, ''));
  const dated = DATE_PREFIX.exec(t);
  if (dated) {
    const rest = t.slice(dated[0].length);
    return rest.split(/\s+/).length >= 4 && !/[.!?]["'”’)]?$/.test(rest);
  }
  return t.endsWith(')') && DATE_SUFFIX.test(t) && t.split(/\s+/).length >= 4;
}

/** "Gemini: During the early mor..." — text cut off mid-word, as teaser blurbs are. */
export function isTruncated(text: string): boolean {
  return text.length < 200 && /\p{Ll}(?:\.\.\.|…)$/u.test(text.trim()) && text.trim().split(/\s+/).length >= 3;
}

const TRIGGER_PATTERN = /^(?:more|latest|related|other|top|popular|recent|further|also|current) (?:[\p{L}'&-]+ ){0,3}(?:news|stories|articles|headlines|videos|coverage|posts|links|reading|features)$|^more (?:from|on|in|about) [\p{L}\p{N}'& .-]{1,40}$|^today on [\p{L}\p{N}'& .-]{1,30}$/u;

const TRIGGER_FIRST = new Set(['more', 'latest', 'related', 'other', 'top', 'popular', 'recent', 'further', 'also', 'current', 'today']);

/** A teaser-list label: "More like this", "Related links:", "Most read", "More from NAME". */
export function isTriggerLabel(text: string, tokens: readonly string[], lex: Lexicons): boolean {
  if (tokens.length === 0 || tokens.length > 7 || text.length > 200) return false;
  const t = text.trim().replace(/[:»›>\s]+$/, '').replace(/^[«‹<»›>\s]+/, '');
  if (/[.!?]$/.test(t)) return false;
  if (lex.triggers.hasWhole(tokens)) return true;
  // Every branch of the pattern opens with one of TRIGGER_FIRST and a space: check that first.
  const joined = tokens.join(' ');
  const space = joined.indexOf(' ');
  return space > 0 && TRIGGER_FIRST.has(joined.slice(0, space)) && TRIGGER_PATTERN.test(joined);
}

// --- forms and credits ----------------------------------------------------------------------

/** "Your name: *", "Email ID *", "Subject:", "Enter the security code shown below:". */
export function isFormField(text: string, lex: Lexicons): boolean {
  const t = text.trim();
  if (t.length > 120) return false;
  if (/^enter (?:the |your )?(?:verification|security|captcha) ?code\b/i.test(t)) return true;
  const m = /^([^:*()]{1,40}?)\s*(?::\s*\*?|\*)\s*(?:\(.{0,60}\))?\s*$/.exec(t);
  if (!m) return false;
  const toks = wordTokens(m[1]!);
  return toks.length > 0 && toks.length <= 4 && lex.form.hasWhole(toks);
}

const CREDIT = /^\(?(?:photo|image|picture|photograph|pic|illustration|graphic|video|footage)s?(?: credits?| courtesy)?\s*(?::|by\b|\/|courtesy\b)|^\(?credits?\s*:|\b(?:getty images|ap photo|afp via getty|via getty|shutterstock|istockphoto|alamy)\b/i;

export function isImageCredit(text: string, words: number): boolean {
  return words <= 16 && CREDIT.test(text.trim());
}
