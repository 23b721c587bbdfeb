/**
 * From line verdicts to findings: standalone detectors first, then teaser runs after trigger
 * labels, then the story's edges (lines before the first and after the last prose line, where
 * chrome collects), then — for whole scraped pages — everything outside the main body.
 */
import {
  isChromeLexicon,
  isChromeSentence,
  isFollowLine,
  isFormField,
  isGluedBreadcrumb,
  isBareTeaserHeadline,
  isHeadlineLike,
  isImageCredit,
  isLegalFooter,
  isNavWords,
  isNavCommand,
  isBareLink,
  isLabelLike,
  isBylineLike,
  isDateOrByline,
  isSeparatorNav,
  isStampedTeaser,
  isTriggerLabel,
  isTruncated,
  isDataRow,
  isUtilityLabel,
  isPublisherImprint,
  type Kind,
  type Lexicons,
} from './detect.js';
import { isProse, type Unit } from './units.js';
import { normalizeLabel } from '../../text/normalize.js';

export type PageMode = 'auto' | 'always' | 'never';

const QUERY_STRING = /\?[^\s=&]{1,40}=[^\s&]*&/;

function classify(u: Unit, lex: Lexicons, prevText: string): void {
  const { text, tokens, shape } = u;
  if (tokens.length > 0 && lex.allow.cover(tokens, new Set()).matches > 0) return;
  const set = (k: Kind, what: string) => {
    u.strong = k;
    u.what = what;
  };
  if (isGluedBreadcrumb(text, shape)) return set('gluedBreadcrumb', 'labels run together');
  if (isLegalFooter(text, shape.words)) return set('legalFooter', 'copyright or site terms');
  if (isFormField(text, lex)) return set('formField', 'form field');
  if (isTriggerLabel(text, tokens, lex)) {
    u.trigger = true;
    u.what = 'teaser list label';
    return;
  }
  // a short sentence ending in a full stop ("Instagram and Facebook.") is prose, not a menu item
  const sentence = /\.["'”’)]?$/.test(text) && !/\.\.\.$|…$/.test(text);
  if (!sentence && isSeparatorNav(text, tokens, lex)) return set('navigation', 'menu or breadcrumb');
  if ((!sentence && isChromeLexicon(tokens, lex)) || isFollowLine(text, lex)) return set('chromePhrase', 'share, print, account or advert link');
  if (isChromeSentence(text, shape.words)) return set('chromePhrase', 'message from the site');
  if (isNavCommand(text, shape.words)) return set('navigation', 'navigation link');
  if (isBareLink(text) && !/:\s*$/.test(prevText)) {
    // a page address with a query string ("…/story?id=123&page=2") is a scraped link, wherever it stands
    if (QUERY_STRING.test(text)) return set('navigation', 'bare link');
    u.weak = 'navigation';
    u.what = 'bare link';
    return;
  }
  if (!sentence && isUtilityLabel(text, tokens, lex)) {
    u.weak = 'navigation';
    u.what = 'link to a site page';
    return;
  }
  if (!sentence && isNavWords(tokens, lex, text)) {
    u.weak = 'navigation';
    u.what = 'section label';
    return;
  }
  if (u.linkDensity !== undefined && u.linkDensity >= 0.5 && shape.words <= 12) {
    u.weak = 'navigation';
    u.what = 'link';
    return;
  }
  if (isPublisherImprint(text, shape.words)) {
    u.weak = 'legalFooter';
    u.what = 'publisher imprint';
    return;
  }
  if (isImageCredit(text, shape.words)) {
    u.weak = 'imageCredit';
    u.what = 'image credit';
    return;
  }
  if (isStampedTeaser(text) || isTruncated(text)) {
    u.weak = 'teaserRun';
    u.what = 'teaser';
  }
}

const teaserHeadline = (u: Unit) => !u.strong && !u.trigger && u.shape.words >= 3 && isHeadlineLike(u.text, u.shape);

/** Labels that introduce the story's own summary bullets, not a teaser list. */
const HIGHLIGHTS = /^(?:story highlights|highlights|key points|key facts|in brief|at a glance|summary|the facts|quick facts|what we know|what you need to know|tl;?dr)\W*$/i;

/** "Label: value" where the value is short or numeric (a spec sheet or fact box, not a teaser). */
function dataLabel(text: string): boolean {
  const m = /^[\p{L}\p{N} ]{1,24}:\s(.*)$/u.exec(text.length < 300 ? text : '');
  if (!m) return false;
  const value = m[1]!;
  return /\d/.test(value) || value.trim().split(/\s+/).length <= 4;
}

/** A line that can stand in an unlabelled teaser list: no "Label: value", no list numbering, no enumerations. */
const listTeaser = (u: Unit) =>
  isBareTeaserHeadline(u.text, u.shape) && !isBylineLike(u.text) && !dataLabel(u.text) && !/^\d/.test(u.text) && (u.text.match(/,/g) ?? []).length < 2 && /\p{Ll}{3,}/u.test(u.text);

/** Mark the items of a teaser list that follows a trigger label. */
function teaserAfter(units: Unit[], t: number): void {
  let prevHeadline = false;
  for (let j = t + 1; j < units.length && j <= t + 40; j++) {
    const u = units[j]!;
    if (u.flag) {
      prevHeadline = false;
      continue;
    }
    if (u.strong) {
      u.flag = u.strong;
      prevHeadline = false;
      continue;
    }
    if (u.trigger || isDateOrByline(u.text, u.shape.words)) break;
    const headline = teaserHeadline(u) || (u.weak === 'teaserRun');
    if (headline || u.weak === 'navigation') {
      u.flag = 'teaserRun';
      u.what = 'teaser';
      prevHeadline = headline;
      continue;
    }
    // a one-line summary under a teaser headline, followed by another teaser or the end
    const next = units[j + 1];
    if (prevHeadline && u.shape.words <= 45 && (!next || teaserHeadline(next) || next.strong || next.trigger)) {
      u.flag = 'teaserRun';
      u.what = 'teaser summary';
      prevHeadline = false;
      continue;
    }
    break;
  }
}

export function judge(units: Unit[], lex: Lexicons, pageMode: PageMode, pickHeadline: (units: Unit[]) => number): void {
  for (const u of units) classify(u, lex, units[u.idx - 1]?.text ?? '');
  const headlineIdx = pickHeadline(units);
  for (const u of units) if (u.strong && u.idx !== headlineIdx) u.flag = u.strong;
  if (headlineIdx >= 0 && units[headlineIdx]?.strong === 'gluedBreadcrumb') units[headlineIdx]!.flag = 'gluedBreadcrumb';

  let firstProse = units.findIndex((u) => u.idx !== headlineIdx && isProse(u));
  // teaser lists: a label, then headline-like lines (and their one-line summaries)
  for (const u of units) {
    if (!u.trigger || u.idx === headlineIdx) continue;
    const lone = u.tokens.length === 1 && u.tokens[0] === 'more';
    u.flag = firstProse < 0 || u.idx < firstProse || lone ? 'navigation' : 'teaserRun';
    if (firstProse >= 0 && u.idx > firstProse) teaserAfter(units, u.idx);
  }

  const prose = (u: Unit) => u.idx !== headlineIdx && !u.flag && isProse(u);
  firstProse = units.findIndex(prose);
  let lastProse = -1;
  for (let i = units.length - 1; i >= 0; i--) if (prose(units[i]!)) {
    lastProse = i;
    break;
  }
  const edge = (i: number) => firstProse < 0 || i < firstProse || i > lastProse;

  // trailing headline runs after the story
  if (lastProse >= 0) {
    let i = lastProse + 1;
    while (i < units.length) {
      let j = i;
      let heads = 0;
      while (j < units.length) {
        const u = units[j]!;
        const head = (!u.strong && !u.trigger && listTeaser(u)) || u.weak === 'teaserRun';
        if (!(head || u.flag || u.weak === 'navigation' || (!u.strong && !u.trigger && isLabelLike(u.text, u.tokens)))) break;
        if (head) heads++;
        j++;
      }
      if (heads >= 2) for (let k = i; k < j; k++) {
        const u = units[k]!;
        if (!u.flag && k !== headlineIdx) {
          u.flag = u.weak === 'navigation' ? 'navigation' : 'teaserRun';
          u.what ??= 'teaser';
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  // three or more headline-like lines in a row, anywhere: a teaser list without a label
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j < units.length && j !== headlineIdx && !units[j]!.flag && !units[j]!.strong && listTeaser(units[j]!)) j++;
    const intro = units[i - 1]?.text ?? '';
    if (j - i >= 3 && (edge(i) || edge(j - 1)) && !HIGHLIGHTS.test(intro)) for (let k = i; k < j; k++) {
      units[k]!.flag = 'teaserRun';
      units[k]!.what = 'teaser';
    }
    i = Math.max(j, i + 1);
  }

  // a run of two or more short labels between the headline and the story: a menu
  if (firstProse > 0) {
    for (let i = Math.max(0, headlineIdx + 1); i < firstProse; ) {
      let j = i;
      let common = false;
      while (j < firstProse && !units[j]!.strong && !units[j]!.trigger && isLabelLike(units[j]!.text, units[j]!.tokens)) {
        if (!/^(?:\p{Lu}[\p{L}'’.&-]*\s*){2,3}$/u.test(units[j]!.text) || units[j]!.flag || units[j]!.weak) common = true;
        j++;
      }
      if (j - i >= 2 && common) for (let k = i; k < j; k++) {
        const u = units[k]!;
        if (u.flag || (u.weak && u.weak !== 'navigation')) continue;
        u.flag = 'navigation';
        u.what ??= 'menu label';
      }
      i = Math.max(j, i + 1);
    }
  }

  // weak lines: at the edges of the story, or next to other chrome
  for (let pass = 0; pass < 3; pass++) {
    for (const u of units) {
      if (u.flag || !u.weak || u.idx === headlineIdx) continue;
      const near = !!units[u.idx - 1]?.flag || !!units[u.idx + 1]?.flag;
      const atEdge = edge(u.idx);
      if (u.weak === 'imageCredit' ? near && atEdge : near || (atEdge && u.weak !== 'teaserRun') || (atEdge && u.idx > lastProse)) u.flag = u.weak;
    }
  }

  chromeBlockNeighbours(units, lex, headlineIdx, edge, lastProse);

  if (pageMode === 'never') return;
  const chromeCount = units.filter((u) => u.strong || u.trigger || u.weak === 'navigation').length;
  const isPage = pageMode === 'always' || chromeCount >= 9;
  if (isPage) pageBody(units, headlineIdx);
}

/** Words joining form labels ("Username or e-mail address"). */
const FORM_FILLER = new Set(['or', 'and', 'your', 'the', 'a']);

/** True when every word of the line, joining words aside, is a form label word. */
function formWords(tokens: readonly string[], lex: Lexicons): boolean {
  const content = tokens.filter((w) => !FORM_FILLER.has(w)).length;
  return content > 0 && lex.form.cover(tokens, FORM_FILLER).covered === content;
}

/**
 * Chrome comes in blocks: outside the story, a short label or headline-like line standing next
 * to reported chrome belongs to the same menu, share bar or teaser box ("Current News" under a
 * comment form, a teaser headline between a share link and "View all"). Bylines, dates, data
 * rows and sentences are left alone; the story's own deck and byline stand next to the headline.
 */
function chromeBlockNeighbours(units: Unit[], lex: Lexicons, headlineIdx: number, edge: (i: number) => boolean, lastProse: number): void {
  for (let pass = 0; pass < 2; pass++) {
    for (const u of units) {
      if (u.flag || u.strong || u.trigger || u.idx === 0 || u.idx === headlineIdx || !edge(u.idx)) continue;
      const tail = lastProse >= 0 && u.idx > lastProse;
      const before = !!units[u.idx - 1]?.flag && u.idx - 1 !== headlineIdx;
      const after = !!units[u.idx + 1]?.flag;
      // above the story, chrome must lie on the far side: a line just under chrome and above the story is its deck
      if (!(tail ? before || after : after)) continue;
      // a line with chrome on both sides is part of that block even when it holds a number or a question
      const inside = before && after;
      const t = u.text;
      if (t.includes('/') || isBylineLike(t) || isDateOrByline(t, u.shape.words)) continue;
      // "Name: quote" teasers continue a teaser list; elsewhere "Label: value" is a fact box
      const afterTeaser = tail && units[u.idx - 1]?.flag === 'teaserRun';
      if (!inside && (isDataRow(t) || (dataLabel(t) && !afterTeaser))) continue;
      const label = isLabelLike(t, u.tokens) && /^[\p{Lu}\p{N}]/u.test(t);
      const headline = (tail || inside) && u.shape.words >= 3 && isHeadlineLike(t, u.shape) && /\p{Ll}{3,}/u.test(t) && !/[.!?]\s/.test(t);
      if (!label && !headline) continue;
      if (formWords(u.tokens, lex)) {
        u.flag = 'formField';
        u.what = 'form field';
        continue;
      }
      u.flag = headline && tail ? 'teaserRun' : 'navigation';
      u.what = headline && tail ? 'teaser' : 'menu label';
    }
  }
}

const COMMENTS = /\bcomments?\b/i;
// The lookbehind starts a match only at the first space of a run, keeping the scan linear.
const SITE_SEPARATOR = /(?<=\S)\s+(?:\||-|–|—|::|»|·|\/)\s+/;

/** Longest run of other lines that still counts as a box inside the story. */
const BOX_UNITS = 8;

/**
 * Lines of a short run of other lines that holds a trigger label ("Related articles", "Read
 * more") and has prose on both sides: a teaser box set inside the story, with whatever captions or
 * share links stand in it. Reported or not, they do not end the story, so the story goes on past
 * them. A comment section is never such a box.
 */
function boxedRuns(units: readonly Unit[], prose: readonly boolean[]): boolean[] {
  const out = new Array<boolean>(units.length).fill(false);
  for (let i = 1; i < units.length; ) {
    if (prose[i]) {
      i++;
      continue;
    }
    let j = i;
    let comments = false;
    let label = false;
    while (j < units.length && !prose[j]) {
      if (units[j]!.strong && COMMENTS.test(units[j]!.text)) comments = true;
      if (units[j]!.trigger) label = true;
      j++;
    }
    if (label && prose[i - 1] && j < units.length && j - i <= BOX_UNITS && !comments) for (let k = i; k < j; k++) out[k] = true;
    i = j;
  }
  return out;
}

/** Whole scraped page: keep the densest run of prose and the headline above it; flag the rest. */
function pageBody(units: Unit[], headlineIdx: number): void {
  // the densest stretch of prose: maximum-sum segment, prose scoring its words, chrome costing
  let best: [number, number, number] = [-1, -1, 0];
  let curStart = 0;
  let cur = 0;
  const prose = units.map((u) => !u.flag && isProse(u));
  const boxed = boxedRuns(units, prose);
  for (const u of units) {
    let w: number;
    if (prose[u.idx]) w = Math.min(u.shape.words, 120) - 5;
    else if (boxed[u.idx]) w = -5;
    else if (u.trigger || (u.strong && COMMENTS.test(u.text))) w = -60;
    else if (u.flag && u.flag !== 'teaserRun') w = -30;
    else if (u.flag) w = -15;
    else w = -10;
    if (cur <= 0) {
      cur = 0;
      curStart = u.idx;
    }
    cur += w;
    if (cur > best[2]) best = [curStart, u.idx, cur];
  }
  if (best[0] < 0) return;
  const [a, b] = best;

  // the headline: a copy of the page title (without its site name) just above the body
  const first = units[0]!;
  const titleKeys = new Set<string>([normalizeLabel(first.text)]);
  if (first.text.length < 500) for (const part of first.text.split(SITE_SEPARATOR)) if (part.split(/\s+/).length >= 3) titleKeys.add(normalizeLabel(part));
  let head = -1;
  for (let i = a - 1; i >= Math.max(1, a - 25); i--) {
    if (titleKeys.has(normalizeLabel(units[i]!.text))) {
      head = i;
      break;
    }
  }
  const keepFirst = first.text.length < 500 && !SITE_SEPARATOR.test(first.text) && (head < 0 || normalizeLabel(units[head]!.text) === normalizeLabel(first.text));
  const keep = new Set<number>();
  if (keepFirst) keep.add(0);
  else if (head >= 0) keep.add(head);
  if (headlineIdx > 0 && head < 0 && headlineIdx < a && !keepFirst) keep.add(headlineIdx);

  for (const u of units) {
    if (keep.has(u.idx)) {
      if (u.flag === 'outsideArticle' || u.flag === 'teaserRun') delete u.flag;
      continue;
    }
    if (u.idx < a || u.idx > b) {
      if (!u.flag) {
        u.flag = u.weak ?? 'outsideArticle';
        u.what ??= 'page text';
      }
    } else if (!u.flag && u.weak === 'imageCredit') {
      u.flag = 'imageCredit';
    }
  }
}
