import type { Article, Fix, ReportDescriptor } from '../../types.js';
import type { Analysis, Token } from '../../engine/analysis.js';
import { defineRule } from '../define.js';
import { removeLinesFix } from '../../text/fix.js';
import { normalizeLabel } from '../../text/normalize.js';
import { deglue } from '../../text/deglue.js';
import { STOPWORDS } from '../../engine/stopwords.js';
import { ARTICLES, CREDIT_WORDS, IDIOMS, REPEATABLE_LABELS, SELF_REPEAT_LINKS, STAMP_WORDS } from './phrases.js';
import {
  type Unit,
  breadcrumbTailKeys,
  collectUnits,
  contentWords,
  endsLikeSentence,
  titleCore,
  titlePartKeys,
} from './units.js';

export interface DuplicateLabelOptions {
  /** Labels that may repeat (compared after normalisation). */
  allow: string[];
  /** More idioms that repeat a word on purpose. */
  idioms: string[];
  /** Report headings that repeat another with slightly different words. */
  nearDuplicates: boolean;
  /** Report labels that repeat a name inside themselves. */
  selfRepeat: boolean;
}

/** More repeated labels than this in one text are a repeated structure, not slips. */
const MAX_PAIRS = 20;
/** Labels longer than this are prose, not labels. */
const MAX_LABEL_WORDS = 16;
const LINKS = new Set(SELF_REPEAT_LINKS);
const ARTICLE_SET = new Set(ARTICLES);
const STAMPS = new Set(STAMP_WORDS);

/** A time stamp or dateline: nothing but numbers and time words. */
const isStamp = (key: string) => key.split(' ').every((w) => /\d/.test(w) || STAMPS.has(w));
const CREDITS = new Set(CREDIT_WORDS);
/** A picture or source credit: "Photo: …", "Getty Images", "Source: …". */
const isCredit = (key: string) => CREDITS.has(key.split(' ', 1)[0]!) || key.endsWith(' images') || key.endsWith(' photo');

