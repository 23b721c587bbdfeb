/**
 * A plugin of small, predictable rules for tests of configuration, directives, fixes and
 * suppressions, so that those tests do not depend on what the real rules find.
 *
 * - test/chrome (error, fixable): every line that reads exactly `Share this`; the fix deletes the line.
 * - test/word (warning, fixable): every `teh`; the fix writes `the`.
 * - test/settings (warning): one finding on line 1 whose message shows the language, the
 *   accept list and the `label` option — a window on the effective configuration.
 */
import { rules as builtins } from '../../src/rules/index.js';

export const PLUGIN_FILE = 'test-rules.mjs';

export const PLUGIN_SOURCE = `
const lineEnd = (src, i) => { while (i < src.length && src[i] !== '\\n' && src[i] !== '\\r') i++; if (src[i] === '\\r' && src[i + 1] === '\\n') return i + 2; return i < src.length ? i + 1 : i; };
export const rules = [
  {
    id: 'test/chrome',
    meta: { type: 'problem', description: 'Disallow Share this lines', defaultSeverity: 'error', fixable: true, order: 1,
      messages: { chrome: 'Unexpected \`{{text}}\`; remove it.' }, schema: { type: 'object', additionalProperties: false, properties: {} }, defaultOptions: {} },
    check(context) {
      const src = context.article.source;
      for (const l of context.article.lines) {
        if (l.text === 'Share this') {
          let s = l.start; while (s > 0 && src[s - 1] !== '\\n' && src[s - 1] !== '\\r') s--;
          context.report({ messageId: 'chrome', data: { text: l.text }, range: [l.start, l.end], fix: { range: [s, lineEnd(src, l.end)], text: '' } });
        }
      }
    },
  },
  {
    id: 'test/word',
    meta: { type: 'suggestion', description: 'Disallow teh', defaultSeverity: 'warning', fixable: true, order: 2,
      messages: { typo: 'Misspelt \`teh\`; write \`the\`.' }, schema: {}, defaultOptions: {} },
    check(context) {
      const src = context.article.source;
      for (const m of src.matchAll(/\\bteh\\b/g)) context.report({ messageId: 'typo', range: [m.index, m.index + 3], fix: { range: [m.index, m.index + 3], text: 'the' } });
    },
  },
  {
    id: 'test/settings',
    meta: { type: 'suggestion', description: 'Show the settings', defaultSeverity: 'warning', order: 3,
      messages: { show: 'language={{language}} accept={{accept}} label={{label}}' },
      schema: { type: 'object', additionalProperties: false, properties: { label: { type: 'string', minLength: 1 }, level: { type: 'integer', minimum: 1, maximum: 3 } } },
      defaultOptions: { label: 'default' } },
    check(context, options) {
      context.report({ messageId: 'show', data: { language: context.settings.language, accept: context.settings.accept.join('|') || '-', label: options.label }, range: [0, 0] });
    },
  },
];
`;

export const BUILTIN_IDS = builtins.map((r) => r.id);

/** A config that turns the built-in rules off and loads the test plugin. */
export function testConfig(extra: Record<string, unknown> = {}, rules: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      plugins: [`./${PLUGIN_FILE}`],
      ...extra,
      rules: { ...Object.fromEntries(BUILTIN_IDS.map((id) => [id, 'off'])), 'test/settings': 'off', ...rules },
    },
    null,
    2,
  );
}
