import { describe, expect, it } from 'vitest';
import { blockLines } from '../../src/text/block-lines.js';

const lines = (t: string) => blockLines(t).map(([a, b]) => t.slice(a, b));

describe('blockLines', () => {
  it('splits at LF, CRLF and CR alike, trimming each line', () => {
    expect(lines('  one \ntwo\r\n three\rfour')).toEqual(['one', 'two', 'three', 'four']);
  });

  it('leaves out blank lines and gives offsets into the text', () => {
    const t = 'a\n\n \t\nbc \n';
    expect(blockLines(t)).toEqual([[0, 1], [6, 8]]);
    expect(lines('')).toEqual([]);
  });
});
