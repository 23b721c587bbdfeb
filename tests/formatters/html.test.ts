import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Root, RootContent } from 'hast';
import { html } from '../../src/formatters/html.js';
import { formatters } from '../../src/formatters/index.js';
import { summarise } from '../../src/engine/lint.js';
import { LineIndex } from '../../src/engine/line-index.js';
import { lintText } from '../../src/index.js';
import type { LintMessage, LintResult } from '../../src/types.js';

const ctx = { color: false, cwd: '/' };

/** A message for the text `needle` (its `nth` occurrence) in `source`. */
function at(source: string, needle: string, ruleId: string, messageId: string, extra: Partial<LintMessage> = {}, nth = 0): LintMessage {
  let o = -1;
  for (let i = 0; i <= nth; i++) o = source.indexOf(needle, o + 1);
  if (o < 0) throw new Error(`no ${needle}`);
  const index = new LineIndex(source);
  const a = index.position(o);
  const b = index.position(o + needle.length);
  return { ruleId, messageId, severity: 1, message: `Check \`${needle}\`.`, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, ...extra };
}

const parse = (page: string) => unified().use(rehypeParse).parse(page) as Root;

function walk(node: Root | RootContent, visit: (el: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const c of node.children) walk(c, visit);
}

const classes = (el: Element) => (el.properties.className as string[] | undefined) ?? [];

/** Text of an element without the badges and labels that the report adds. */
function textOf(node: RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (classes(node).includes('badge') || node.tagName === 'ins') return '';
  return node.children.map(textOf).join('');
}

/** For every finding number: the text of all its highlighted pieces (nested marks included), in order. */
function highlights(page: string): Map<string, { text: string; first: Element; pieces: Element[] }> {
  const out = new Map<string, { text: string; first: Element; pieces: Element[] }>();
  walk(parse(page), (el) => {
    if (el.tagName !== 'mark') return;
    const n = String(el.properties.dataF);
    const entry = out.get(n);
    if (entry) {
      entry.text += textOf(el);
      entry.pieces.push(el);
    } else out.set(n, { text: textOf(el), first: el, pieces: [el] });
  });
  return out;
}

function byId(page: string, id: string): Element | undefined {
  let found: Element | undefined;
  walk(parse(page), (el) => {
    if (el.properties.id === id) found = el;
  });
  return found;
}

const SOURCE = [
  'More',
  '',
  'Council Approves Budget',
  '',
  'Published on',
  '',
  'The council approved the budget on Tuesday after a long debate, <script>window.pwned = 1</script> said the clerk & the mayor.',
  '',
  'Council Approves Budget',
  '',
  'Read more',
  '',
  'Related story one',
  '',
  'Related story two',
  '',
].join('\n');

function seedLike(): LintResult {
  const messages: LintMessage[] = [
    at(SOURCE, 'More', 'boilerplate-leakage', 'navigation', { severity: 2, fix: { range: [0, 6], text: '' } }),
    at(SOURCE, 'Published on', 'missing-attribution', 'emptyMetadata'),
    at(SOURCE, 'debate, <script>', 'spelling', 'unknown'),
    at(SOURCE, 'the clerk', 'missing-attribution', 'vagueSource'),
    at(SOURCE, 'Council Approves Budget', 'duplicate-label', 'repeatedHeadline', { severity: 2, related: [{ ...pick(at(SOURCE, 'Council Approves Budget', 'x', 'y')) }] }, 1),
    at(SOURCE, 'Read more', 'boilerplate-leakage', 'teaserRun', { severity: 2 }),
    at(SOURCE, 'Related story one', 'boilerplate-leakage', 'teaserRun', { severity: 2 }),
    at(SOURCE, 'Related story two', 'boilerplate-leakage', 'teaserRun', { severity: 2 }),
  ];
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  return summarise('news/budget.txt', messages, SOURCE);
}

function pick(m: LintMessage) {
  return { line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn };
}

