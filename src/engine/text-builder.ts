/**
 * Builds a block's plain text out of pieces of the source (Markdown inline nodes, HTML text
 * nodes) while remembering, for every character, where it came from in the original file.
 */
export class TextBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];
  linkChars = 0;

  get length(): number {
    return this.chars.length;
  }

  /**
   * Append `value` whose characters came from `source.slice(start, end)`. When the value is the
   * source verbatim every character maps exactly; otherwise (escapes, entities) characters are
   * aligned greedily and unmatched ones map to the nearest preceding source character.
   */
  append(value: string, source: string, start: number, end: number, inLink = false, collapse = false): void {
    let i = start;
    for (let j = 0; j < value.length; j++) {
      const ch = value[j]!;
      // Skip source characters that produced nothing (escapes, entity bodies).
      let k = i;
      while (k < end && source[k] !== ch && k - i < 12) k++;
      const at = k < end && source[k] === ch ? k : Math.min(i, Math.max(start, end - 1));
      if (source[k] === ch) i = k + 1;
      else if (source[i] === '&') {
        const semi = source.indexOf(';', i);
        i = semi !== -1 && semi < end && semi - i < 33 ? semi + 1 : i + 1;
      }
      if (collapse && /\s/.test(ch)) {
        if (this.chars.length === 0 || this.chars[this.chars.length - 1] === ' ' || this.chars[this.chars.length - 1] === '\n') continue;
        this.push(' ', at, inLink);
      } else this.push(ch, at, inLink);
    }
  }

  /** Append a synthetic character (a line break for `<br>`, a space between cells). */
  appendSynthetic(ch: string, at: number): void {
    if (ch === ' ' && (this.chars.length === 0 || /\s/.test(this.chars[this.chars.length - 1]!))) return;
    if (ch === '\n') {
      while (this.chars.length && this.chars[this.chars.length - 1] === ' ') {
        this.chars.pop();
        this.offsets.pop();
      }
    }
    this.push(ch, at, false);
  }

  private push(ch: string, at: number, inLink: boolean): void {
    this.chars.push(ch);
    this.offsets.push(at);
    if (inLink && !/\s/.test(ch)) this.linkChars++;
  }

  /** The trimmed text and a source map (length text.length + 1; the last entry is the end). */
  finish(): { text: string; map: number[]; linkChars: number } | null {
    let a = 0;
    let b = this.chars.length;
    while (a < b && /\s/.test(this.chars[a]!)) a++;
    while (b > a && /\s/.test(this.chars[b - 1]!)) b--;
    if (a === b) return null;
    const text = this.chars.slice(a, b).join('');
    const map = this.offsets.slice(a, b);
    map.push(this.offsets[b - 1]! + 1);
    return { text, map, linkChars: this.linkChars };
  }
}
