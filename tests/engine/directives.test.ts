import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { lintText } from '../../src/index.js';
import { loadPlugins } from '../../src/engine/plugins.js';
import { findDirectives, blankDirectives } from '../../src/engine/directives.js';
import { tempDir } from '../helpers/cli.js';
import { PLUGIN_FILE, PLUGIN_SOURCE, testConfig } from '../helpers/plugin.js';
import type { LintConfig } from '../../src/types.js';

let config: LintConfig;
beforeAll(async () => {
  const dir = tempDir({ [PLUGIN_FILE]: PLUGIN_SOURCE });
  await loadPlugins([path.join(dir, PLUGIN_FILE)]);
  config = JSON.parse(testConfig({}, { 'test/word': 'warning', 'test/chrome': 'error' })) as LintConfig;
  delete config.plugins;
});

const lines = (text: string, extra: Partial<LintConfig> = {}, filePath = 'a.md') =>
  lintText(text, { filePath, config: { ...config, ...extra } }).messages.map((m) => `${m.line}:${m.ruleId}${m.messageId === 'unusedDirective' || m.messageId === 'unknownRule' ? `:${m.messageId}` : ''}`);

describe('inline directives', () => {
  it('parses kind, rules and reason; blanks comments without moving offsets', () => {
    const src = 'a\n<!-- copydesk-disable-next-line test/word, test/chrome -- the name is right -->\nb <!-- copydesk-enable -->\n';
    const d = findDirectives(src);
    expect(d.map((x) => [x.kind, x.rules, x.reason])).toEqual([
      ['disable-next-line', ['test/word', 'test/chrome'], 'the name is right'],
      ['enable', [], undefined],
    ]);
    const blanked = blankDirectives(src, d);
    expect(blanked.length).toBe(src.length);
    expect(blanked).toBe(`a\n${' '.repeat(d[0]!.end - d[0]!.start)}\nb ${' '.repeat(d[1]!.end - d[1]!.start)}\n`);
  });

  it('disable … enable, per rule and for all rules', () => {
    const text = ['teh one', '<!-- copydesk-disable test/word -->', 'teh two', 'Share this', '<!-- copydesk-enable test/word -->', 'teh three', '<!-- copydesk-disable -->', 'teh four', 'Share this', '<!-- copydesk-enable -->', 'teh five', ''].join('\n\n');
    expect(lines(text)).toEqual(['1:test/word', '7:test/chrome', '11:test/word', '21:test/word']);
  });

  it('enable of one rule inside a disable-all re-enables only that rule', () => {
    const text = '<!-- copydesk-disable -->\n\n<!-- copydesk-enable test/word -->\n\nteh\n\nShare this\n';
    expect(lines(text)).toEqual(['5:test/word']);
  });

  it('disable-next-line skips to the next line with text; disable-line covers its own line', () => {
    const text = 'teh 1\n\n<!-- copydesk-disable-next-line test/word -- quoted as said -->\n\nteh 2\n\nteh 3 <!-- copydesk-disable-line -->\n\nteh 4\n';
    expect(lines(text)).toEqual(['1:test/word', '9:test/word']);
  });

  it('works in plain text as a line of its own, and rules never see the comment', () => {
    const text = 'Headline here\n\n<!-- copydesk-disable-next-line test/chrome -->\nShare this\nteh\n';
    expect(lines(text, {}, 'a.txt')).toEqual(['5:test/word']);
    expect(lines(text, {}, 'a.html')).toEqual(['5:test/word']);
  });

  it('reports unknown rule names as errors', () => {
    const r = lintText('<!-- copydesk-disable speling -->\nteh\n', { filePath: 'a.md', config });
    expect(r.messages.map((m) => [m.line, m.ruleId, m.messageId, m.severity])).toEqual([
      [1, 'copydesk-directive', 'unknownRule', 2],
      [2, 'test/word', 'typo', 1],
    ]);
    expect(r.errorCount).toBe(1);
  });

  it('reports unused directives only when asked, at the chosen severity', () => {
    const text = '<!-- copydesk-disable-next-line test/word -->\nfine\n\n<!-- copydesk-disable-next-line test/word, test/chrome -->\nteh\n';
    expect(lines(text)).toEqual([]);
    expect(lines(text, { reportUnusedDirectives: 'warning' })).toEqual(['1:copydesk-directive:unusedDirective', '4:copydesk-directive:unusedDirective']);
    const r = lintText(text, { filePath: 'a.md', config: { ...config, reportUnusedDirectives: 'error' } });
    expect(r.messages.map((m) => m.severity)).toEqual([2, 2]);
    expect(r.messages[1]!.message).toContain('`test/chrome`');
  });

  it('noInlineConfig ignores directives', () => {
    expect(lines('<!-- copydesk-disable -->\nteh\n', { noInlineConfig: true })).toEqual(['2:test/word']);
  });

  it('stays linear on adversarial input', () => {
    const text = '<!-- copydesk-disable '.repeat(50_000);
    const t = performance.now();
    findDirectives(text);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
