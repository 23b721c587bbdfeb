/**
 * Offsets → 1-based line/column, for LF, CRLF and lone CR line endings alike
 * (vfile-location only knows LF, which would misnumber classic-Mac files).
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** 1-based line containing `offset` (an offset at the end of the text is on the last line). */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    const o = Math.max(0, Math.min(offset, this.text.length));
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, column: o - this.starts[line - 1]! + 1 };
  }

  /** [start, end) of a line's content, without its line terminator. */
  lineRange(line: number): [number, number] {
    const start = this.starts[line - 1] ?? this.text.length;
    let end = line < this.starts.length ? this.starts[line]! : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return [start, end];
  }

  /** [start, end) of a line including its terminator (what a whole-line removal deletes). */
  lineRangeWithEol(line: number): [number, number] {
    const start = this.starts[line - 1] ?? this.text.length;
    const end = line < this.starts.length ? this.starts[line]! : this.text.length;
    return [start, end];
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
