import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/engine/line-index.js';

describe('LineIndex', () => {
  it.each([
    ['LF', 'one\ntwo\nthree'],
    ['CRLF', 'one\r\ntwo\r\nthree'],
    ['CR', 'one\rtwo\rthree'],
  ])('numbers lines the same with %s endings', (_name, text) => {
    const idx = new LineIndex(text);
    expect(idx.lineCount).toBe(3);
    expect(idx.position(text.indexOf('two'))).toEqual({ line: 2, column: 1 });
    expect(idx.position(text.indexOf('hree'))).toEqual({ line: 3, column: 2 });
    expect(idx.lineRange(2)).toEqual([text.indexOf('two'), text.indexOf('two') + 3]);
  });

  it('clamps offsets outside the text', () => {
    const idx = new LineIndex('ab\ncd');
    expect(idx.position(-5)).toEqual({ line: 1, column: 1 });
    expect(idx.position(99)).toEqual({ line: 2, column: 3 });
  });

  it('handles empty text and a trailing newline', () => {
    expect(new LineIndex('').lineCount).toBe(1);
    const idx = new LineIndex('a\n');
    expect(idx.lineCount).toBe(2);
    expect(idx.lineOf(2)).toBe(2);
  });
});
