import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/spelling/index.js';
import { expandDic, parseAff } from '../../src/rules/spelling/hunspell.js';
import { SortedWordList, dictionaryLanguage } from '../../src/rules/spelling/dictionary.js';
import { scanWords } from '../../src/rules/spelling/scan.js';
import { suggest } from '../../src/rules/spelling/suggest.js';
import { runRule } from '../../src/testing/run-rule.js';
import { parseArticle } from '../../src/engine/parse/index.js';
import { lintArticle } from '../../src/engine/lint.js';
import { resolveSettings } from '../../src/engine/config.js';
import type { Rule } from '../../src/types.js';
import { ruleTester } from '../helpers/rule-tester.js';

const story = (...lines: string[]) => lines.join('\n\n') + '\n';
const HEAD = 'Council Approves Harbour Plan';

ruleTester(rule, {
  valid: [
    { name: 'plain copy', text: story(HEAD, 'The council approved the plan on Tuesday after a long debate about the harbour wall.') },
    { name: 'names in mid-sentence', text: story(HEAD, 'The plan was drawn up by Dr Okonkwo Ablewhite and the Tarnby Group last spring.') },
    { name: 'a name seen mid-sentence is a name at a sentence start too', text: story(HEAD, 'Officials met Ablewhite on Monday. Ablewhite said the work would start soon.') },
    { name: 'a capitalised word used twice', text: story(HEAD, 'Zentrova said the deal was done. Zentrova declined to give a figure.') },
    { name: 'a sentence-initial name followed by more of the name', text: story(HEAD, 'Okonkwo Ablewhite said the plan was sound.') },
    { name: 'acronyms and their plurals', text: story(HEAD, 'The FSB and two NGOs briefed MPs and the CEOs of the UNHCR.') },
    { name: 'brands with inner capitals', text: story(HEAD, 'Residents can report faults on an iPhone app built with PayPal and YouTube links.') },
    { name: 'numbers, ordinals and units', text: story(HEAD, 'The 3rd phase costs £4.5bn, covers 12km and opens at 9pm on the 21st, up 2.5% from 2019.') },
    { name: 'units as words', text: story(HEAD, 'The wall is 5 km long and the barrier weighs 40 kg.') },
    { name: 'web addresses, e-mail, handles and tags', text: story(HEAD, 'Details are at https://example.org/plnz and www.exmpl.co.uk, from info@qwrtz.org, @qwrtzdesk and #harbourplnz.') },
    { name: 'a bare domain', text: story(HEAD, 'This story was first published on exmplnews.com.') },
    { name: 'hyphenated compounds of words', text: story(HEAD, 'The long-awaited, well-funded plan is a co-production of the re-elected mayor.') },
    { name: 'hyphenated names and particles', text: story(HEAD, 'Fighters of Jaish al-Adl and the Israel-Hamas talks were discussed.') },
    { name: 'possessives and contractions with curly apostrophes', text: story(HEAD, 'The council’s plan isn’t final, and the workers’ union won’t say if they’ve agreed.') },
    { name: 'damaged apostrophes', text: story(HEAD, 'The mayor doesn?t agree, and it isn ’ t clear why.') },
    { name: 'a headline in title case', text: story('Zorvath Wins Harbour Vote', 'The council approved the plan on Tuesday.') },
    { name: 'British spelling in en-GB', language: 'en-GB', text: story(HEAD, 'The organisation favours the colour scheme for the centre.') },
    { name: 'American spelling in en-US', text: story(HEAD, 'The organization favors the color scheme for the center.') },
    { name: 'consistent British copy in en-US (variety: consistent)', text: story(HEAD, 'The organisation favours the colour scheme for the centre.') },
    { name: 'words of other varieties accepted with variety: any', options: { variety: 'any' }, text: story(HEAD, 'The organization favours the color scheme.') },
    { name: 'accept list words', accept: ['zorblax'], text: story(HEAD, 'The zorblax scheme was approved.') },
    { name: 'accept list globs', accept: ['glorf*'], text: story(HEAD, 'The glorfing scheme and the glorfs were approved.') },
    { name: 'accept list regular expressions', accept: ['/qx[0-9a-z]+/'], text: story(HEAD, 'The qxzz scheme was approved.') },
    { name: 'rule accept option', options: { accept: ['zorblax'] }, text: story(HEAD, 'The zorblax scheme was approved.') },
    { name: 'quotations skipped when asked', options: { ignoreQuotations: true }, text: story(HEAD, 'He said: “We gonna fixx it,” and left.') },
    { name: 'less common dictionary words', text: story(HEAD, 'A tenebrous mood hung amidst the debate.') },
    { name: 'word formation', text: story(HEAD, 'The antigovernment networkers saw a multifocal, wirelessly linked scoresheet.') },
    { name: 'accents', text: story(HEAD, 'It was a clichéd but risqué café scene.') },
    { name: 'a passage in another language', text: story(HEAD, 'The crowd sang “mera dil tumhari yaad mein hai pyaar” all night.') },
    { name: 'a sentence-initial name one edit from a word with another first letter', text: story(HEAD, 'Zandwich said the plan was sound.') },
    { name: 'closed compounds with back and down', text: story(HEAD, 'The backheel, the burndown and the stepdown were noted.') },
    { name: 'a foreign word after a foreign article', text: story(HEAD, 'The delegates left en grappe after the vote.') },
    { name: 'a foreign word glossed in parentheses, and its other uses', text: story(HEAD, 'Residents call it the sarvo (harvest feast). The sarvo lasts a week.') },
    { name: 'a quoted foreign word glossed in parentheses', text: story(HEAD, 'Locals call it "sarvo" (harvest feast).') },
    { name: 'a term of the story used twice', text: story(HEAD, 'The zqxwvtics team met. Later the zqxwvtics team left.') },
    { name: 'not English', language: 'fr', text: story(HEAD, 'Le conseil a approuvé le plan.') },
    { name: 'Markdown code is not prose', format: 'markdown', text: '# Plan\n\nThe plan was approved.\n\n```\nzxqv flerb\n```\n' },
  ],
  invalid: [
    {
      name: 'a sentence-initial typo with its first two letters swapped',
      text: story(HEAD, 'Hwile the council met, the plan was sound.'),
      errors: [{ messageId: 'unknownWithSuggestions', line: 3, column: 1 }],
    },
    {
      name: 'a typo near a foreign word is still a typo',
      text: story(HEAD, 'The delegates left en grappe and the sarvo began.'),
      errors: [{ messageId: 'unknownWithSuggestions', line: 3, column: 38 }],
    },
    {
      name: 'a word without a gloss is checked',
      text: story(HEAD, 'Residents call it the sarvo each spring.'),
      errors: [{ messageId: 'unknownWithSuggestions', line: 3, column: 23 }],
    },
    {
      name: 'a misspelling with a suggestion',
      text: story(HEAD, 'The council recieved the plan on Tuesday.'),
      errors: [{ messageId: 'unknownWithSuggestions', line: 3, column: 13 }],
    },
    {
      name: 'a word without a suggestion',
      text: story(HEAD, 'The council approved the zqxwvt plan.'),
      errors: [{ messageId: 'unknown', line: 3, column: 26 }],
    },
    {
      name: 'a typo used twice is still a typo',
      text: story(HEAD, 'The council recieved the plan and recieved the money.'),
      errors: [
        { messageId: 'unknownWithSuggestions', line: 3, column: 13 },
        { messageId: 'unknownWithSuggestions', line: 3, column: 35 },
      ],
    },
    {
      name: 'suggestions off',
      options: { suggestions: false },
      text: story(HEAD, 'The council recieved the plan.'),
      errors: [{ messageId: 'unknown', line: 3, column: 13 }],
    },
    {
      name: 'a sentence-initial typo',
      text: story(HEAD, 'Teh council approved the plan. Goverment officials agreed.'),
      errors: [
        { messageId: 'unknownWithSuggestions', line: 3, column: 1 },
        { messageId: 'unknownWithSuggestions', line: 3, column: 32 },
      ],
    },
    {
      name: 'a typo of a function word before a name',
      text: story(HEAD, 'Tje Harbour Board met on Tuesday to approve the plan for the town.'),
      errors: [{ messageId: 'unknownWithSuggestions', line: 3, column: 1 }],
    },
    {
      name: 'a misspelt part of a compound',
      text: story(HEAD, 'The long-awaitted plan was approved.'),
      errors: [{ messageId: 'unknownWithSuggestions', line: 3, column: 5 }],
    },
    {
      name: 'typos that look like compounds or derivations',
      text: story(HEAD, 'It was helpfull and the governer came untill noon.'),
      errors: [
        { messageId: 'unknownWithSuggestions', line: 3, column: 8 },
        { messageId: 'unknownWithSuggestions', line: 3, column: 25 },
        { messageId: 'unknownWithSuggestions', line: 3, column: 39 },
      ],
    },
    {
      name: 'names checked when asked',
      options: { checkNames: true },
      text: story(HEAD, 'The plan was drawn up by Zorvath.'),
      errors: [{ messageId: 'unknown', line: 3, column: 26 }],
    },
    {
      name: 'words in quotations checked by default',
      text: story(HEAD, 'He said: “We will fixx it,” and left.'),
      errors: [{ messageId: 'unknownWithSuggestions', line: 3, column: 19 }],
    },
    {
      name: 'a British spelling in American copy that is otherwise American',
      text: story(HEAD, 'The organization favors the color scheme, but the colour of the center is disputed.'),
      errors: [{ messageId: 'variety', line: 3, column: 51 }],
    },
    {
      name: 'other varieties reported with variety: strict',
      options: { variety: 'strict' },
      text: story(HEAD, 'The organisation favours the colour scheme.'),
      errors: [
        { messageId: 'variety', line: 3, column: 5 },
        { messageId: 'variety', line: 3, column: 18 },
        { messageId: 'variety', line: 3, column: 30 },
      ],
    },
    {
      name: 'a misspelling in a Markdown list item',
      format: 'markdown',
      text: '# Plan\n\n- The plan was aproved.\n',
      errors: [{ messageId: 'unknownWithSuggestions', line: 3, column: 16 }],
    },
  ],
});

