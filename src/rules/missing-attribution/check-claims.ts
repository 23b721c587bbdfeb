/**
 * vagueSource and unsourcedClaim, sentence by sentence on the writer's own words (quotations
 * are blanked out: what a quoted speaker says is the quote check's business).
 */
import type { Block } from '../../types.js';
import { requiredLiterals } from '../../text/required-literals.js';
import { ACCUSATION_PATTERNS, LEGAL_CONTEXT, CASUALTY_WORDS, MONEY_CLAIM_WORDS, NUMBER_WORDS, PERSON_NOUNS, STATISTIC_WORDS } from './claims.js';
import { CUE_PHRASE_RE, SOURCE_NAME_RE, SOURCE_NOUN_RE, compilePattern, hasCue, needsUnicode, proseOf, type Prose } from './prose.js';
import { AGENTLESS_JUDGEMENTS, ANONYMITY_EXPLAINED, HEDGED_PASSIVES, VAGUE_PATTERNS, type VaguePattern } from './vague-sources.js';

export interface SpanFinding {
  block: Block;
  /** Offsets in block.text. */
  start: number;
  end: number;
  text: string;
}

export interface ClaimOptions {
  verbs: RegExp;
  vague: boolean;
  hedgedPassives: boolean;
  unnamedSources: boolean;
  claims: boolean;
  statistics: boolean;
}

interface Compiled {
  re: RegExp;
  pattern: VaguePattern;
}
const compile = (list: readonly VaguePattern[]): Compiled[] => list.map((pattern) => ({ re: compilePattern(pattern.source, 'gi'), pattern }));
const VAGUE = compile([...VAGUE_PATTERNS, ...AGENTLESS_JUDGEMENTS]);
const HEDGED = compile(HEDGED_PASSIVES);
const caselessCache = new Map<string, RegExp>();
/** Vague wording that vouches for a claim nearby (the judgements do not: "came under fire" is no source). */
const ANY_VAGUE = anyOf(VAGUE_PATTERNS);
const VAGUE_HINT = anyOf([...VAGUE_PATTERNS, ...AGENTLESS_JUDGEMENTS]);
const ANY_VAGUE_OR_HEDGE = anyOf([...VAGUE_PATTERNS, ...AGENTLESS_JUDGEMENTS, ...HEDGED_PASSIVES]);

/** One case-insensitive RegExp per pattern source, shared by the lists that hold it. */
function caseless(source: string): RegExp {
  let re = caselessCache.get(source);
  if (!re) caselessCache.set(source, (re = new RegExp(source, 'i')));
  return re;
}

/**
 * Tests like the alternation of the patterns (flag i), but a pattern runs — and compiles, which
 * for the whole alternation costs tens of milliseconds — only when the text holds one of its
 * required literals.
 */
