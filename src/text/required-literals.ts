/**
 * Required literals of a regular expression: strings one of which every match must contain.
 * A cheap `includes` test on the lower-cased subject can then skip a costly regex (large
 * case-insensitive alternations take tens of milliseconds to compile on first use).
 *
 * Only for sources used with the `i` flag and without the `u` flag (no `\p{…}`/`\u{…}`): there
 * an ASCII letter of the pattern matches only the same ASCII letter in either case, so a match
 * of the regex on `text` implies that `text.toLowerCase()` contains the literal in lower case.
 */

import { readFileSync } from 'node:fs';

type Result = string[] | null;

const QUANT = /(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/y;

/**
 * Strings (lower case) one of which every match of `source` contains, or null when none can
 * be derived safely. Prefers the candidate whose shortest string is longest.
 */
export function requiredLiterals(source: string): Result {
  const cache = CACHE ?? (CACHE = seeded());
  let cached = cache.get(source);
  if (cached === undefined) cache.set(source, (cached = derive(source)));
  return cached && [...cached];
}

let CACHE: Map<string, Result> | undefined;

/**
 * The literals of the built-in patterns, derived at build time (scripts/required-literals.js
 * writes them beside this module): deriving them again on every start costs a cold run a few
 * milliseconds. A missing or unreadable table only means deriving them here.
 */
export const TABLE_URL = new URL('./required-literals.json', import.meta.url);

function seeded(): Map<string, Result> {
  try {
    const table = JSON.parse(readFileSync(TABLE_URL, 'utf8')) as unknown;
    if (table && typeof table === 'object' && !Array.isArray(table)) return new Map(Object.entries(table as Record<string, Result>));
  } catch {
    // Not built yet: derive on demand.
  }
  return new Map();
}

/** Everything derived so far, for the build to write out as the table. */
export function derivedLiterals(): Record<string, Result> {
  return Object.fromEntries(CACHE ?? []);
}

function derive(source: string): Result {
  if (/\\[pPu]\{|\\k</.test(source)) return null;
  let pos = 0;
  let failed = false;

  const better = (a: Result, b: Result): Result => {
    if (!a) return b;
    if (!b) return a;
    const ma = Math.min(...a.map((s) => s.length));
    const mb = Math.min(...b.map((s) => s.length));
    return mb > ma ? b : a;
  };

  /** Parse a quantifier at pos; returns its minimum count (1 when there is none). */
  const quantifier = (): number => {
    QUANT.lastIndex = pos;
    const m = QUANT.exec(source);
    if (!m) return 1;
    pos += m[0].length;
    const q = m[0][0];
    if (q === '?' || q === '*') return 0;
    if (q === '+') return 1;
    return Number(m[1]);
  };

  /** Alternation until ')' or the end. */
  const alternation = (): Result => {
    const branches: Result[] = [sequence()];
    while (source[pos] === '|') {
      pos++;
      branches.push(sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return branches.flatMap((b) => b!);
  };

  const sequence = (): Result => {
    let best: Result = null;
    let run = '';
    const flush = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      const c = source[pos]!;
      if (c === '(') {
        flush();
        pos++;
        let zeroWidth = false;
        if (source.startsWith('?:', pos)) pos += 2;
        else if (source.startsWith('?=', pos) || source.startsWith('?!', pos)) (zeroWidth = true), (pos += 2);
        else if (source.startsWith('?<=', pos) || source.startsWith('?<!', pos)) (zeroWidth = true), (pos += 3);
        else if (source[pos] === '?') {
          failed = true;
          return null;
        }
        const inner = alternation();
        if (source[pos] !== ')') {
          failed = true;
          return null;
        }
        pos++;
        const min = quantifier();
        if (!zeroWidth && min >= 1) best = better(best, inner);
        continue;
      }
      if (c === '[') {
        flush();
        pos++;
        if (source[pos] === '^') pos++;
        if (source[pos] === ']') pos++;
        while (pos < source.length && source[pos] !== ']') pos += source[pos] === '\\' ? 2 : 1;
        if (pos >= source.length) {
          failed = true;
          return null;
        }
        pos++;
        quantifier();
        continue;
      }
      let literal: string | null = null;
      if (c === '\\') {
        const e = source[pos + 1];
        if (e === undefined) {
          failed = true;
          return null;
        }
        pos += 2;
        const hex = e === 'u' ? /^[0-9a-fA-F]{4}/.exec(source.slice(pos, pos + 4)) : null;
        // Escaped punctuation is itself; letters and digits are classes, anchors or references.
        if (!/[A-Za-z0-9]/.test(e) && e.charCodeAt(0) < 128) literal = e;
        else if (hex) {
          // \uXXXX: the character itself, as if written out (the bundle writes non-ASCII so).
          pos += 4;
          const code = parseInt(hex[0], 16);
          if (code < 128) literal = String.fromCharCode(code);
        } else if (e === 'x' || e === 'u' || e === 'c') {
          failed = true;
          return null;
        }
      } else if (c === '^' || c === '$' || c === '.') {
        pos++;
      } else if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
        // A quantifier without an atom or a stray brace: give up rather than guess.
        failed = true;
        return null;
      } else {
        // Only ASCII: its case variants under a non-Unicode `i` flag are its ASCII ones.
        if (c.charCodeAt(0) < 128) literal = c;
        pos++;
      }
      const before = pos;
      const min = quantifier();
      if (literal === null || min === 0) flush();
      else {
        run += literal.toLowerCase();
        // After a repeated literal the run cannot go on: more copies may follow.
        if (pos !== before) flush();
      }
    }
    flush();
    return best;
  };

  const result = alternation();
  if (failed || pos !== source.length || !result || result.some((s) => s.length === 0)) return null;
  return result;
}

/**
 * `(text) => list.some((re) => re.test(text))`, except that a regex whose required literals are
 * all missing from the text is not run (nor compiled). Regexes with the g, y or u flag always run.
 */
export function anyMatcher(list: readonly RegExp[]): (text: string) => boolean {
  const parts = list.map((re) => ({ re, need: /[gyuv]/.test(re.flags) ? null : requiredLiterals(re.source) }));
  return (text: string): boolean => {
    let lower: string | undefined;
    for (const { re, need } of parts) {
      if (need) {
        lower ??= text.toLowerCase();
        if (!need.some((s) => lower!.includes(s))) continue;
      }
      if (re.test(text)) return true;
    }
    return false;
  };
}
