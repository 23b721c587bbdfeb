import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lintText, lintFiles, loadConfig, ConfigError } from '../../src/index.js';
import { tempDir } from '../helpers/cli.js';
import { PLUGIN_FILE, PLUGIN_SOURCE, testConfig } from '../helpers/plugin.js';

// One plugin file for the whole process: rule ids are global, so a second copy would clash.
const PLUGIN_DIR = tempDir({ [PLUGIN_FILE]: PLUGIN_SOURCE });
const cfg = (...args: Parameters<typeof testConfig>) => testConfig(...args).replace(`./${PLUGIN_FILE}`, path.join(PLUGIN_DIR, PLUGIN_FILE));

describe('programmatic API', () => {
  it('lintFiles uses the configuration that applies to each file, honours ignores and merges options.config', async () => {
    const dir = tempDir({
      '.copydeskrc.json': cfg({ language: 'en-GB' }, { 'test/word': 'warning' }),
      '.copydeskignore': 'drafts/\n',
      'news/a.txt': 'teh\n',
      'drafts/b.txt': 'teh\n',
    });
    const out = await lintFiles(['.'], { cwd: dir });
    expect(out.errors).toEqual([]);
    expect(out.results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId)])).toEqual([[path.join('news', 'a.txt'), ['test/word']]]);
    const merged = await lintFiles(['news'], { cwd: dir, config: { rules: { 'test/word': 'error', 'test/settings': 'warning' }, accept: ['Balicer'] } });
    const msgs = merged.results[0]!.messages;
    expect(msgs.map((m) => [m.ruleId, m.severity])).toEqual([
      ['test/settings', 1],
      ['test/word', 2],
    ]);
    expect(msgs[0]!.message).toBe('language=en-GB accept=Balicer label=default');
    const all = await lintFiles(['.'], { cwd: dir, ignore: false, noConfig: true });
    expect(all.results.map((r) => r.filePath).sort()).toEqual([path.join('drafts', 'b.txt'), path.join('news', 'a.txt')]);
  });

  it('lintFiles reports unreadable inputs in errors and throws ConfigError for a bad configuration', async () => {
    const dir = tempDir({ 'a.txt': 'x\n', 'bad/.copydeskrc.json': '{"rules":{"nope":"error"}}', 'bad/b.txt': 'x\n' });
    const out = await lintFiles(['a.txt', 'missing.txt'], { cwd: dir, noConfig: true });
    expect(out.errors).toEqual([{ filePath: 'missing.txt', message: 'no such file or directory' }]);
    await expect(lintFiles(['bad/b.txt'], { cwd: dir })).rejects.toThrow(ConfigError);
  });

  it('loadConfig returns the effective configuration for a path, usable with lintText', async () => {
    const dir = tempDir({ '.copydeskrc.json': cfg({ overrides: [{ files: 'opinion/**', language: 'en-AU' }] }, { 'test/settings': 'warning' }) });
    const config = await loadConfig('opinion/x.md', { cwd: dir });
    expect(config.language).toBe('en-AU');
    expect(lintText('Text.\n', { filePath: 'x.md', config }).messages[0]!.message).toBe('language=en-AU accept=- label=default');
  });

  it('lintText validates its configuration', () => {
    expect(() => lintText('x', { config: { rules: { spelling: 'loud' as never } } })).toThrow(/options\.config: rules\.spelling: expected one of/);
    expect(() => lintText('x', { config: { langauge: 'en' } as never })).toThrow(ConfigError);
  });
});
