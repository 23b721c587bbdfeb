import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticle } from '../../src/engine/parse/index.js';
import { sentenceIndexAt, sentencesOf, sentenceStartWithin } from '../../src/text/sentences.js';

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
