/**
 * Character classes for the spelling rule, with an ASCII fast path. Unicode property regexes are
 * compiled only when a non-ASCII character needs one (their first compilation is costly, and
 * start-up time matters).
 */
let upper: RegExp | undefined;
let lower: RegExp | undefined;
let digit: RegExp | undefined;
let wordChar: RegExp | undefined;
let letter: RegExp | undefined;

export function isUpper(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 65 && k <= 90;
  return (upper ??= /^\p{Lu}$/u).test(c);
}

export function isLower(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 97 && k <= 122;
  return (lower ??= /^\p{Ll}$/u).test(c);
}

export function isDigit(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 48 && k <= 57;
  return (digit ??= /^\p{N}$/u).test(c);
}

/** A letter (any script). */
export function isLetter(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return (letter ??= /^\p{L}$/u).test(c);
}

/** A character that can be part of a word: letter, combining mark or digit. */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || (k >= 48 && k <= 57);
  if (k >= 0xd800 && k <= 0xdfff) return false; // astral characters (emoji) are not words
  return (wordChar ??= /^[\p{L}\p{M}\p{N}]$/u).test(c);
}

export { startsUpper } from '../../text/case.js';

export function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (isDigit(w[i]!)) return true;
  return false;
}

export function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (isLower(w[i]!)) return true;
  return false;
}

/** An upper-case letter after the first character (iPhone, McDonald). */
export function hasInnerUpper(w: string): boolean {
  for (let i = 1; i < w.length; i++) if (isUpper(w[i]!)) return true;
  return false;
}

export function lettersOnly(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isLetter(w[i])) return false;
  return w.length > 0;
}