const quote = (s: string) => {
  const t = s.replace(/`/g, "'").replace(/\s+/g, ' ');
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
};

/** Lines that look like navigation rather than a headline: several glued or separated labels. */
function navigational(text: string): boolean {
  const { transitions, separators } = deglue(text);
  return transitions.length >= 2 || separators >= 2 || (transitions.length >= 1 && separators >= 1);
}

/** The headline: the first level-1 heading in Markdown/HTML, else the first line that reads like one. */
function pickHeadline(units: Unit[], article: Article, analysis: Analysis): Unit | undefined {
  if (article.format !== 'text') {
    const h1 = units.find((u) => u.block.kind === 'heading' && u.block.depth === 1);
    if (h1) return h1;
  }
  const first = (skipExcluded: boolean) => {
    for (const u of units.slice(0, 12)) {
      if (skipExcluded && analysis.isExcluded(u.start, u.end)) continue;
      if (u.words > 40) return undefined;
      if (u.words < 2 || isStamp(u.key) || navigational(u.text)) continue;
      return u;
    }
    return undefined;
  };
  // Scraped pages start with the page title ("Headline - Site"), which boilerplate-leakage may
  // already have reported; it still names the headline.
  const any = first(false);
  if (any && (!analysis.isExcluded(any.start, any.end) || titleCore(any.text))) return any;
  return first(true);
}

/** A fix deleting the unit's line(s), offered only when those lines hold nothing else. */
function lineFix(article: Article, u: Unit): Fix | undefined {
  const src = article.source;
  let a = u.start;
  while (a > 0 && src[a - 1] !== '\n' && src[a - 1] !== '\r') a--;
  let b = u.end;
  while (b < src.length && src[b] !== '\n' && src[b] !== '\r') b++;
  if (b - a > 4 * (u.end - u.start) + 200) return undefined;
  // Markup (HTML tags, Markdown link targets) aside, the lines must hold the unit's text only.
  const letters = (s: string) => s.replace(/<[^<>]{0,2000}>|\]\([^()\s]{0,2000}\)/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
  if (letters(article.source.slice(a, b)) !== letters(u.text)) return undefined;
  return removeLinesFix(article, u.start, u.end);
}

export default defineRule<DuplicateLabelOptions>({
  id: 'duplicate-label',
  meta: {
    type: 'problem',
    description: 'Disallow a repeated headline, repeated or near-duplicate section labels, and labels that repeat themselves',
    defaultSeverity: 'error',
    fixable: true,
    order: 20,
    // A headline repeated inside a breadcrumb that boilerplate-leakage already reported is still a duplicate.
    respectsExclusions: false,
    messageSeverity: { selfRepeatingLabel: 'warning' },
    messages: {
      repeatedHeadline: 'Unexpected repeat of the headline `{{headline}}`; remove this line.',
      repeatedHeading: 'Unexpected repeated label `{{label}}`, already used on line {{line}}; rename or remove one of them.',
      nearDuplicateHeading: 'Label `{{label}}` repeats `{{other}}` on line {{line}} with small changes; rename or remove one of them.',
      selfRepeatingLabel: 'Label `{{label}}` repeats `{{word}}`; rephrase it so the name appears once.',
    },
    schema: {
      type: 'object',
      properties: {
        allow: { type: 'array', items: { type: 'string' } },
        idioms: { type: 'array', items: { type: 'string' } },
        nearDuplicates: { type: 'boolean' },
        selfRepeat: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { allow: [], idioms: [], nearDuplicates: true, selfRepeat: true },
  },
  check(context, options) {
    const { article, analysis } = context;
    const units = collectUnits(article);
    if (units.length === 0) return;
    const indexOf = new Map(units.map((u, i) => [u, i]));
    const reported = new Set<Unit>();
    const report = (u: Unit, d: Omit<ReportDescriptor, 'range'>) => {
      reported.add(u);
      context.report({ ...d, range: [u.start, u.end] });
    };
    const lineOf = (u: Unit) => article.lineOf(u.start);

    // 1. The headline repeated: as a whole line, with a site name, or at the end of a breadcrumb.
    const headline = pickHeadline(units, article, analysis);
    const headlineMatches = new Set<Unit>();
    if (headline && headline.words >= 2) {
      const core = titleCore(headline.text);
      const targets = [headline.key, ...(core && core !== headline.key ? [core] : [])].filter((k) => k.split(' ').length >= 2);
      const matches: Array<{ u: Unit; exact: string | undefined }> = [];
      // Cheap prefilter before normalising a line: it must contain the target's longest plain word.
      const plain = (targets[targets.length - 1] ?? '').split(' ').filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
      const longest = plain.reduce((a, w) => (w.length > a.length ? w : a), '');
      // (A lower-case search, not a regex made for each article: compiling one costs more than it saves.)
      const mark = longest.length >= 3 ? longest.toLowerCase() : undefined;
      for (const u of units) {
        if (u === headline) continue;
        if (mark && !u.text.toLowerCase().includes(mark)) continue;
        if (!targets.some((t) => u.key.includes(t))) continue;
        const exact = targets.find((t) => u.key === t);
        if (exact) {
          matches.push({ u, exact });
          continue;
        }
        const long = targets.filter((t) => t.split(' ').length >= 3);
        if (!long.length) continue;
        const maxChars = 2 * Math.max(...long.map((t) => t.length)) + 120;
        const decorated = [...titlePartKeys(u.text, 3), ...breadcrumbTailKeys(u.text, 3, maxChars)];
        if (decorated.some((k) => long.includes(k))) matches.push({ u, exact: undefined });
      }
      if (matches.length) {
        // The cleanest copy is the original: the headline line itself, unless it carries a site
        // name and the bare title appears as a line of its own.
        const bare = core && matches.some((m) => m.exact === core) ? core : headline.key;
        const original = bare === headline.key ? headline : matches.find((m) => m.exact === bare)!.u;
        const all = [{ u: headline, exact: headline.key as string | undefined }, ...matches];
        for (const { u } of all) {
          if (u === original) continue;
          headlineMatches.add(u);
          const fix = lineFix(article, u);
          report(u, {
            messageId: 'repeatedHeadline',
            data: { headline: quote(original.text) },
            ...(fix ? { fix } : {}),
            related: [{ range: [original.start, original.end], message: 'First occurrence of the headline.' }],
          });
        }
        headlineMatches.add(original);
      } else headlineMatches.add(headline);
    }

    // 2. Labels used twice, or nearly so.
    const allow = new Set([...REPEATABLE_LABELS, ...options.allow.map((s) => normalizeLabel(s))]);
    const isLabel = (u: Unit) =>
      u.whole &&
      (u.block.kind === 'heading' || (u.block.kind !== 'list-item' && u.block.kind !== 'quote' && !endsLikeSentence(u.text) && u.words <= 12)) &&
      u.words >= 1 &&
      u.words <= MAX_LABEL_WORDS &&
      /\p{L}/u.test(u.key) &&
      !isStamp(u.key) &&
      !isCredit(u.key) &&
      !analysis.isExcluded(u.start, u.end);
    const labels = units.filter(isLabel);
    const groups = new Map<string, Unit[]>();
    for (const u of labels) {
      if (headlineMatches.has(u) || allow.has(u.key)) continue;
      let g = groups.get(u.key);
      if (!g) groups.set(u.key, (g = []));
      g.push(u);
    }
    const adjacentFix = (first: Unit, second: Unit): { fix?: Fix; suggestions?: ReportDescriptor['suggestions'] } => {
      const fix = lineFix(article, second);
      if (!fix) return {};
      if (indexOf.get(second)! - indexOf.get(first)! === 1) return { fix };
      return { suggestions: [{ desc: 'Remove the repeated label.', fix }] };
    };
    const same = (a: string, b: string) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');
    // A whole run of lines repeated (a menu printed twice, a teaser list) is page chrome, left to
    // boilerplate-leakage: a pair whose neighbour lines repeat too is not reported.
    const introducesProse = (i: number) => {
      const n = units[i + 1];
      if (n === undefined || n.block.kind === 'heading') return false;
      return n.words > 12 || endsLikeSentence(n.text) || n.block.kind === 'list-item' || n.block.kind === 'quote';
    };
    // Likewise a pair whose two copies both stand next to lines reported as chrome.
    const nearChrome = (i: number) => [units[i - 1], units[i + 1]].some((n) => n !== undefined && analysis.isExcluded(n.start, n.end));
    const inRun = (a: Unit, b: Unit) => {
      const i = indexOf.get(a)!;
      const j = indexOf.get(b)!;
      if (j - i === 1) return false;
      if (nearChrome(i) && nearChrome(j)) return true;
      // A section label introduces prose; a label that does not (a teaser list, a menu) is chrome.
      if (!introducesProse(i) || !introducesProse(j)) return true;
      return units[i - 1]?.key === units[j - 1]?.key || (j + 1 < units.length && units[i + 1]?.key === units[j + 1]?.key);
    };
    // A label used three or more times is a pattern (speaker names, per-item labels), not a slip.
    const pairs: Array<[Unit, Unit]> = [];
    for (const g of groups.values()) if (g.length === 2 && !inRun(g[0]!, g[1]!)) pairs.push([g[0]!, g[1]!]);
    // Two labels that both come back in the same order (Design, Battery … Design, Battery) are the
    // sections of a comparison, one set per item: a template, not a slip.
    const at = (u: Unit) => indexOf.get(u)!;
    const parallel = (p: [Unit, Unit]) =>
      pairs.some((q) => q !== p && ((at(p[0]) < at(q[0]) && at(q[0]) < at(p[1]) && at(p[1]) < at(q[1])) || (at(q[0]) < at(p[0]) && at(p[0]) < at(q[1]) && at(q[1]) < at(p[1]))));
    // Past a handful of pairs the text repeats its structure (a page printed twice), not a label.
    for (const pair of pairs.length > MAX_PAIRS ? [] : pairs) {
      if (pairs.length > 1 && parallel(pair)) continue;
      const [first, second] = pair;
      report(second, {
        messageId: same(first.text, second.text) ? 'repeatedHeading' : 'nearDuplicateHeading',
        data: { label: quote(second.text), other: quote(first.text), line: lineOf(first) },
        ...adjacentFix(first, second),
        related: [{ range: [first.start, first.end], message: 'First use of the label.' }],
      });
    }
    if (options.nearDuplicates) {
      const pool = [...(headline && !reported.has(headline) ? [headline] : []), ...labels.filter((u) => u !== headline && !reported.has(u) && !headlineMatches.has(u) && !allow.has(u.key))];
      // Same content words (and numbers), in any case, order or punctuation: one signature each.
      const firstBySignature = new Map<string, Unit>();
      for (const u of pool) {
        const words = new Set([...contentWords(u.key, STOPWORDS), ...u.key.split(' ').filter((w) => /\d/.test(w))]);
        if (words.size < 2) continue;
        const signature = [...words].sort().join(' ');
        const first = firstBySignature.get(signature);
        if (!first) {
          firstBySignature.set(signature, u);
          continue;
        }
        if (first.key === u.key || reported.has(first) || inRun(first, u)) continue;
        report(u, {
          messageId: 'nearDuplicateHeading',
          data: { label: quote(u.text), other: quote(first.text), line: lineOf(first) },
          ...adjacentFix(first, u),
          related: [{ range: [first.start, first.end], message: 'The label it repeats.' }],
        });
      }
    }

    // 3. Labels that repeat a name inside themselves.
    if (options.selfRepeat) {
      const idioms = [...IDIOMS, ...options.idioms.map((s) => normalizeLabel(s))];
      const labelSet = new Set(labels);
      const candidates = units.filter((u) => u === headline || (labelSet.has(u) && !reported.has(u)));
      for (const u of candidates) {
        if (u.words < 4 || u.words > MAX_LABEL_WORDS) continue;
        const word = selfRepeat(analysis.tokens(u.block).filter((t) => t.start >= u.start && t.end <= u.end), idioms);
        if (word) report(u, { messageId: 'selfRepeatingLabel', data: { label: quote(u.text), word } });
      }
    }
  },
});

const base = (t: Token) => t.norm.replace(/'s?$/, '');

/**
 * The repeated name of a tautological label — a capitalised content word that comes back right
 * after a linking preposition two or three words later ("Jupiter's Journey to Jupiter",
 * "Mars Mission to the Mars") — or undefined. One word between ("Coast to Coast", "Step by
 * Step") is an idiom and never counts; listed idioms never count.
 */
function selfRepeat(tokens: Token[], idioms: readonly string[]): string | undefined {
  for (let j = 3; j < tokens.length; j++) {
    const tj = tokens[j]!;
    if (!tj.capitalised || tj.stop || /\d/.test(tj.norm)) continue;
    const bj = base(tj);
    if (bj.length < 3 || STOPWORDS.has(bj)) continue;
    for (const gap of [3, 4]) {
      const ti = tokens[j - gap];
      if (!ti || !ti.capitalised || base(ti) !== bj) continue;
      const before = tokens[j - 1]!.norm;
      const linked = LINKS.has(before) || (ARTICLE_SET.has(before) && gap === 4 && LINKS.has(tokens[j - 2]!.norm));
      if (!linked) continue;
      // "Step by Step Guide to Step …": the word already sits in a reduplicative idiom.
      if (tokens.some((t, k) => k + 2 < tokens.length && base(t) === bj && base(tokens[k + 2]!) === bj)) continue;
      const span = tokens.slice(j - gap, j + 1).map((t) => t.norm).join(' ');
      if (idioms.some((p) => span.includes(p) || p.includes(span))) continue;
      return tj.text;
    }
  }
  return undefined;
}
