import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { asciiOnly, escapeNonAscii } from '../../scripts/ascii.js';
import { requiredLiterals } from '../../src/text/required-literals.js';
import { ROOT } from '../helpers/cli.js';

/** Run a CommonJS body and return its `module.exports`. */
function load(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

describe('the ASCII bundle (scripts/ascii.js)', () => {
  const code = [
    'const quote = /[’‘]s\\b/gu;',
    'const dash = new RegExp(String.raw`\\s*[:|\\-–—]\\s*`, "u");',
    'const emoji = /[😀-😎]/u;',
    'const plain = "’ stays as esbuild wrote it";',
    'module.exports = { quote, dash, emoji, plain };',
  ].join('\n');

  it('escapes regular expressions and raw templates, which then match the same text', () => {
    const out = asciiOnly(code.replace('"’ stays as esbuild wrote it"', '"\\u2019 escaped by esbuild"'));
    expect(out).not.toMatch(/[^\x00-\x7f]/);
    const before = load(code) as Record<string, RegExp>;
    const after = load(out) as Record<string, RegExp>;
    for (const text of ['it’s', 'it‘s', "it's", 'a — b', 'a – b', 'a - b', 'a : b', '😃', '😏', 'x']) {
      for (const name of ['quote', 'dash', 'emoji'] as const) {
        before[name]!.lastIndex = 0;
        after[name]!.lastIndex = 0;
        expect(after[name]!.test(text), `${name} on ${text}`).toBe(before[name]!.test(text));
      }
    }
    expect(after.emoji!.source).toBe('[\\ud83d\\ude00-\\ud83d\\ude0e]');
  });

  it('refuses what it cannot escape: an escaped non-ASCII character, or one outside a regex or template', () => {
    expect(() => escapeNonAscii('a\\’b')).toThrow(/escaped non-ASCII/);
    expect(escapeNonAscii('a\\\\’b')).toBe('a\\\\\\u2019b');
    expect(() => asciiOnly('const s = "’";')).toThrow(/non-ASCII character is left/);
  });

  it('leaves the required literals of a pattern as they were', () => {
    for (const source of [String.raw`\bit\s+(?:is|was|’s)\s+(?:said|claimed)\b`, String.raw`(?:^|[,;—])\s*sources\s+say`, 'it’s rumoured']) {
      expect(requiredLiterals(escapeNonAscii(source))).toEqual(requiredLiterals(source));
    }
  });

  it('is what the build wrote: dist/copydesk.cjs is all ASCII', () => {
    const bundle = readFileSync(path.join(ROOT, 'dist', 'copydesk.cjs'), 'utf8');
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(/[^\x00-\x7f]/.exec(bundle)).toBeNull();
  });
});
