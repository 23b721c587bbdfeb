/**
 * The pre-commit hooks (.pre-commit-hooks.yaml), run for real with the `pre-commit` framework
 * (Debian package `pre-commit`; .ci/run installs it): `pre-commit run` installs copydesk
 * from a clone of this repository as pre-commit's node installer does (npm install, npm pack,
 * npm install -g) and runs the hooks on a staged article in a temporary git repository.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, tempDir } from '../helpers/cli.js';
import { PLUGIN_FILE, PLUGIN_SOURCE, testConfig } from '../helpers/plugin.js';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasPreCommit) console.warn('pre-commit is not installed (apt-get install pre-commit): skipping the pre-commit hook test');

const sh = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) => {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', timeout: 1_800_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};

describe.skipIf(!hasPreCommit)('pre-commit hooks (skipped when pre-commit is not installed: apt-get install pre-commit)', () => {
  it('copydesk fails on a staged article with findings and passes on a clean one; copydesk-fix fixes it', { timeout: 2_400_000 }, () => {
    const work = tempDir();
    // The committed state of this repository, as a user's pre-commit would fetch it.
    expect(sh('git', ['clone', '-q', ROOT, 'copydesk'], work).code).toBe(0);
    const hooksRepo = path.join(work, 'copydesk');
    const repo = path.join(work, 'site');
    // npm takes packages it already has from its cache instead of asking the registry again.
    const env = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
    sh('git', ['init', '-q', repo], work);
    writeFileSync(path.join(repo, PLUGIN_FILE), PLUGIN_SOURCE);
    writeFileSync(path.join(repo, '.copydeskrc.json'), testConfig());
    writeFileSync(path.join(repo, 'story.md'), 'Headline\n\nShare this\n\nThe council met on Tuesday.\n');
    // Both hooks from one repository and revision share one installed environment, so copydesk
    // is installed once (as a user's pre-commit would), not once per hook run.
    const rev = sh('git', ['rev-parse', 'HEAD'], hooksRepo).out.trim();
    writeFileSync(
      path.join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hooksRepo}\n    rev: ${rev}\n    hooks:\n      - id: copydesk\n      - id: copydesk-fix\n`,
    );
    sh('git', ['add', 'story.md', '.pre-commit-config.yaml'], repo);

    const bad = sh('pre-commit', ['run', 'copydesk'], repo, env);
    expect(bad.out).toMatch(/copydesk\.+Failed/);
    expect(bad.out).toContain('story.md');
    expect(bad.out).toContain('test/chrome');
    expect(bad.code).toBe(1);

    const fix = sh('pre-commit', ['run', 'copydesk-fix'], repo, env);
    expect(fix.out).toMatch(/files were modified by this hook/);
    expect(fix.code).toBe(1);
    expect(readFileSync(path.join(repo, 'story.md'), 'utf8')).toBe('Headline\n\n\nThe council met on Tuesday.\n');

    sh('git', ['add', 'story.md'], repo);
    const good = sh('pre-commit', ['run', 'copydesk'], repo, env);
    expect(good.out).toMatch(/copydesk\.+Passed/);
    expect(good.code).toBe(0);
  });
});
