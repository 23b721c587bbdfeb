import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync, chmodSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT, BIN, tempDir } from '../helpers/cli.js';
import { PLUGIN_FILE, PLUGIN_SOURCE, testConfig } from '../helpers/plugin.js';

interface Step {
  name: string;
  id?: string;
  if?: string;
  run: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};

/** Run one composite step's script as GitHub would, with `copydesk` on PATH being this build. */
function runStep(step: Step, inputs: Record<string, string>, cwd: string) {
  const shim = tempDir();
  writeFileSync(path.join(shim, 'copydesk'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(path.join(shim, 'copydesk'), 0o755);
  const all = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default ?? '']));
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => all[name] ?? '')]));
  const output = path.join(shim, 'github-output');
  writeFileSync(output, '');
  const r = spawnSync('bash', ['-e', '-c', step.run], { cwd, env: { ...process.env, ...env, PATH: `${shim}:${process.env.PATH}`, GITHUB_OUTPUT: output, NO_COLOR: '1' }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, output: readFileSync(output, 'utf8') };
}

describe('GitHub Action (action.yml)', () => {
  it('is a composite action whose expressions refer to inputs and steps that exist', () => {
    expect(action.runs.using).toBe('composite');
    const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    for (const [, name] of text.matchAll(/inputs\.([\w-]+)/g)) expect(Object.keys(action.inputs)).toContain(name);
    for (const [, id] of text.matchAll(/steps\.([\w-]+)\.outputs/g)) expect(action.runs.steps.map((s) => s.id)).toContain(id);
    expect(action.runs.steps[0]!.run).toMatch(/npm install --global .*copydesk@\$\{COPYDESK_VERSION\}/);
  });

  it('uses only options copydesk has', () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout;
    for (const step of action.runs.steps.slice(1)) for (const [flag] of step.run.matchAll(/--[a-z][\w-]+/g)) expect(help, flag).toContain(flag);
  });

  it('writes SARIF, annotates, and passes on the exit code', () => {
    const dir = tempDir({ [PLUGIN_FILE]: PLUGIN_SOURCE, '.copydeskrc.json': testConfig({}, { 'test/word': 'warning' }), 'content/a.md': 'Share this\n\nteh\n', 'content/b.md': 'fine\n' });
    const [, sarifStep, lintStep] = action.runs.steps;
    const inputs = { files: 'content/*.md', 'sarif-file': 'out/copydesk.sarif' };
    const s = runStep(sarifStep!, inputs, dir);
    expect(s.stderr).toBe('');
    expect(s.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'out/copydesk.sarif'), 'utf8')).runs[0].results).toHaveLength(2);
    const l = runStep(lintStep!, inputs, dir);
    expect(l.code).toBe(1);
    expect(l.stdout).toMatch(/^::error file=content\/a\.md,line=1,/m);
    expect(l.output).toBe('exit-code=1\n');
    const clean = runStep(lintStep!, { files: 'content/b.md', args: '--max-warnings 0' }, dir);
    expect([clean.code, clean.output]).toEqual([0, 'exit-code=0\n']);
  });

  it('fails the SARIF step on a configuration error (exit 2), not on findings', () => {
    const dir = tempDir({ '.copydeskrc.json': '{"rules":{"nope":"error"}}', 'a.md': 'x\n' });
    mkdirSync(path.join(dir, 'out'));
    const s = runStep(action.runs.steps[1]!, { files: 'a.md', 'sarif-file': 'out/x.sarif' }, dir);
    expect(s.code).toBe(2);
    expect(existsSync(path.join(dir, 'out/x.sarif'))).toBe(false);
  });

  it('the example workflow passes only inputs the action has', () => {
    const wf = parse(readFileSync(path.join(ROOT, 'docs/examples/copydesk-workflow.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
    const step = Object.values(wf.jobs)[0]!.steps.find((s) => s.uses?.includes('/copydesk@'))!;
    for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
  });
});
