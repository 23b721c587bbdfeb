import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticle } from '../../src/engine/parse/index.js';
import { parsedSentences, sentenceIndexAt, sentencesOf, sentenceStartWithin } from '../../src/text/sentences.js';

const blockOf = (text: string) => parseArticle(`Headline\n\n${text}\n`, 'a.txt', 'text').blocks[1]!;

/** The start of the sentence holding `offset`, from the parse, clipped to the window. */
function parsedStart(text: string, offset: number, window: number): number {
  const b = blockOf(text);
  const s = sentencesOf(b);
  return Math.max(0, offset - window, s[sentenceIndexAt(s, offset)]!.start);
}

describe('sentenceStartWithin', () => {
  it('finds the start of the sentence holding an offset, as the parser splits it', () => {
    const text = 'The council met on Monday. Mr. Smith said the plan would go ahead. “It is done,” he said.';
    const b = blockOf(text);
    const quote = text.indexOf('“');
    expect(sentenceStartWithin(b, quote, 200)).toBe(text.indexOf('“'));
    const said = text.indexOf('said the plan');
    // "Mr." does not end a sentence for the parser.
    expect(sentenceStartWithin(b, said, 200)).toBe(text.indexOf('Mr. Smith'));
  });

  it('stops at the window when no sentence starts inside it', () => {
    const text = `${'word '.repeat(60)}and a quotation “here” at the end.`;
    const b = blockOf(text);
    const at = text.indexOf('“');
    expect(sentenceStartWithin(b, at, 200)).toBe(at - 200);
    expect(sentenceStartWithin(b, 10, 200)).toBe(0);
  });

  it('agrees with the parse on generated paragraphs', () => {
    const word = fc.constantFrom('the', 'Mr.', 'Dr.', 'said', 'plan', 'U.S.', 'it', 'went', 'ahead', '“yes,”', 'no!', 'why?', 'e.g.', '3.5', '…', 'A.', 'wait...');
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.nat(), fc.integer({ min: 1, max: 120 }), (sentences, at, window) => {
        const text = sentences.map((s) => s[0]!.toUpperCase() + s.slice(1)).join(' ');
        const offset = at % text.length;
        expect(sentenceStartWithin(blockOf(text), offset, window)).toBe(parsedStart(text, offset, window));
      }),
      { numRuns: 300 },
    );
  });
});

describe('sentencesOf', () => {
  /** The parser's own answer, with the same rule for a block it finds no sentence in. */
  const parsed = (text: string) => {
    const b = blockOf(text);
    const s = parsedSentences(b);
    return s.length === 0 && b.text.trim() ? [{ start: 0, end: b.text.length }] : s;
  };

  it('does not parse a line the parser could not split, and gives the same span', () => {
    for (const text of ['A headline without a full stop', 'One sentence that ends here.', 'Wait for it...', 'Is it?', '“Quoted”', '\u00a0Spaced out\u2003']) {
      expect(sentencesOf(blockOf(text)), text).toEqual(parsed(text));
    }
    const b = blockOf('A line with no terminal mark at all');
    sentencesOf(b);
    // The tree is built lazily: no parse was needed.
    expect((b as unknown as { tree?: unknown }).tree).toBeUndefined();
  });

  it('agrees with the parser on generated lines', () => {
    const piece = fc.constantFrom('the', 'Mr', 'U.S.', 'said', '3.5', '.', '...', '?', '!', '?!', '…', '‽', '"', '”', '’', ')', ' ', '  ', '\u00a0', '\u0085', '\u2028', '\u3000', '\t', '\ufeff', 'A', 'e.g.', '-', '—');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        if (!text.trim() || /[\r\n]/.test(text)) return;
        const b = blockOf(text);
        expect(sentencesOf(b)).toEqual(parsed(text).map((s) => s));
      }),
      { numRuns: 2000 },
    );
  });
});
