import { describe, expect, it } from 'vitest';
import { loadColours, stylish } from '../../src/formatters/stylish.js';
import { compact } from '../../src/formatters/compact.js';
import { json } from '../../src/formatters/json.js';
import { summarise } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/types.js';

const source = 'More\n\nHeadline\n\nThe story goes on.\n';
const messages: LintMessage[] = [
  { ruleId: 'boilerplate-leakage', messageId: 'navigation', severity: 2, message: 'Navigation label `More` leaked into the article.', line: 1, column: 1, endLine: 1, endColumn: 5, fix: { range: [0, 6], text: '' } },
  { ruleId: 'spelling', messageId: 'unknown', severity: 1, message: 'Unknown word `goes`.', line: 5, column: 11, endLine: 5, endColumn: 15 },
];
const results = [summarise('story.txt', messages, source), summarise('clean.txt', [], '')];
const ctx = { color: false, cwd: '/' };

describe('stylish', () => {
  it('groups by file with position, severity, message, rule, excerpt and a summary', () => {
    expect(stylish(results, ctx)).toBe(
      [
        'story.txt',
        '  1:1   error    Navigation label `More` leaked into the article.  boilerplate-leakage',
        '        │ More',
        '  5:11  warning  Unknown word `goes`.                              spelling',
        '        │ The story goes on.',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '  1 error and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    expect(stylish([summarise('a.txt', [], '')], ctx)).toBe('');
  });

  it('uses colour only when asked, once chalk is loaded for it', async () => {
    expect(() => stylish(results, { ...ctx, color: true })).toThrow(/loadColours/);
    expect(stylish(results, ctx)).not.toMatch(/\u001b\[/);
    await loadColours();
    const coloured = stylish(results, { ...ctx, color: true });
    expect(coloured).toMatch(/\u001b\[31merror {2}\u001b\[39m/);
    // The same report once the colour codes are taken out.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(stylish(results, ctx));
  });

  it('shortens long lines around the finding', () => {
    const long = 'x'.repeat(200) + ' target ' + 'y'.repeat(200);
    const m: LintMessage = { ...messages[1]!, line: 1, column: 202, endColumn: 208 };
    const out = stylish([summarise('l.txt', [m], long)], ctx);
    const excerptLine = out.split('\n')[2]!;
    expect(excerptLine).toMatch(/│ …x+ target y+…$/);
    expect(excerptLine.length).toBeLessThan(100);
  });
});

describe('compact', () => {
  it('prints path:line:col: severity message (rule)', () => {
    expect(compact(results)).toBe(
      'story.txt:1:1: error Navigation label `More` leaked into the article. (boilerplate-leakage)\n' +
        'story.txt:5:11: warning Unknown word `goes`. (spelling)\n\n2 problems\n',
    );
  });
});

describe('json', () => {
  it('prints the contract shape and nothing else', () => {
    const parsed = JSON.parse(json(results)) as unknown[];
    expect(parsed).toEqual([
      { filePath: 'story.txt', messages, errorCount: 1, warningCount: 1, fixableErrorCount: 1, fixableWarningCount: 0 },
      { filePath: 'clean.txt', messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
    ]);
  });
});

describe('formatter registry', () => {
  it('loads lazily exactly the formatters the eager registry lists, each the same function', async () => {
    const { formatters } = await import('../../src/formatters/index.js');
    const { formatterNames, loadFormatter } = await import('../../src/formatters/load.js');
    expect([...formatterNames].sort()).toEqual(Object.keys(formatters).sort());
    for (const name of formatterNames) expect(await loadFormatter(name)).toBe(formatters[name]);
    await expect(loadFormatter('yaml')).rejects.toThrow(/unknown format: yaml/);
  });
});
