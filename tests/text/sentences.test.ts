import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticle } from '../../src/engine/parse/index.js';
import { readFileSync } from 'node:fs';
import { ENGLISH_ABBREVIATIONS, ENGLISH_ABBREVIATIONS_CASED, LATIN_ABBREVIATIONS, parsedSentences, sentenceIndexAt, sentencesOf, sentenceStartWithin } from '../../src/text/sentences.js';

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
  const treeOf = (b: object) => (b as { tree?: unknown }).tree;

  it('splits a line with plain marks as the parser does, without parsing it', () => {
    for (const text of [
      'A headline without a full stop',
      'One sentence that ends here.',
      'Wait for it...',
      'Is it? Yes. It is 3.5 metres, not 2.',
      'Mr. Smith met Dr. Jones on Jan. 5. They spoke at 10.',
      'He said: "It is done." Then he left. (It rained.) "Why?" he asked. 20 people came. and stayed.',
      'He went to St. Paul. The plan was approved.',
      'The U.S. Army left, e.g. at dawn. It rained.',
      `${'U.S. '.repeat(200)}end. Then more.`,
      '\u00a0Spaced out.\u2003 Then more\u2003',
    ]) {
      const b = blockOf(text);
      expect(sentencesOf(b), text).toEqual(parsed(text));
      expect(treeOf(b), text).toBeUndefined();
    }
    expect(sentencesOf(blockOf('Mr. Smith met Dr. Jones in January. They spoke at length.')).length).toBe(2);
    // To parse-latin a number of up to three digits before a full stop is an abbreviation too.
    expect(sentencesOf(blockOf('Mr. Smith met Dr. Jones on Jan. 5. They spoke at 10.')).length).toBe(1);
  });

  it('leaves other lines to the parser', () => {
    for (const text of ['She said "no". Then she left.', 'She got her Ph.D. Then she left.', 'What?! No.', 'It ended.\u2026 Then']) {
      const b = blockOf(text);
      expect(sentencesOf(b), text).toEqual(parsed(text));
      expect(treeOf(b), text).toBeDefined();
    }
  });

  it('agrees with the parser on generated lines', () => {
    const piece = fc.constantFrom(
      'the', 'The', 'Mr', 'mr', 'Dr', 'St', 'Jan', 'No', 'etc', 'A', 'a', 'I', 'x', '5', '10', '2019', 'U.S.', 'e.g.', '3.5', 'co-op', "don't",
      '.', '...', '?', '!', '?!', '…', '‽', '"', '”', '’', "'", ')', '(', ',', ';', '&', '-', '/',
      ' ', ' ', ' ', '  ', '\u00a0', '\u0085', '\u2028', '\u3000', '\t', '\ufeff', 'É', 'é',
      '. ', '." ', '.) ', '? ', ' "', ' (', '.” ', ' “', '’ ', '\'s', '!) ',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        if (!text.trim() || /[\r\n]/.test(text)) return;
        expect(sentencesOf(blockOf(text))).toEqual(parsed(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });

  it('knows the abbreviations parse-english and parse-latin know', async () => {
    // The packages do not export their lists; read them where they are.
    const english = await import(new URL('../../node_modules/parse-english/lib/regex.js', import.meta.url).href);
    expect(ENGLISH_ABBREVIATIONS.source).toBe(english.abbreviations.source);
    expect(ENGLISH_ABBREVIATIONS_CASED.source).toBe(english.abbreviationsSensitive.source);
    const latin = readFileSync(new URL('../../node_modules/parse-latin/lib/plugin/merge-prefix-exceptions.js', import.meta.url), 'utf8');
    const source = latin.slice(latin.indexOf('new RegExp('), latin.indexOf('\n)', latin.indexOf('new RegExp(')));
    expect([...source.matchAll(/'([^']*)'/g)].map((m) => m[1]).join('')).toBe(LATIN_ABBREVIATIONS.source);
  });
});
