/**
 * Phrase matching on word tokens: greedy longest match of a phrase list over a token array.
 * Built once per phrase list (the defaults at first use, user additions per run).
 */

const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Lower-cased word tokens: letters and digits, an apostrophe suffix kept ("what's"). */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘`´]/g, "'").matchAll(TOKEN)) out.push(m[0]);
  return out;
}

export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly whole = new Set<string>();

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) this.add(p);
  }

  add(phrase: string): void {
    const toks = wordTokens(phrase);
    if (toks.length === 0) return;
    this.whole.add(toks.join(' '));
    const first = toks[0]!;
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    list.push(toks);
    list.sort((a, b) => b.length - a.length);
  }

  remove(phrase: string): void {
    const key = wordTokens(phrase).join(' ');
    this.whole.delete(key);
    for (const [k, list] of this.byFirst) {
      const kept = list.filter((t) => t.join(' ') !== key);
      this.byFirst.set(k, kept);
    }
  }

  /** True when the whole token sequence is one phrase of the set. */
  hasWhole(tokens: readonly string[]): boolean {
    return this.whole.has(tokens.join(' '));
  }

  /** Length of the longest phrase starting at tokens[i] (0 when none). */
  matchAt(tokens: readonly string[], i: number): number {
    const list = this.byFirst.get(tokens[i]!);
    if (!list) return 0;
    for (const p of list) {
      if (i + p.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < p.length; k++) {
        if (tokens[i + k] !== p[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return p.length;
    }
    return 0;
  }

  /**
   * Cover tokens with phrases, skipping filler words. Returns how many non-filler tokens were
   * covered, how many there were, and how many distinct phrase matches were used.
   */
  cover(tokens: readonly string[], filler: { has(t: string): boolean }): { covered: number; content: number; matches: number } {
    let covered = 0;
    let content = 0;
    let matches = 0;
    let i = 0;
    while (i < tokens.length) {
      const n = this.matchAt(tokens, i);
      if (n > 0) {
        for (let k = i; k < i + n; k++) if (!filler.has(tokens[k]!)) {
          covered++;
          content++;
        }
        matches++;
        i += n;
        continue;
      }
      if (!filler.has(tokens[i]!)) content++;
      i++;
    }
    return { covered, content, matches };
  }
}
