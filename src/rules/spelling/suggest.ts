/**
 * Corrections for an unknown word: dictionary words one edit away (two letters swapped, a letter
 * added, removed or changed), in that order of preference. Only reported words are looked at, so
 * the cost is a few hundred look-ups per reported word.
 */
const LETTERS = 'esianrtolcdugmphbyfvkwzxjq';

/** `word` in the case of `original` (capitalised or all capitals). */
export function matchCase(original: string, word: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return word.toUpperCase();
  if (original[0] !== original[0]!.toLowerCase() && word[0] === word[0]!.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

export function suggest(word: string, known: (w: string) => boolean, max: number): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  const seen = new Set<string>([w]);
  const consider = (c: string): boolean => {
    if (seen.has(c)) return false;
    seen.add(c);
    if (c && known(c)) out.push(matchCase(word, c));
    return out.length >= max;
  };
  const n = w.length;
  if (n > 40) return out;
  for (let i = 0; i < n - 1; i++) if (consider(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return out;
  for (let i = 0; i <= n; i++) for (const ch of LETTERS) if (consider(w.slice(0, i) + ch + w.slice(i))) return out;
  for (let i = 0; i < n; i++) if (consider(w.slice(0, i) + w.slice(i + 1))) return out;
  for (let i = 0; i < n; i++) for (const ch of LETTERS) if (ch !== w[i] && consider(w.slice(0, i) + ch + w.slice(i + 1))) return out;
  // Two words run together: "alot" → "a lot".
  for (let i = 1; i < n; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if ((a.length > 1 || a === 'a') && b.length > 1 && known(a) && known(b)) {
      out.push(matchCase(word, `${a} ${b}`));
      if (out.length >= max) return out;
    }
  }
  return out;
}
