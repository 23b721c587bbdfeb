import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';

const CONTRACT_IDS = ['boilerplate-leakage', 'duplicate-label', 'off-topic-insertion', 'missing-attribution', 'spelling'];
const rulesDir = path.join(ROOT, 'src', 'rules');
const folders = readdirSync(rulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('rule registry', () => {
  it('registers every rule folder, and only those', () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...folders].sort());
  });

  it('uses only the contract rule ids', () => {
    for (const r of rules) expect(CONTRACT_IDS).toContain(r.id);
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a README whose title is the id, with Options, Examples and When not to use it', () => {
        const readme = path.join(rulesDir, rule.id, 'README.md');
        expect(existsSync(readme)).toBe(true);
        const text = readFileSync(readme, 'utf8');
        expect(text.split('\n')[0]).toBe(`# ${rule.id}`);
        expect(text).toMatch(/^## Options$/m);
        expect(text).toMatch(/^## Examples$/m);
        expect(text).toMatch(/^## When not to use it$/m);
      });

      it('has a test file named after it', () => {
        expect(existsSync(path.join(ROOT, 'tests', 'rules', `${rule.id}.test.ts`))).toBe(true);
      });

      it('has complete meta', () => {
        expect(rule.meta.description).toMatch(/^(Disallow|Require|Report|Flag)/);
        expect(['error', 'warning']).toContain(rule.meta.defaultSeverity);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        expect(rule.meta.schema).toBeTypeOf('object');
        for (const template of Object.values(rule.meta.messages)) expect(template).toMatch(/^[A-Z`]/);
      });

      it('has at least one positive and one clean fixture', () => {
        const fixtures = readdirSync(path.join(ROOT, 'fixtures'), { withFileTypes: true }).filter((d) => d.isDirectory());
        let positive = 0;
        for (const f of fixtures) {
          const expected = JSON.parse(readFileSync(path.join(ROOT, 'fixtures', f.name, 'expected.json'), 'utf8')) as Array<{ ruleId: string }>;
          if (expected.some((e) => e.ruleId === rule.id)) positive++;
        }
        expect(positive).toBeGreaterThan(0);
        expect(fixtures.some((f) => f.name.startsWith('clean-'))).toBe(true);
      });
    });
  }
});
