import { describe, expect, it } from 'vitest';
import { startsUpper } from '../../src/text/case.js';
import { startsUpper as spellingStartsUpper } from '../../src/rules/spelling/chars.js';

describe('startsUpper', () => {
  it.each([
    ['Paris', true],
    ['paris', false],
    ['Éire', true],
    ['éire', false],
    ['Ωmega', true],
    ['\u{1D400}lpha', true], // MATHEMATICAL BOLD CAPITAL A
    ['\u{1D41A}lpha', false], // MATHEMATICAL BOLD SMALL A
    ['1st', false],
    ['', false],
  ])('%j → %s', (word, expected) => {
    expect(startsUpper(word)).toBe(expected);
    // The spelling rule and the engine's tokens answer alike.
    expect(spellingStartsUpper(word)).toBe(expected);
  });
});
