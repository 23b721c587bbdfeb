import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { copydesk, tempDir } from '../helpers/cli.js';
import { PLUGIN_FILE, PLUGIN_SOURCE, testConfig, BUILTIN_IDS } from '../helpers/plugin.js';

const json = (s: string) => JSON.parse(s) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string; line: number; severity: number }> }>;
const settingsOf = (stdout: string, file?: string) => {
  const r = json(stdout).find((x) => !file || x.filePath === file)!;
  return r.messages.find((m) => m.ruleId === 'test/settings')?.message;
};
const on = { 'test/settings': 'warning' };

describe('configuration discovery', () => {
  it('uses the nearest configuration file to each linted file', () => {
    const dir = tempDir({
      [PLUGIN_FILE]: PLUGIN_SOURCE,
      '.copydeskrc.json': testConfig({ language: 'en-US' }, on),
      'desk/.copydeskrc.json': testConfig({ language: 'en-GB', accept: ['Balicer'] }, on).replace(`./${PLUGIN_FILE}`, `../${PLUGIN_FILE}`),
      'top.txt': 'A story.\n',
      'desk/inner/story.txt': 'A story.\n',
    });
    const r = copydesk(['--format', 'json', 'top.txt', 'desk/inner/story.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(settingsOf(r.stdout, 'top.txt')).toBe('language=en-US accept=- label=default');
    expect(settingsOf(r.stdout, path.join('desk', 'inner', 'story.txt'))).toBe('language=en-GB accept=Balicer label=default');
  });

  it('finds .copydeskrc.yaml, copydesk.config.json and "copydesk" in package.json', () => {
    const yaml = `plugins: [./${PLUGIN_FILE}]\nlanguage: en-AU\nrules:\n${BUILTIN_IDS.map((id) => `  ${id}: off\n`).join('')}  test/settings: warning\n`;
    const cases: Array<[string, string, string]> = [
      ['.copydeskrc.yaml', yaml, 'en-AU'],
      ['copydesk.config.json', testConfig({ language: 'en-NZ' }, on), 'en-NZ'],
      ['package.json', JSON.stringify({ name: 'x', copydesk: JSON.parse(testConfig({ language: 'en-CA' }, on)) }), 'en-CA'],
    ];
    for (const [name, content, lang] of cases) {
      const dir = tempDir({ [PLUGIN_FILE]: PLUGIN_SOURCE, [name]: content, 'a.txt': 'A story.\n' });
      const r = copydesk(['--format', 'json', 'a.txt'], { cwd: dir });
      expect(r.stderr, name).toBe('');
      expect(settingsOf(r.stdout), name).toBe(`language=${lang} accept=- label=default`);
    }
  });

  it('skips a package.json without "copydesk" and keeps walking up', () => {
    const dir = tempDir({
      [PLUGIN_FILE]: PLUGIN_SOURCE,
      '.copydeskrc.json': testConfig({ language: 'en-IE' }, on),
      'pkg/package.json': JSON.stringify({ name: 'pkg' }),
      'pkg/a.txt': 'A story.\n',
    });
    const r = copydesk(['--format', 'json', 'pkg/a.txt'], { cwd: dir });
    expect(settingsOf(r.stdout)).toBe('language=en-IE accept=- label=default');
  });

  it('--config overrides discovery and --no-config uses the defaults', () => {
    const dir = tempDir({
      [PLUGIN_FILE]: PLUGIN_SOURCE,
      '.copydeskrc.json': '{ "rules": { "no-such-rule": "error" } }',
      'other.json': testConfig({ language: 'en-ZA' }, on),
      'a.txt': 'A story.\n',
    });
    expect(copydesk(['a.txt'], { cwd: dir }).code).toBe(2);
    const r = copydesk(['--format', 'json', '--config', 'other.json', 'a.txt'], { cwd: dir });
    expect(settingsOf(r.stdout)).toBe('language=en-ZA accept=- label=default');
    const n = copydesk(['--format', 'json', '--no-config', 'a.txt'], { cwd: dir });
    expect(n.stderr).toBe('');
    expect(json(n.stdout)[0]!.messages.some((m) => m.ruleId.startsWith('test/'))).toBe(false);
  });

  it('applies overrides by glob (later entries win; bare names match at any depth), with excludedFiles', () => {
    const dir = tempDir({
      [PLUGIN_FILE]: PLUGIN_SOURCE,
      '.copydeskrc.json': testConfig(
        {
          accept: ['Base'],
          overrides: [
            { files: 'opinion/**/*.md', language: 'en-GB', accept: ['Extra'], rules: { 'test/settings': ['error', { label: 'opinion' }] } },
            { files: ['*.md'], excludedFiles: 'opinion/keep.md', rules: { 'test/settings': 'off' } },
          ],
        },
        on,
      ),
      'opinion/a.md': 'A story.\n',
      'opinion/keep.md': 'A story.\n',
      'news/b.txt': 'A story.\n',
    });
    const r = copydesk(['--format', 'json', 'opinion', 'news'], { cwd: dir });
    const byFile = Object.fromEntries(json(r.stdout).map((x) => [x.filePath.split(path.sep).join('/'), x.messages.find((m) => m.ruleId === 'test/settings')]));
    expect(byFile['opinion/a.md']).toBeUndefined();
    expect(byFile['opinion/keep.md']?.message).toBe('language=en-GB accept=Base|Extra label=opinion');
    expect(byFile['opinion/keep.md']?.severity).toBe(2);
    expect(byFile['news/b.txt']?.message).toBe('language=en-US accept=Base label=default');
  });

  it('extends presets and other files; copydesk:strict makes every built-in rule an error', () => {
    const dir = tempDir({
      [PLUGIN_FILE]: PLUGIN_SOURCE,
      'base.json': testConfig({ language: 'en-GB', accept: ['One'] }, { 'test/settings': ['warning', { label: 'base' }] }),
      '.copydeskrc.json': JSON.stringify({ extends: ['copydesk:recommended', './base.json'], accept: ['Two'], rules: { 'test/settings': 'error' } }),
      'a.txt': 'A story.\n',
    });
    const r = copydesk(['--format', 'json', 'a.txt'], { cwd: dir });
    const m = json(r.stdout)[0]!.messages.find((x) => x.ruleId === 'test/settings')!;
    expect(m.message).toBe('language=en-GB accept=One|Two label=base');
    expect(m.severity).toBe(2);
    const s = tempDir({ '.copydeskrc.json': '{ "extends": "copydesk:strict" }' });
    const rules = JSON.parse(copydesk(['rules', '--json'], { cwd: s }).stdout) as { rules: Array<{ status: string }> };
    expect(rules.rules.length).toBe(BUILTIN_IDS.length);
    expect(rules.rules.every((x) => x.status === 'error')).toBe(true);
  });

  it('--rule applies over the configuration and keeps its options', () => {
    const dir = tempDir({ [PLUGIN_FILE]: PLUGIN_SOURCE, '.copydeskrc.json': testConfig({}, { 'test/settings': ['warning', { label: 'kept' }] }), 'a.txt': 'x\n' });
    const r = copydesk(['--format', 'json', '--rule', 'test/settings=error', 'a.txt'], { cwd: dir });
    const m = json(r.stdout)[0]!.messages[0]!;
    expect([m.severity, m.message]).toEqual([2, 'language=en-US accept=- label=kept']);
    expect(r.code).toBe(1);
  });
});

describe('configuration errors (exit 2, naming file, key path and what was expected)', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['unknown key', '{ "rulez": {} }', /^copydesk: \.copydeskrc\.json: rulez: unknown key \(expected one of: .*rules/],
    ['bad severity', '{ "rules": { "spelling": "loud" } }', /^copydesk: \.copydeskrc\.json: rules\.spelling: expected one of "off", "warning"/],
    ['unknown rule', '{ "rules": { "speling": "error" } }', /^copydesk: \.copydeskrc\.json: rules\.speling: unknown rule "speling" \(known rules: .*spelling/],
    ['accept type', '{ "accept": ["ok", 3] }', /^copydesk: \.copydeskrc\.json: accept\[1\]: expected a string, got 3/],
    ['language', '{ "language": "English!" }', /^copydesk: \.copydeskrc\.json: language: expected a string matching/],
    ['override without files', '{ "overrides": [{ "rules": {} }] }', /^copydesk: \.copydeskrc\.json: overrides\[0\]\.files: is required/],
    ['invalid JSON', '{ "rules": { ', /^copydesk: \.copydeskrc\.json: invalid JSON/],
    ['unknown preset', '{ "extends": "copydesk:lenient" }', /^copydesk: \.copydeskrc\.json: extends: unknown preset "copydesk:lenient"/],
    ['missing extends', '{ "extends": ["./nope.json"] }', /^copydesk: \.copydeskrc\.json: extends\[0\]: no such file "\.\/nope\.json"/],
  ];
  for (const [name, content, re] of cases) {
    it(name, () => {
      const dir = tempDir({ '.copydeskrc.json': content, 'a.txt': 'A story.\n' });
      const r = copydesk(['a.txt'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(re);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('names the key inside package.json and the line of a YAML error', () => {
    const p = tempDir({ 'package.json': '{ "copydesk": { "language": 7 } }', 'a.txt': 'x\n' });
    expect(copydesk(['a.txt'], { cwd: p }).stderr).toMatch(/^copydesk: package\.json: copydesk\.language: expected a string, got 7/);
    const y = tempDir({ '.copydeskrc.yaml': 'rules:\n  spelling: [error\n', 'a.txt': 'x\n' });
    const r = copydesk(['a.txt'], { cwd: y });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^copydesk: \.copydeskrc\.yaml: invalid YAML: line \d+/);
  });

  it("validates rule options against the rule's schema", () => {
    const dir = tempDir({ [PLUGIN_FILE]: PLUGIN_SOURCE, '.copydeskrc.json': testConfig({}, { 'test/settings': ['warning', { label: 5, level: 9, colour: 'red' }] }), 'a.txt': 'x\n' });
    const r = copydesk(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.copydeskrc.json: rules["test/settings"][1].label: expected a string, got 5');
    expect(r.stderr).toContain('rules["test/settings"][1].level: expected a number ≤ 3, got 9');
    expect(r.stderr).toContain('rules["test/settings"][1].colour: unknown key');
  });

  it('reports a missing --config file', () => {
    const r = copydesk(['--config', 'missing.json', 'a.txt'], { cwd: tempDir({ 'a.txt': 'x\n' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^copydesk: missing\.json: cannot read configuration file \(no such file\)/);
  });
});

describe('ignore files and patterns', () => {
  it('skips files in .copydeskignore, --ignore-pattern and ignorePatterns; --no-ignore lints them', () => {
    const dir = tempDir({
      [PLUGIN_FILE]: PLUGIN_SOURCE,
      '.copydeskrc.json': testConfig({ ignorePatterns: ['archive/'] }, { 'test/word': 'warning' }),
      '.copydeskignore': '# drafts are not ready\ndrafts/\n!drafts/ready.md\n',
      'drafts/wip.md': 'teh\n',
      'drafts/ready.md': 'teh\n',
      'archive/old.txt': 'teh\n',
      'news/a.txt': 'teh\n',
      'news/b.txt': 'teh\n',
    });
    const files = (args: string[]) =>
      json(copydesk(['--format', 'json', ...args], { cwd: dir }).stdout)
        .map((r) => r.filePath.split(path.sep).join('/'))
        .sort();
    expect(files(['.'])).toEqual(['news/a.txt', 'news/b.txt']);
    expect(files(['.', '--ignore-pattern', 'news/b.*'])).toEqual(['news/a.txt']);
    expect(files(['drafts/wip.md', 'news/a.txt'])).toEqual(['news/a.txt']);
    expect(files(['.', '--no-ignore'])).toEqual(['archive/old.txt', 'drafts/ready.md', 'drafts/wip.md', 'news/a.txt', 'news/b.txt']);
  });

  it('exits 0 when every named file is ignored, and 2 for a missing --ignore-path', () => {
    const dir = tempDir({ '.copydeskignore': '*.txt\n', 'a.txt': 'x\n' });
    const r = copydesk(['a.txt'], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(copydesk(['--ignore-path', 'nope', 'a.txt'], { cwd: dir }).code).toBe(2);
  });
});

describe('init, rules, explain', () => {
  it('init writes a valid starter config and refuses to overwrite it', () => {
    const dir = tempDir({ 'a.txt': 'A calm story.\n' });
    const r = copydesk(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    const cfg = JSON.parse(readFileSync(path.join(dir, '.copydeskrc.json'), 'utf8')) as { extends: string; rules: Record<string, string> };
    expect(cfg.extends).toBe('copydesk:recommended');
    expect(Object.keys(cfg.rules).sort()).toEqual([...BUILTIN_IDS].sort());
    expect(copydesk(['a.txt'], { cwd: dir }).code).not.toBe(2);
    const again = copydesk(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; use --force/);
    expect(copydesk(['init', '--force', '--strict'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, '.copydeskrc.json'), 'utf8')).extends).toBe('copydesk:strict');
    expect(existsSync(path.join(dir, '.copydeskrc.json'))).toBe(true);
  });

  it('rules lists every rule with default severity, status and fixability', () => {
    const dir = tempDir({ '.copydeskrc.json': JSON.stringify({ rules: { spelling: 'off' } }) });
    const r = copydesk(['rules'], { cwd: dir });
    expect(r.code).toBe(0);
    for (const id of BUILTIN_IDS) expect(r.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    expect(r.stdout).toMatch(/^spelling\s+warning\s+off\b/m);
    expect(r.stdout).toMatch(/Status under \.copydeskrc\.json/);
    const j = JSON.parse(copydesk(['rules', '--json', '--no-config'], { cwd: dir }).stdout) as { configFile: null; rules: Array<{ id: string; status: string }> };
    expect(j.configFile).toBeNull();
    expect(j.rules.find((x) => x.id === 'spelling')?.status).toBe('warning');
  });

  it("explain prints a rule's README; unknown rules exit 2", () => {
    for (const id of BUILTIN_IDS) {
      const r = copydesk(['explain', id]);
      expect(r.code, id).toBe(0);
      expect(r.stdout, id).toMatch(new RegExp(`^# ${id}\\b`));
    }
    const bad = copydesk(['explain', 'speling']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown rule "speling"/);
  });
});
