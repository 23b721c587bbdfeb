/**
 * De-gluing of navigation labels that a bad text extraction ran together.
 *
 * Scrapers that drop the markup between the items of a breadcrumb or menu produce lines such as
 * `HomeMicro NewsWorld ReactionPakistan Withdraws Envoy`: each item's last letter (lowercase) is
 * immediately followed by the next item's first letter (uppercase) inside one whitespace-delimited
 * token. Such a lowercase→uppercase change is a *glue transition*. Splitting at the transitions
 * and at breadcrumb separators (`›`, `»`, `|`, `•`, `·`, and ` > ` / ` / ` between spaces) gives
 * the segments `Home` / `Micro News` / `World Reaction` / `Pakistan Withdraws Envoy`; the last
 * one is usually the page's title.
 *
 * Transitions that belong to real words are not counted:
 * - tokens that are URLs, e-mail addresses, domains, @handles or #tags, or that contain digits;
 * - CamelCase names from `camelcase-names.ts` (YouTube, PayPal, iPhone …), also inside a longer
 *   glued token (`NewsYouTube` splits before `YouTube`, not inside it);
 * - a lowercase-initial prefix of one or two letters (iPhone, eBay, xCloud, mRNA);
 * - name particles: a transition right after `Mc`, `Mac`, `De`, `Di`, `Da`, `Du`, `La`, `Le`,
 *   `Van`, `Von`, `Del`, `Della`, `Fitz` (McDonald, MacArthur, DeSantis, DiCaprio, LaGuardia).
 *
 * Everything here is linear in the input length and free of backtracking regexes.
 */
import { CAMELCASE_NAMES } from './camelcase-names.js';

/** A piece of the input between two boundaries, trimmed; offsets index the input string. */
export interface Segment {
  text: string;
  start: number;
  end: number;
}

export interface Deglued {
  /** The pieces, in order. A line with no boundary gives one segment (or none when blank). */
  segments: Segment[];
  /** Offsets of the uppercase letters that start a glued label (see `glueTransitions`). */
  transitions: number[];
  /** How many breadcrumb separators were split on. */
  separators: number;
}

const LOWER_RE = /\p{Ll}/u;
const UPPER_RE = /\p{Lu}/u;
/** Whether text[i] is a lowercase / uppercase letter (ASCII fast path). */
const lowerAt = (text: string, i: number) => {
  const x = text.charCodeAt(i);
  return x < 128 ? x >= 97 && x <= 122 : LOWER_RE.test(text[i]!);
};
const upperAt = (text: string, i: number) => {
  const x = text.charCodeAt(i);
  return x < 128 ? x >= 65 && x <= 90 : UPPER_RE.test(text[i]!);
};
const PARTICLES = new Set(['Mc', 'Mac', 'De', 'Di', 'Da', 'Du', 'La', 'Le', 'Van', 'Von', 'Del', 'Della', 'Fitz']);
/** Separators that split anywhere. */
const HARD_SEPARATORS = new Set(['›', '»', '|', '•', '·', '▸', '►', '❯', '→']);
/** Separators that split only with whitespace on both sides (`24/7` and `a>b` stay whole). */
const SOFT_SEPARATORS = new Set(['>', '/', '\\']);

let nameIndex: Map<string, Array<{ name: string; at: number }>> | undefined;

/** Index the CamelCase names by the two letters of each of their internal transitions (built once). */
function names(): Map<string, Array<{ name: string; at: number }>> {
  if (nameIndex) return nameIndex;
  nameIndex = new Map();
  for (const name of new Set(CAMELCASE_NAMES)) {
    for (let i = 1; i < name.length; i++) {
      if (lowerAt(name, i - 1) && upperAt(name, i)) {
        const key = name[i - 1]! + name[i]!;
        let list = nameIndex.get(key);
        if (!list) nameIndex.set(key, (list = []));
        list.push({ name, at: i });
      }
    }
  }
  return nameIndex;
}

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** True for tokens whose inner capitals are not glue: URLs, domains, handles, tags, anything with digits. */
function exemptToken(text: string, s: number, e: number): boolean {
  const first = text[s];
  if (first === '@' || first === '#') return true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true; // digit
    if (c === 64) return true; // @ (e-mail)
    if (c === 58 && text[i + 1] === '/' && text[i + 2] === '/') return true; // ://
    if (c === 46 && i > s && i + 1 < e && lowerAt(text, i - 1) && lowerAt(text, i + 1)) return true; // domain.com
  }
  return false;
}

/** Glue transitions inside the token text[s, e): offsets of the uppercase letter starting each new label. */
function tokenTransitions(text: string, s: number, e: number, out: number[]): void {
  if (exemptToken(text, s, e)) return;
  let segStart = s;
  // Skip leading characters that are not letters (quotes, brackets) for the particle test.
  while (segStart < e && !lowerAt(text, segStart) && !upperAt(text, segStart)) segStart++;
  const lowerInitial = segStart < e && lowerAt(text, segStart);
  let first = true;
  for (let i = segStart + 1; i < e; i++) {
    if (!(upperAt(text, i) && lowerAt(text, i - 1))) continue;
    const before = text.slice(segStart, i);
    let skip = false;
    if (first && lowerInitial && i - segStart <= 2) skip = true;
    else if (PARTICLES.has(before)) skip = true;
    else {
      const candidates = names().get(text[i - 1]! + text[i]!);
      if (candidates) {
        for (const { name, at } of candidates) {
          if (i - at >= s && text.startsWith(name, i - at)) {
            skip = true;
            break;
          }
        }
      }
    }
    first = false;
    if (skip) continue;
    out.push(i);
    segStart = i;
  }
}

/** Offsets of the glue transitions in `text` (the uppercase letter that begins each glued label). */
export function glueTransitions(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text[i])) i++;
    const s = i;
    while (i < n && !isSpace(text[i])) i++;
    if (i - s >= 4) tokenTransitions(text, s, i, out);
  }
  return out;
}

/**
 * Split a line into labels at glue transitions and breadcrumb separators.
 * `deglue("HomeMicro NewsWorld ReactionPakistan Withdraws Envoy").segments.map(s => s.text)`
 * is `["Home", "Micro News", "World Reaction", "Pakistan Withdraws Envoy"]`;
 * `deglue("Home › World › Asia")` gives `["Home", "World", "Asia"]` with `separators: 2`.
 */
export function deglue(text: string): Deglued {
  const transitions = glueTransitions(text);
  const segments: Segment[] = [];
  let separators = 0;
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) segments.push({ text: text.slice(a, b), start: a, end: b });
  };
  let p = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (transitions[p] === i) {
      push(from, i);
      from = i;
      p++;
    }
    const c = text[i]!;
    if (HARD_SEPARATORS.has(c) || (i > 0 && i + 1 < n && SOFT_SEPARATORS.has(c) && isSpace(text[i - 1]) && isSpace(text[i + 1]))) {
      push(from, i);
      from = i + 1;
      separators++;
    }
  }
  push(from, n);
  return { segments, transitions, separators };
}
