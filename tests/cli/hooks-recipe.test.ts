import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { copydesk, tempDir, ROOT } from '../helpers/cli.js';
import { PLUGIN_FILE, PLUGIN_SOURCE, testConfig } from '../helpers/plugin.js';

const doc = readFileSync(path.join(ROOT, 'docs/hooks.md'), 'utf8');

describe('documented hook recipes', () => {
  it('the lint-staged command works on staged file arguments and stops the commit on findings', () => {
    const block = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const commands = JSON.parse(block)['lint-staged'] as Record<string, string>;
    const [glob, command] = Object.entries(commands)[0]!;
    expect(glob).toBe('*.{md,markdown,txt,html,htm}');
    const args = command.split(' ');
    expect(args[0]).toBe('copydesk');
    const dir = tempDir({ [PLUGIN_FILE]: PLUGIN_SOURCE, '.copydeskrc.json': testConfig({}, { 'test/word': 'warning' }), 'a.md': 'fine\n', 'b.txt': 'teh\n', 'c.html': '<p>\nShare this\n</p>\n' });
    expect(copydesk([...args.slice(1), path.join(dir, 'a.md')], { cwd: dir }).code).toBe(0);
    expect(copydesk([...args.slice(1), path.join(dir, 'a.md'), path.join(dir, 'b.txt')], { cwd: dir }).code).toBe(1);
    expect(copydesk([...args.slice(1), path.join(dir, 'c.html')], { cwd: dir }).code).toBe(1);
  });

  it('.pre-commit-hooks.yaml defines the hooks the docs name, for the article extensions', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string }>;
    expect(hooks.map((h) => h.id)).toEqual(['copydesk', 'copydesk-fix']);
    for (const h of hooks) {
      expect(doc).toContain(`id: ${h.id}`);
      expect(h.language).toBe('node');
      const re = new RegExp(h.files);
      for (const f of ['a.md', 'b.markdown', 'c.txt', 'd.html', 'e.htm']) expect(re.test(f), f).toBe(true);
      expect(re.test('f.js')).toBe(false);
    }
  });
});