describe('html formatter', () => {
  it('is registered as --format html', () => {
    expect(formatters.html).toBe(html);
  });

  it('writes one self-contained document: no external resources, a CSP that allows only its own script', () => {
    const page = html([seedLike()], ctx);
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:|\/\/)/i);
    expect(page).not.toMatch(/@import|url\(/i);
    expect(page).not.toMatch(/<link\b/i);
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]![1]!, 'utf8').digest('base64');
    expect(page).toContain(`script-src 'sha256-${hash}'`);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });

  it('escapes article text, file names and messages', () => {
    const evil = summarise('a"><img src=x onerror=alert(1)>.txt', [at(SOURCE, 'the clerk', 'spelling', 'unknown', { message: 'Word `<b>clerk</b>` & "quotes".' })], SOURCE);
    const page = html([evil], ctx);
    expect(page).not.toContain('<script>window.pwned');
    expect(page).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(page).toContain(' &amp; the mayor.');
    expect(page).not.toMatch(/<img/i);
    expect(page).toContain('a&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt');
    expect(page).toContain('<code>&lt;b&gt;clerk&lt;/b&gt;</code> &amp; &quot;quotes&quot;.');
    expect(page).not.toContain('<b>clerk');
  });

  it('highlights every finding in place, exactly over its text, with rule, position and a note', () => {
    const result = seedLike();
    const page = html([result], ctx);
    const marks = highlights(page);
    const index = new LineIndex(SOURCE);
    expect(marks.size).toBe(result.messages.length);
    result.messages.forEach((m, k) => {
      const n = String(k + 1);
      const mark = marks.get(n)!;
      expect(mark.first.properties.id).toBe(`f${n}`);
      expect(mark.first.properties.tabIndex).toBe(0);
      expect(mark.first.properties.dataRule).toBe(m.ruleId);
      expect(mark.first.properties.dataPos).toBe(`${m.line}:${m.column}`);
      expect(classes(mark.first)).toContain(`r-${m.ruleId}`);
      const start = index.starts[m.line - 1]! + m.column - 1;
      const end = index.starts[m.endLine - 1]! + m.endColumn - 1;
      expect(mark.text).toBe(SOURCE.slice(start, end));
      const note = byId(page, String(mark.first.properties.ariaDescribedBy));
      expect(note, `note of finding ${n}`).toBeDefined();
    });
  });

  it('marks each rule with an icon and a label besides its colour', () => {
    const page = html([seedLike()], ctx);
    for (const [, mark] of highlights(page)) {
      const badge = mark.first.children.find((c): c is Element => c.type === 'element' && classes(c).includes('badge'));
      expect(badge).toBeDefined();
      expect(textOf({ ...badge!, properties: {} })).toMatch(/^\S+Finding \d+, (Site chrome|Attribution|Spelling|Duplicate) (error|warning): $/);
    }
  });

  it('strikes through text that a fix deletes and says what the fix does', () => {
    const page = html([seedLike()], ctx);
    const first = highlights(page).get('1')!.first;
    expect(classes(first)).toContain('del');
    expect(textOf(byId(page, 'n1')!)).toContain('Fix: delete line 1');
  });

  it('shows a replacement inline', () => {
    const m = at(SOURCE, 'Tuesday', 'spelling', 'unknown', {});
    const index = new LineIndex(SOURCE);
    const s = index.starts[m.line - 1]! + m.column - 1;
    m.fix = { range: [s, s + 'Tuesday'.length], text: 'Wednesday' };
    const page = html([summarise('a.txt', [m], SOURCE)], ctx);
    expect(page).toMatch(/<ins class="fix-ins" data-f="1"><span class="vh">Replace with: <\/span>Wednesday<\/ins>/);
    expect(textOf(byId(page, 'n1')!)).toContain('Fix: replace Tuesday with Wednesday');
  });

  it('lists replacement suggestions on one line', () => {
    const fix = { range: [0, 0] as [number, number], text: '' };
    const m = at(SOURCE, 'Tuesday', 'spelling', 'unknownWithSuggestions', {
      suggestions: ['Tuesdays', 'Tues', 'Thursday'].map((w) => ({ desc: `Replace with \`${w}\``, fix })),
    });
    const note = textOf(byId(html([summarise('a.txt', [m], SOURCE)], ctx), 'n1')!);
    expect(note).toContain('Suggestion: replace with Tuesdays, Tues or Thursday');
  });

  it('links a duplicate to its first occurrence', () => {
    const result = seedLike();
    const page = html([result], ctx);
    const k = result.messages.findIndex((m) => m.ruleId === 'duplicate-label');
    const n = k + 1;
    const target = byId(page, `r${n}-0`)!;
    expect(target).toBeDefined();
    expect(textOf(target)).toBe('Council Approves Budget');
    expect(target.properties.dataF).toBe(String(n));
    expect(page).toContain(`<a href="#r${n}-0"><span aria-hidden="true">↑ </span>First occurrence (line 3)</a>`);
  });

  it('gives a run of like findings on neighbouring lines one shared note', () => {
    const page = html([seedLike()], ctx);
    const marks = highlights(page);
    const teasers = [...marks.values()].filter((m) => m.first.properties.dataRule === 'boilerplate-leakage' && m.first.properties.dataPos !== '1:1');
    expect(teasers).toHaveLength(3);
    const noteIds = new Set(teasers.map((t) => String(t.first.properties.ariaDescribedBy)));
    expect(noteIds.size).toBe(1);
    const note = byId(page, [...noteIds][0]!)!;
    expect(textOf(note)).toMatch(/Also on lines 13, 15\./);
  });

  it('groups a block of deleted chrome lines across message ids, one message per kind', () => {
    const source = 'Home\nSubscribe\nNewsletters\n\nThe story.\n';
    const index = new LineIndex(source);
    const line = (l: number, messageId: string): LintMessage => {
      const [s, e] = index.lineRange(l);
      return { ...at(source, source.slice(s, e), 'boilerplate-leakage', messageId, { severity: 2 }), fix: { range: index.lineRangeWithEol(l), text: '' } };
    };
    const page = html([summarise('x.txt', [line(1, 'navigation'), line(2, 'chromePhrase'), line(3, 'chromePhrase')], source)], ctx);
    const marks = [...highlights(page).values()];
    expect(new Set(marks.map((m) => String(m.first.properties.ariaDescribedBy)))).toEqual(new Set(['n1']));
    const note = byId(page, 'n1')!;
    expect(textOf(note)).toContain('Check Home.Check Subscribe.Also on lines 2, 3.');
    expect(textOf(note)).toContain('Fix: delete lines 1–3');
    expect(textOf(note)).toContain('boilerplate-leakage / navigation, chromePhrase');
  });

  it('keeps overlapping and multi-line findings well nested', () => {
    const source = 'Alpha beta gamma delta\nepsilon zeta eta\n';
    const a = at(source, 'beta gamma', 'spelling', 'unknown');
    const b = at(source, 'gamma delta\nepsilon', 'off-topic-insertion', 'sentence');
    const c = at(source, 'Alpha beta gamma delta', 'boilerplate-leakage', 'chromePhrase');
    const messages = [c, a, b];
    const page = html([summarise('x.txt', messages, source)], ctx);
    const marks = highlights(page);
    expect(marks.get('1')!.text).toBe('Alpha beta gamma delta');
    expect(marks.get('2')!.text).toBe('beta gamma');
    expect(marks.get('3')!.text.replace(/\n/g, '')).toBe('gamma deltaepsilon');
    expect(marks.get('3')!.pieces.length).toBeGreaterThan(1);
    // Only the first piece of a finding is a Tab stop.
    for (const [, m] of marks) expect(m.pieces.filter((p) => p.properties.tabIndex === 0)).toHaveLength(1);
  });

  it('draws an empty finding as a caret and keeps findings outside the text in a list', () => {
    const source = 'Headline\n\nBody text.\n';
    const empty: LintMessage = { ruleId: 'missing-attribution', messageId: 'missingByline', severity: 1, message: 'No byline.', line: 1, column: 9, endLine: 1, endColumn: 9 };
    const outside: LintMessage = { ...empty, line: 40, column: 1, endLine: 40, endColumn: 1 };
    const page = html([summarise('x.txt', [empty, outside], source)], ctx);
    const marks = highlights(page);
    expect(classes(marks.get('1')!.first)).toContain('caret');
    expect(page).toContain('Findings outside the text:');
    expect(byId(page, 'n2')).toBeDefined();
  });

  it('maps CRLF positions and hides the usual indentation only', () => {
    const source = '    First line here\r\n\r\n    Second line has a typo: teh\r\n';
    const m = at(source, 'teh', 'spelling', 'unknown');
    const page = html([summarise('crlf.txt', [m], source)], ctx);
    expect(highlights(page).get('1')!.text).toBe('teh');
    expect(page).toContain('<div class="txt">First line here</div>');
  });

  it('renders Markdown and HTML sources as escaped text, line by line, one mark per finding', () => {
    const md = '---\ntitle: Budget\n---\n# Council approves budget\n\nThe council approved the budgett, officials said.\n\n[Home](/) | [News](/news)\n';
    const htmlSource =
      '<html><head><title>Budget</title></head><body>\n<h1>Council approves budget</h1>\n<p>The council approved the budgett <b>on Tuesday</b>.</p>\n<script>window.pwned=1</script>\n</body></html>\n';
    const results = [lintText(md, { filePath: 'story.md' }), lintText(htmlSource, { filePath: 'story.html' })];
    const page = html(results, ctx);
    expect(page).not.toContain('<script>window.pwned');
    expect(highlights(page).size).toBe(results[0]!.messages.length + results[1]!.messages.length);
    // The text shown, row by row, is the source text itself.
    const shown: string[][] = [];
    walk(parse(page), (el) => {
      if (el.tagName === 'article') shown.push([]);
      if (classes(el).includes('txt')) shown[shown.length - 1]!.push(textOf(el));
    });
    expect(shown[0]).toEqual(md.split('\n').filter((l) => l !== ''));
    expect(shown[1]).toEqual(htmlSource.split('\n').filter((l) => l !== ''));
  });

  it('lists the findings when the text is not available (results from workers or other tools)', () => {
    const noText = summarise('far.txt', [at(SOURCE, 'the clerk', 'spelling', 'unknown')]);
    const page = html([noText, summarise('clean.txt', [])], ctx);
    expect(page).toContain('The text of this file is not available; its findings:');
    expect(byId(page, 'n1')).toBeDefined();
    expect(page).not.toContain('<mark');
    expect(page).toMatch(/id="file-2"[\s\S]*No findings\./);
  });

  it('says so when nothing was found, without a finding navigator', () => {
    const page = html([summarise('clean.txt', [], 'A calm headline\n\nAll is well.\n')], ctx);
    expect(page).toContain('No problems found in 1 file.');
    expect(page).not.toContain('class="fnav"');
    expect(page).toContain('All is well.');
  });

  it('counts findings per rule and per file in the summary', () => {
    const a = seedLike();
    const b = summarise('b.txt', [at(SOURCE, 'the clerk', 'spelling', 'unknown')], SOURCE);
    const page = html([b, a, summarise('c.txt', [], 'x')], ctx);
    expect(page).toMatch(/<tr><th scope="row"><a href="#file-2">news\/budget\.txt<\/a><\/th>[\s\S]*?<b>8<\/b>/);
    expect(page.indexOf('href="#file-2"')).toBeLessThan(page.indexOf('href="#file-1"'));
    expect(page).toContain('1 file without findings.');
    expect(page).toMatch(/class="r-boilerplate-leakage"><th scope="row">[\s\S]*?<td class="num"><b>4<\/b>/);
  });

  it('is deterministic', () => {
    expect(html([seedLike()], ctx)).toBe(html([seedLike()], ctx));
  });
});
