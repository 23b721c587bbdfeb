import type { BlockInit } from '../article.js';

const TERMINAL = /[.!?:;…"'”’)\]]$/u;

/**
 * Plain text: blocks are runs of non-blank lines separated by blank lines. A single short
 * line without terminal punctuation is a heading candidate; everything else is a paragraph.
 */
export function parseTextBlocks(source: string): BlockInit[] {
  const blocks: BlockInit[] = [];
  const re = /\r\n|\r|\n/g;
  let lineStart = 0;
  let blockStart = -1;
  let blockEnd = -1;
  let lineCount = 0;
  const flush = () => {
    if (blockStart === -1) return;
    const text = source.slice(blockStart, blockEnd);
    const words = text.split(/\s+/).filter(Boolean).length;
    const heading = lineCount === 1 && words <= 16 && !TERMINAL.test(text);
    blocks.push({ kind: heading ? 'heading' : 'paragraph', text, start: blockStart, end: blockEnd });
    blockStart = -1;
    lineCount = 0;
  };
  const takeLine = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(source[a]!)) a++;
    while (b > a && /\s/.test(source[b - 1]!)) b--;
    if (a === b) {
      flush();
      return;
    }
    if (blockStart === -1) blockStart = a;
    blockEnd = b;
    lineCount++;
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    takeLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  takeLine(lineStart, source.length);
  flush();
  return blocks;
}
