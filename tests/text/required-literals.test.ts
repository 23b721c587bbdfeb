import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/text/required-literals.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

describe('requiredLiterals', () => {
  it('picks the required alternation with the longest shortest member', () => {
    expect(requiredLiterals(String.raw`\b(?:is|was)\s+(?:widely\s+)?(?:said|claimed)\b`)).toEqual(['said', 'claimed']);
  });
  it('ends a run at an optional or repeated character', () => {
    expect(requiredLiterals('rumou?rs')).toEqual(['rumo']);
    expect(requiredLiterals('ab+c')).toEqual(['ab']);
    expect(requiredLiterals('a{2}b')).toEqual(['a']);
  });
  it('ignores optional groups, classes and lookarounds', () => {
    expect(requiredLiterals('x(?:yyyy)?z')).toEqual(['x']);
    expect(requiredLiterals('[abc]def')).toEqual(['def']);
    expect(requiredLiterals('(?=abcd)e')).toEqual(['e']);
  });
  it('lower-cases and keeps escaped punctuation', () => {
    expect(requiredLiterals(String.raw`Www\.Example`)).toEqual(['www.example']);
  });
  it('gives up when no literal is required or the source is not understood', () => {
    expect(requiredLiterals('a|')).toBeNull();
    expect(requiredLiterals(String.raw`\p{Lu}abc`)).toBeNull();
    expect(requiredLiterals('(?<n>abc)')).toBeNull();
    expect(requiredLiterals(String.raw`\w+`)).toBeNull();
  });
  it('never rejects a text the regex matches', () => {
    const sources = [String.raw`\bit\s+(?:is|was|'s)\s+(?:understood|rumou?red)\b`, String.raw`(?:^|[,;])\s*(?:some|many)\s+(?:critics|experts)\s+say\b`];
    const texts = ['It IS Rumoured that', 'it’s understood', 'Yes, MANY Experts say so', 'it was rumored'];
    for (const source of sources) {
      const need = requiredLiterals(source)!;
      const re = new RegExp(source, 'i');
      for (const t of texts) if (re.test(t)) expect(need.some((s) => t.toLowerCase().includes(s))).toBe(true);
    }
  });
});

describe('the table of built-in literals written by the build', () => {
  it('holds what deriving them gives, for every built-in pattern', () => {
    const table = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'text', 'required-literals.json'), 'utf8')) as Record<string, string[] | null>;
    const sources = Object.keys(table);
    // The phrase lists of boilerplate-leakage and the claim patterns of missing-attribution.
    expect(sources.length).toBeGreaterThan(50);
    // Run from src/, the module has no table beside it and derives each one itself.
    for (const source of sources) expect(requiredLiterals(source)).toEqual(table[source]);
  });
});
