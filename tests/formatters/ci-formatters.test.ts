import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv4Module from 'ajv-draft-04';
import { sarif } from '../../src/formatters/sarif.js';
import { github, GITHUB_ANNOTATION_LIMIT } from '../../src/formatters/github.js';
import { junit } from '../../src/formatters/junit.js';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import { summarise } from '../../src/engine/lint.js';
import { ruleDocs } from '../../src/cli/rule-docs.js';
import type { LintMessage } from '../../src/types.js';

const require = createRequire(import.meta.url);
// A CommonJS module: its class is the default export at run time, `.default` in the typings.
const Ajv4 = ((Ajv4Module as unknown as { default?: typeof Ajv4Module }).default ?? Ajv4Module) as unknown as new (o: object) => import('ajv').Ajv;
/** The SARIF 2.1.0 schema (rtm.5) as published by Microsoft in @microsoft/jest-sarif (MIT). */
const SARIF_SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;

const m = (over: Partial<LintMessage>): LintMessage => ({ ruleId: 'boilerplate-leakage', messageId: 'chromePhrase', severity: 2, message: 'Unexpected `Share this`.', line: 1, column: 1, endLine: 1, endColumn: 11, ...over });
const results = [
  summarise('news/a story.md', [
    m({ fix: { range: [0, 11], text: '' } }),
    m({ ruleId: 'duplicate-label', messageId: 'repeatedHeadline', line: 4, column: 1, endLine: 4, endColumn: 9, message: 'Repeated headline; remove it.', related: [{ line: 2, column: 1, endLine: 2, endColumn: 9, message: 'First here' }] }),
    m({ ruleId: 'spelling', messageId: 'unknown', severity: 1, line: 5, column: 3, endLine: 5, endColumn: 7, message: 'Unknown word `teh`: 50% <sure> & "quoted",\nnext' }),
  ]),
  summarise('clean.txt', []),
];
const ctx = { color: false, cwd: '/work/site', version: '1.2.3', rules: ruleDocs(true) };

describe('sarif', () => {
  const log = JSON.parse(sarif(results, ctx));

  it('validates against the official SARIF 2.1.0 JSON schema', () => {
    const ajv = new Ajv4({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(SARIF_SCHEMA);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // …and the validator does reject a broken log.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('carries rule metadata with the README as help text, and one result per finding', () => {
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'copydesk', version: '1.2.3' });
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const d of ctx.rules) expect(ids).toContain(d.id);
    const bl = run.tool.driver.rules.find((r: { id: string }) => r.id === 'boilerplate-leakage');
    expect(bl.help.markdown).toMatch(/^# boilerplate-leakage/);
    expect(bl.defaultConfiguration.level).toBe('error');
    expect(run.results).toHaveLength(3);
    const [first, dup, spell] = run.results;
    expect(first).toMatchObject({ ruleId: 'boilerplate-leakage', level: 'error', message: { text: 'Unexpected `Share this`.' } });
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('boilerplate-leakage');
    expect(first.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'news/a%20story.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 11 } });
    expect(dup.relatedLocations[0].physicalLocation.region.startLine).toBe(2);
    expect(spell.level).toBe('warning');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/site/');
  });
});

describe('github', () => {
  it('prints workflow commands with escaped properties and data', () => {
    const out = github(results, ctx).split('\n');
    expect(out[0]).toBe('::error file=news/a story.md,line=1,col=1,endLine=1,endColumn=11,title=copydesk (boilerplate-leakage)::Unexpected `Share this`.');
    expect(out[2]).toBe('::warning file=news/a story.md,line=5,col=3,endLine=5,endColumn=7,title=copydesk (spelling)::Unknown word `teh`: 50%25 <sure> & "quoted",%0Anext');
    expect(out[3]).toBe('copydesk: 3 problems (2 errors, 1 warning)');
    expect(github([summarise('a', [])], ctx)).toBe('');
  });

  it('annotates at most 10 errors and 10 warnings and says what was not shown', () => {
    const many = summarise('a.md', [
      ...Array.from({ length: 13 }, (_, i) => m({ line: i + 1 })),
      ...Array.from({ length: 11 }, (_, i) => m({ severity: 1, ruleId: 'spelling', line: 20 + i })),
    ]);
    const out = github([many], ctx).trimEnd().split('\n');
    expect(out.filter((l) => l.startsWith('::error ')).length).toBe(GITHUB_ANNOTATION_LIMIT);
    expect(out.filter((l) => l.startsWith('::warning ')).length).toBe(GITHUB_ANNOTATION_LIMIT);
    expect(out.filter((l) => /^a\.md:\d+:\d+: (error|warning) /.test(l))).toHaveLength(4);
    expect(out.at(-2)).toMatch(/^::notice title=copydesk::3 errors and 1 warning not shown as annotations \(GitHub shows at most 10 errors and 10 warnings per step\)/);
    expect(out.at(-1)).toBe('copydesk: 24 problems (13 errors, 11 warnings)');
  });
});

describe('junit', () => {
  it('one testsuite per file, a failing testcase per finding, a passing one for a clean file', () => {
    const out = junit(results);
    expect(out.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="copydesk" tests="4" failures="3" errors="0">')).toBe(true);
    expect(out).toContain('<testsuite package="org.copydesk" time="0" tests="3" errors="0" failures="3" name="news/a story.md">');
    expect(out).toContain('<testcase time="0" name="org.copydesk.spelling" classname="news/a story">');
    expect(out).toContain('<failure message="Unknown word `teh`: 50% &lt;sure&gt; &amp; &quot;quoted&quot;,\nnext" type="warning"><![CDATA[line 5, col 3, Warning - Unknown word');
    expect(out).toContain('<testcase time="0" name="clean.txt" classname="clean" />');
    expect(out.trimEnd().endsWith('</testsuites>')).toBe(true);
    expect(junit([summarise('x', [m({ message: 'a ]]> b \u0007' })])])).toContain('a ]]]]><![CDATA[> b ');
  });
});

describe('checkstyle', () => {
  it('one file element per file with escaped error elements', () => {
    const out = checkstyle(results);
    expect(out).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="news/a story.md">',
        '    <error line="1" column="1" severity="error" message="Unexpected `Share this`. (boilerplate-leakage)" source="copydesk.boilerplate-leakage" />',
        '    <error line="4" column="1" severity="error" message="Repeated headline; remove it. (duplicate-label)" source="copydesk.duplicate-label" />',
        '    <error line="5" column="3" severity="warning" message="Unknown word `teh`: 50% &lt;sure&gt; &amp; &quot;quoted&quot;,\nnext (spelling)" source="copydesk.spelling" />',
        '  </file>',
        '  <file name="clean.txt">',
        '  </file>',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });
});