function anyOf(list: readonly VaguePattern[]): { test(text: string): boolean } {
  const whole = list.map((p) => `(?:${p.source})`).join('|');
  if (needsUnicode(whole)) return compilePattern(whole, 'i');
  const parts = list.map((p) => ({ re: caseless(p.source), need: requiredLiterals(p.source) }));
  return {
    test(text: string): boolean {
      const lower = text.toLowerCase();
      return parts.some(({ re, need }) => (!need || need.some((s) => lower.includes(s))) && re.test(text));
    },
  };
}
/** Words without which no claim pattern can match (a pre-filter). */
const CLAIM_HINT = new RegExp(
  `\\b(?:${[...CASUALTY_WORDS, ...MONEY_CLAIM_WORDS].join('|')}|accused|suspected|blamed|alleged|responsible|behind|committed)\\b`,
  'i',
);
const STAT_HINT = /\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
const LEGAL_RE = new RegExp(LEGAL_CONTEXT, 'i');
const ACCUSATIONS = ACCUSATION_PATTERNS.map((s) => compilePattern(s, 'gi'));
/** Per accusation pattern, literals one of which a match contains (null: always run it). */
const ACCUSATION_NEEDS = ACCUSATIONS.map((re) => (re.unicode ? null : requiredLiterals(re.source)));
/** A relative or temporal clause opening before a claim, with no clause break in between. */
const RELATIVE_BEFORE = /\b(?:which|that|who|when|where|whose|before|after|since)\b[^.;:!?()]*$/i;
const NAMED_AGENT = /\bby\s+(?:the\s+)?\p{Lu}/u;
const LEAD_IN = /^[\s,;:(—–]*(?:(?:but|and|as|while|though|although|yet|so|because)\s+)?/i;
const EXPLAINED = compilePattern(ANONYMITY_EXPLAINED, 'i');
const NAMED_AFTER = /^\s+(?:in|by|from|on|at|of|published\s+by|carried\s+by)\s+(?:the\s+)?\p{Lu}/u;
const AGENT_AFTER = /^\s*(?:\S+\s+){0,2}?by\b/i;
const TOKEN = /[\p{L}\p{N}$£€¥]+(?:[.,'’-][\p{L}\p{N}]+)*%?/gu;
const DIGITS = /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/;
const CURRENCY = /^(?:[$£€¥]|US\$|usd|gbp|eur)\d|^\d[\d,.]*(?:m|bn|k)$/i;
const CURRENCY_WORDS = new Set(['dollars', 'pounds', 'euros', 'rupees', 'yuan', 'yen', 'roubles', 'rubles', 'francs', 'naira', 'rand', 'pesos', 'usd', 'gbp', 'eur']);
const MONTHS = new Set(['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december']);
const CAS = new Set(CASUALTY_WORDS);
const CAS_NOUNS = new Set(['deaths', 'fatalities', 'casualties', 'injuries', 'arrests', 'hostages', 'detainees']);
const CAS_STATES = new Set(['dead', 'killed', 'injured', 'wounded', 'missing', 'hurt', 'arrested', 'detained', 'died']);
const MONEY_CLAIM = new Set(MONEY_CLAIM_WORDS);
const STAT = new Set(STATISTIC_WORDS);
const NUMW = new Set(NUMBER_WORDS);
const PERSON = new Set(PERSON_NOUNS);
const TRANSITIVE = new Set(['killed', 'killing', 'kills', 'injured', 'injuring', 'wounded', 'wounding', 'arrested', 'detained', 'captured', 'kidnapped', 'abducted', 'executed', 'massacred', 'murdered', 'displaced', 'toll']);
const MODIFIERS = new Set(['at', 'least', 'more', 'than', 'nearly', 'almost', 'about', 'around', 'some', 'over', 'up', 'to', 'of', 'another', 'further', 'additional', 'rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'is', 'was', 'has', 'had', 'now', 'a', 'the', 'total', 'least', 'roughly', 'approximately', 'estimated']);
const AUX = new Set(['were', 'was', 'are', 'is', 'have', 'had', 'has', 'been', 'be', 'being', 'reportedly', 'also', 'later', 'all', 'feared', 'confirmed', 'believed', 'said']);

interface Tok {
  norm: string;
  start: number;
  end: number;
}

function tokenize(text: string, offset: number): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/** A figure: digits (not a year, time, date or age) or a number word ("one" only before a person noun). */
function isFigure(toks: Tok[], i: number, text: string): boolean {
  const t = toks[i]!;
  const next = toks[i + 1]?.norm;
  const prev = toks[i - 1]?.norm;
  if (DIGITS.test(t.norm)) {
    if (/^(?:1[89]|20)\d\d$/.test(t.norm) && !(next && (PERSON.has(next) || CAS_NOUNS.has(next)))) return false;
    if (prev && MONTHS.has(prev)) return false;
    if (next && MONTHS.has(next)) return false;
    const around = text.slice(Math.max(0, t.start - 1), t.end + 1);
    if (/^[:/]|[:/]$/.test(around) || /^\d/.test(text.slice(t.end + 1, t.end + 2))) return false;
    if (next === 'year' || next === 'years' || next === 'pm' || next === 'am' || next === 'percent' || next === 'per') return false;
    return true;
  }
  if (NUMW.has(t.norm)) return true;
  return t.norm === 'one' && next !== undefined && PERSON.has(next);
}

/** A casualty or arrest count: the figure and the casualty word, or undefined. */
function casualtyCount(toks: Tok[], text: string): [number, number] | undefined {
  for (let i = 0; i < toks.length; i++) {
    if (!isFigure(toks, i, text)) continue;
    const fig = toks[i]!;
    const n1 = toks[i + 1];
    // "12 dead", "three killed"
    if (n1 && CAS_STATES.has(n1.norm)) return [fig.start, n1.end];
    // "45 deaths", "12 civilian casualties"
    for (let j = i + 1; j <= Math.min(toks.length - 1, i + 2); j++) if (CAS_NOUNS.has(toks[j]!.norm)) return [fig.start, toks[j]!.end];
    // "two soldiers were killed", "three young men have died"
    for (let j = i + 1; j <= Math.min(toks.length - 1, i + 3); j++) {
      if (!PERSON.has(toks[j]!.norm)) continue;
      let k = j + 1;
      while (k < toks.length && k <= j + 4 && AUX.has(toks[k]!.norm)) k++;
      if (toks[k] && CAS.has(toks[k]!.norm)) return [fig.start, toks[k]!.end];
      break;
    }
    // "45 were killed", "three have died"
    let k = i + 1;
    while (k < toks.length && k <= i + 3 && AUX.has(toks[k]!.norm)) k++;
    if (k > i + 1 && toks[k] && CAS.has(toks[k]!.norm)) return [fig.start, toks[k]!.end];
    // "killed 12", "killing at least 30 people", "the death toll rose to 45", "the death of two children"
    let b = i - 1;
    while (b >= 0 && b >= i - 5 && MODIFIERS.has(toks[b]!.norm)) b--;
    const cue = toks[b];
    const after = n1?.norm ?? '';
    if (cue && CAS.has(cue.norm) && (TRANSITIVE.has(cue.norm) || PERSON.has(after))) return [cue.start, fig.end];
  }
  return undefined;
}

function isMoney(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (CURRENCY.test(t.norm)) return true;
  if (!DIGITS.test(t.norm)) return false;
  const n1 = toks[i + 1]?.norm;
  const n2 = toks[i + 2]?.norm;
  return (n1 !== undefined && CURRENCY_WORDS.has(n1)) || ((n1 === 'million' || n1 === 'billion') && n2 !== undefined && CURRENCY_WORDS.has(n2));
}

/** A money figure next to theft, fraud or damage. */
function moneyClaim(toks: Tok[]): [number, number] | undefined {
  for (let i = 0; i < toks.length; i++) {
    if (!isMoney(toks, i)) continue;
    for (let k = Math.max(0, i - 6); k <= Math.min(toks.length - 1, i + 6); k++) {
      if (MONEY_CLAIM.has(toks[k]!.norm)) return [toks[Math.min(i, k)]!.start, toks[Math.max(i, k)]!.end];
    }
  }
  return undefined;
}

/** A general statistic: a percentage, a money figure, or a figure next to a statistic word. */
function statistic(toks: Tok[], text: string): [number, number] | undefined {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.norm.endsWith('%') || isMoney(toks, i)) return [t.start, t.end];
    if (!isFigure(toks, i, text)) continue;
    for (let k = i + 1; k <= Math.min(toks.length - 1, i + 2); k++) if (STAT.has(toks[k]!.norm)) return [t.start, toks[k]!.end];
  }
  return undefined;
}

function accusation(masked: string, offset: number): [number, number] | undefined {
  const lower = masked.toLowerCase();
  for (let k = 0; k < ACCUSATIONS.length; k++) {
    const re = ACCUSATIONS[k]!;
    const need = ACCUSATION_NEEDS[k];
    if (need && !need.some((s) => lower.includes(s))) continue;
    re.lastIndex = 0;
    const m = re.exec(masked);
    if (!m) continue;
    const end = m.index + m[0].length;
    if (AGENT_AFTER.test(masked.slice(end, end + 40))) continue;
    return [offset + m.index, offset + end];
  }
  return undefined;
}

/**
 * A cue in the claim's sentence or the sentences either side (the claim's own words blanked
 * out); a source noun ("police", "the ministry") counts only in the claim's own sentence. For
 * an accusation (`nouns` false) a legal proceeding in the window is the source instead.
 */
function windowSourced(p: Prose, i: number, blank: [number, number], verbs: RegExp, nouns: boolean): boolean {
  const own = p.sentences[i]!;
  const s = p.sentences[Math.max(0, i - 1)]!.start;
  const e = p.sentences[Math.min(p.sentences.length - 1, i + 1)]!.end;
  const text = p.masked.slice(s, blank[0]) + ' '.repeat(blank[1] - blank[0]) + p.masked.slice(blank[1], e);
  if (hasCue(text, verbs) || ANY_VAGUE.test(text)) return true;
  if (!nouns) return LEGAL_RE.test(text);
  const sentence = p.masked.slice(own.start, blank[0]) + ' '.repeat(blank[1] - blank[0]) + p.masked.slice(blank[1], own.end);
  return SOURCE_NOUN_RE.test(sentence) || SOURCE_NAME_RE.test(sentence);
}

function vagueIn(p: Prose, s: number, e: number, around: () => string, opts: ClaimOptions, explained: boolean, out: SpanFinding[]): void {
  const sentence = p.masked.slice(s, e);
  const lists = opts.hedgedPassives ? [VAGUE, HEDGED] : [VAGUE];
  let lastEnd = -1;
  const found: Array<[number, number]> = [];
  for (const list of lists) {
    for (const { re, pattern } of list) {
      if (pattern.unnamed && (!opts.unnamedSources || explained)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        // Drop the lead-in a crowd pattern may have consumed (", critics say" → "critics say").
        const lead = LEAD_IN.exec(m[0])![0].length;
        const a = s + m.index + lead;
        const b = s + m.index + m[0].length;
        if (pattern.unlessNamed && NAMED_AFTER.test(p.block.text.slice(b, b + 60))) continue;
        if (pattern.needsCue) {
          const rest = p.masked.slice(b, e);
          if (!opts.verbs.test(rest) && !/according\s+to\s*$/i.test(p.masked.slice(Math.max(s, a - 20), a))) continue;
        }
        if (pattern.agentless) {
          const rest = p.masked.slice(s, a) + ' '.repeat(b - a) + p.masked.slice(b, e);
          if (opts.verbs.test(rest) || CUE_PHRASE_RE.test(rest) || NAMED_AGENT.test(rest)) continue;
        }
        if (pattern.window) {
          if (hasCue(around(), opts.verbs)) continue;
        }
        found.push([a, b]);
      }
    }
  }
  found.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  for (const [a, b] of found) {
    if (a < lastEnd) continue;
    lastEnd = b;
    out.push({ block: p.block, start: a, end: b, text: p.block.text.slice(a, b).replace(/\s+/g, ' ') });
  }
}

const DATELINE_CREDIT_RE = /^\s*(?:\p{Lu}[\p{Lu} .,'’-]{1,40}(?:,\s*[\p{L}. ]{2,30})?\s*)?\([\p{L}\p{N} .&'’-]{2,40}\)\s*[-–—_:]/u;

/**
 * The writer's words in the sentences just before and after sentence `i` of `p`. The sentence
 * after may open the next paragraph (a judgement followed by the critic's words: "The plan came
 * under fire." / "“It is a waste,” the union said."); the paragraph before is not looked at,
 * its last attribution belongs to its own quotation.
 */
function neighbours(blocks: readonly Block[], k: number, p: Prose, i: number): string {
  const sentences = p.sentences;
  const parts: string[] = [];
  const prev = sentences[i - 1];
  if (prev) parts.push(p.masked.slice(prev.start, prev.end));
  const next = sentences[i + 1];
  if (next) parts.push(p.masked.slice(next.start, next.end));
  else if (k + 1 < blocks.length) {
    const q = proseOf(blocks[k + 1]!);
    const first = q.sentences[0];
    if (first) parts.push(q.masked.slice(first.start, first.end));
  }
  return parts.join(' ');
}

/**
 * Check vague sources and unsourced claims in the prose blocks. `lead` is the first body
 * paragraph: with a wire dateline ("LONDON (Reuters) —") its claims are the agency's.
 */
export function checkClaims(blocks: readonly Block[], lead: Block | undefined, opts: ClaimOptions): { vague: SpanFinding[]; claims: SpanFinding[] } {
  const vague: SpanFinding[] = [];
  const claims: SpanFinding[] = [];
  const vagueHint = opts.hedgedPassives ? ANY_VAGUE_OR_HEDGE : VAGUE_HINT;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    const p = proseOf(block);
    // Cheap whole-block tests first: most paragraphs hold nothing to check.
    const doVague = opts.vague && vagueHint.test(p.masked);
    const wireLead = block === lead && DATELINE_CREDIT_RE.test(block.text);
    const doClaims = !wireLead && ((opts.claims && CLAIM_HINT.test(p.masked)) || (opts.statistics && STAT_HINT.test(p.masked)));
    if (!doVague && !doClaims) continue;
    const explained = opts.unnamedSources && EXPLAINED.test(block.text);
    p.sentences.forEach((sent, i) => {
      if (doVague) vagueIn(p, sent.start, sent.end, () => neighbours(blocks, k, p, i), opts, explained, vague);
      if (!doClaims) return;
      const masked = p.masked.slice(sent.start, sent.end);
      if (!(opts.claims && CLAIM_HINT.test(masked)) && !(opts.statistics && STAT_HINT.test(masked))) return;
      const toks = tokenize(masked, sent.start);
      let hit: [number, number] | undefined;
      // Source nouns ("police", "the ministry") vouch for figures, not for accusations: in
      // "the official was accused" the noun is the accused.
      let nouns = true;
      if (opts.claims) {
        hit = casualtyCount(toks, p.masked);
        // Background in a relative clause ("the crash, which killed 12") restates an established fact.
        if (hit && RELATIVE_BEFORE.test(p.masked.slice(Math.max(sent.start, hit[0] - 80), hit[0]))) hit = undefined;
        hit ??= moneyClaim(toks);
        if (!hit) {
          hit = accusation(masked, sent.start);
          nouns = hit === undefined;
        }
      }
      if (!hit && opts.statistics) hit = statistic(toks, p.masked);
      if (!hit) return;
      if (windowSourced(p, i, hit, opts.verbs, nouns)) return;
      claims.push({ block, start: hit[0], end: hit[1], text: p.block.text.slice(hit[0], hit[1]).replace(/\s+/g, ' ') });
    });
  }
  return { vague, claims };
}
