/** Letter case of a word's first character, shared by the engine's tokens and the spelling rule. */
let upperStart: RegExp | undefined;

/**
 * Starts with an upper-case letter, astral letters included (U+1D400 𝐀 is one). ASCII is answered
 * without the Unicode regex, whose first compilation is costly.
 */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return (upperStart ??= /^\p{Lu}/u).test(text);
}
