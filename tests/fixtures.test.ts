import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText, ruleIds } from '../src/index.js';
import type { LintConfig } from '../src/types.js';
import { ROOT } from './helpers/cli.js';

interface Expected {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
}

const dir = path.join(ROOT, 'fixtures');
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/**
 * Every fixture lists the findings of all rules on its article. A rule that is not registered
 * is simply not in the run, so its expected findings are left out of the comparison.
 */
describe('fixtures', () => {
  it('exist', () => {
    expect(cases).toContain('seed-article');
  });

  for (const name of cases) {
    it(name, () => {
      const base = path.join(dir, name);
      const article = readdirSync(base).find((f) => /^article\.(txt|md|markdown|html?)$/.test(f));
      expect(article, `${name} has an article.* file`).toBeDefined();
      const expected = JSON.parse(readFileSync(path.join(base, 'expected.json'), 'utf8')) as Expected[];
      const config: LintConfig = existsSync(path.join(base, 'config.json'))
        ? (JSON.parse(readFileSync(path.join(base, 'config.json'), 'utf8')) as LintConfig)
        : {};
      const result = lintText(readFileSync(path.join(base, article!), 'utf8'), { filePath: article!, config });
      const actual = result.messages.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column }));
      const configuredOff = new Set(Object.entries(config.rules ?? {}).filter(([, v]) => v === 'off' || (Array.isArray(v) && v[0] === 'off')).map(([k]) => k));
      expect(actual).toEqual(expected.filter((e) => ruleIds.includes(e.ruleId) && !configuredOff.has(e.ruleId)));
    });
  }
});