describe('spelling internals', () => {
  it('expands Hunspell affixes, with cross products', () => {
    const aff = parseAff('SET UTF-8\nPFX U Y 1\nPFX U 0 un .\nSFX D Y 2\nSFX D 0 d e\nSFX D 0 ed [^e]\nONLYINCOMPOUND c\n');
    const words = new Set<string>();
    expandDic(aff, '3\nlock/DU\nbake/D\n1th/c\n', (w) => words.add(w));
    expect([...words].sort()).toEqual(['bake', 'baked', 'lock', 'locked', 'unlock', 'unlocked']);
  });

  it('looks words up in a sorted list', () => {
    const list = new SortedWordList(['Paris', 'apple', 'banana', 'cherry', 'zebra'].sort().join('\n'));
    for (const w of ['Paris', 'apple', 'banana', 'cherry', 'zebra']) expect(list.has(w)).toBe(true);
    for (const w of ['paris', 'apples', 'a', '', 'zz', 'bananas']) expect(list.has(w)).toBe(false);
  });

  it('answers the same after it has indexed the list for many look-ups', () => {
    // Prefixes, extensions and neighbours of every word, so both search paths meet near misses.
    const words = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919).toString(36)}`).concat(['Paris', 'café', 'x']);
    const sorted = [...new Set(words)].sort();
    const list = new SortedWordList(sorted.join('\n'));
    const known = new Set(sorted);
    const probes = sorted.flatMap((w) => [w, w.slice(0, -1), `${w}s`, w.toUpperCase()]);
    const answers = (): boolean[] => probes.map((w) => list.has(w));
    const first = answers(); // over 5,000 look-ups: the index is built part way through
    expect(first).toEqual(probes.map((w) => known.has(w)));
    expect(answers()).toEqual(first);
    expect(first.filter(Boolean).length).toBeGreaterThanOrEqual(sorted.length);
    // The index the build writes gives the same answers; one written for another text is ignored.
    const bytes = new SortedWordList(sorted.join('\n')).indexBytes();
    const prebuilt = new SortedWordList(sorted.join('\n'), () => new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
    expect(probes.map((w) => prebuilt.has(w))).toEqual(first);
    const staleBytes = new SortedWordList(sorted.slice(1).join('\n')).indexBytes();
    const stale = new SortedWordList(sorted.join('\n'), () => new Int32Array(staleBytes.buffer, staleBytes.byteOffset, staleBytes.byteLength / 4));
    expect(probes.map((w) => stale.has(w))).toEqual(first);
  });

  it('maps language tags to dictionaries', () => {
    expect(dictionaryLanguage('en')).toBe('en-US');
    expect(dictionaryLanguage('en-us')).toBe('en-US');
    expect(dictionaryLanguage('en_GB')).toBe('en-GB');
    expect(dictionaryLanguage('en-AU')).toBe('en-AU');
    expect(dictionaryLanguage('en-CA')).toBe('en-CA');
    expect(dictionaryLanguage('de-DE')).toBeUndefined();
  });

  it('suggests words one edit away, best first', () => {
    const known = new Set(['the', 'received', 'a', 'lot']);
    expect(suggest('teh', (w) => known.has(w), 3)).toEqual(['the']);
    expect(suggest('recieved', (w) => known.has(w), 3)).toEqual(['received']);
    expect(suggest('alot', (w) => known.has(w), 3)).toEqual(['lot', 'a lot']);
    expect(suggest('Teh', (w) => known.has(w), 3)).toEqual(['The']);
  });

  it('finds sentence starts, quotations and skipped addresses', () => {
    const words = scanWords('Mr. Smith met him. “Then we left,” she said at www.example.org today.');
    expect(words.map((w) => w.text)).toEqual(['Mr', 'Smith', 'met', 'him', 'Then', 'we', 'left', 'she', 'said', 'at', 'today']);
    expect(words.filter((w) => w.initial).map((w) => w.text)).toEqual(['Mr', 'Then']);
    expect(words.filter((w) => w.quoted).map((w) => w.text)).toEqual(['Then', 'we', 'left']);
  });

  it('scans an adversarial megabyte line in linear time', () => {
    const lines = ['a'.repeat(1 << 20), 'a-'.repeat(1 << 19), ')'.repeat(1 << 20) + 'a', "a'".repeat(1 << 19), ' '.repeat(1 << 20) + 'x'];
    for (const line of lines) {
      const t = performance.now();
      runRule(rule, `${HEAD}\n\n${line}\n`);
      expect(performance.now() - t).toBeLessThan(3000);
    }
  });

  it('skips lines another rule excluded', () => {
    const text = story(HEAD, 'Sigm up for our nwesletter.', 'The council recieved the plan.');
    const chrome: Rule<Record<string, never>> = {
      id: 'chrome',
      meta: { type: 'problem', description: 'Test', defaultSeverity: 'error', messages: { x: 'x' }, schema: {}, defaultOptions: {}, excludesReportedLines: true, order: 10 },
      check(context) {
        const s = context.article.source.indexOf('Sigm');
        context.report({ messageId: 'x', range: [s, s + 4] });
      },
    };
    const result = lintArticle(parseArticle(text, 'a.txt', 'text'), [
      { rule: chrome, severity: 'error', options: {} },
      { rule, severity: 'warning', options: { ...rule.meta.defaultOptions } },
    ], resolveSettings({}));
    expect(result.messages.filter((m) => m.ruleId === 'spelling').map((m) => m.line)).toEqual([5]);
  });
});
