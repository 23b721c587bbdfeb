import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import picomatch from 'picomatch';
import { existsSync } from 'node:fs';
import { validate } from '../../src/config/validate.js';
import { configSchema } from '../../src/config/load.js';
import { rules } from '../../src/rules/index.js';
import pkg from '../../package.json' with { type: 'json' };

const schema = configSchema() as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
const ajvValidate = ajv.compile(schema);

const samples: unknown[] = [
  {},
  { rules: { spelling: 'off', 'duplicate-label': ['error', { minLength: 3 }] } },
  { rules: { spelling: 'loud' } },
  { rules: { spelling: ['error', { a: 1 }, 3] } },
  { rules: { spelling: [] } },
  { rules: { spelling: 2, other: 'warn' } },
  { language: 'en-GB', accept: ['Balicer', 'FSB'] },
  { language: 'en_GB' },
  { accept: [''] },
  { accept: 'Balicer' },
  { extends: 'copydesk:strict' },
  { extends: ['copydesk:recommended', './base.json'] },
  { extends: [3] },
  { overrides: [{ files: '*.md', rules: { spelling: 'off' } }] },
  { overrides: [{ files: [], rules: {} }] },
  { overrides: [{ files: 'a', colour: 'red' }] },
  { overrides: [{}] },
  { plugins: ['./x.js'], ignorePatterns: ['drafts/'] },
  { unknown: true },
  [],
  'rules',
  null,
];

describe('config JSON Schema', () => {
  it('is a valid draft-07 schema (ajv compiles it) and ships in the package', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(pkg.files).toContain('schema');
    expect(JSON.parse(readFileSync(new URL('../../schema/config.schema.json', import.meta.url), 'utf8')).$id).toMatch(/config\.schema\.json$/);
  });

  it('the package ships every rule README (for copydesk explain and SARIF help) and the schema', () => {
    const shipped = picomatch(pkg.files.map((f) => (f.includes('*') || f.includes('.') ? f : `${f}/**`)));
    for (const r of rules) {
      const readme = `src/rules/${r.id}/README.md`;
      expect(existsSync(new URL(`../../${readme}`, import.meta.url)), readme).toBe(true);
      expect(shipped(readme), readme).toBe(true);
    }
    expect(shipped('schema/config.schema.json')).toBe(true);
  });

  it('the built-in validator agrees with ajv on valid and invalid configs', () => {
    for (const s of samples) {
      expect(validate(s, schema).length === 0, JSON.stringify(s)).toBe(ajvValidate(s));
    }
  });

  it('the built-in validator agrees with ajv on every rule option schema (defaults valid, nonsense invalid)', () => {
    for (const r of rules) {
      const check = ajv.compile(r.meta.schema);
      expect(validate(r.meta.defaultOptions, r.meta.schema), r.id).toEqual([]);
      expect(check(r.meta.defaultOptions), r.id).toBe(true);
      for (const bad of [{ __nonsense__: 1 }, 'x', 3]) expect(validate(bad, r.meta.schema).length === 0, `${r.id} ${JSON.stringify(bad)}`).toBe(check(bad));
    }
  });

  it('says where and what was expected', () => {
    expect(validate({ rules: { spelling: 'loud' } }, schema)).toEqual([{ path: 'rules.spelling', message: expect.stringMatching(/^expected one of "off", "warning", "warn", "error".*got "loud"$/) }]);
    expect(validate({ accept: ['a', 3] }, schema)).toEqual([{ path: 'accept[1]', message: 'expected a string, got 3' }]);
    expect(validate({ overrides: [{ files: 'x', colour: 1 }] }, schema)[0]).toEqual({ path: 'overrides[0].colour', message: expect.stringMatching(/^unknown key \(expected one of: files,/) });
    expect(validate({ rules: { 'a/b': ['error', 'x'] } }, schema)[0]).toEqual({ path: 'rules["a/b"][1]', message: 'expected an object, got "x"' });
  });
});
