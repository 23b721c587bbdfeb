/**
 * Normalisation shared by the rules: NFKC, one kind of quote, apostrophe and dash, case-folded,
 * punctuation dropped, whitespace collapsed. "Pakistan’s ‘Envoy’ — Recalled" and
 * "pakistan's envoy recalled" normalise to the same string.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Unify curly quotes, apostrophes and dashes without changing length (offsets stay valid). */
export function unifyPunctuation(text: string): string {
  return text
    .replace(/[’‘‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-');
}
