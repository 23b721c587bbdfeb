/**
 * The HTML report in a real browser: headless Chromium (Debian package `chromium`) driven by
 * playwright-core. Skips, saying why, when /usr/bin/chromium is not installed.
 * Screenshots land in test-artifacts/; COPYDESK_UPDATE_SCREENSHOT=1 also refreshes
 * docs/report-screenshot.png (the picture in the README).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { lintFiles } from '../../src/index.js';
import { html } from '../../src/formatters/html.js';
import { json } from '../../src/formatters/json.js';
import { LineIndex } from '../../src/engine/line-index.js';
import type { LintMessage } from '../../src/types.js';
import { copydesk, ROOT } from '../helpers/cli.js';

// Functions passed to page.evaluate run in the browser; the project compiles without the DOM
// library, so its few browser globals are declared here, loosely, for this file only.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const location: any;
declare const Element: any;
declare function getComputedStyle(el: any): any;
type Element = any;
type HTMLElement = any;

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const SKIP_NOTE = hasChromium ? '' : ` (skipped: ${CHROMIUM} is missing; install it with: apt-get install -y chromium)`;
if (!hasChromium) console.warn(`html-report browser test${SKIP_NOTE}`);

// Articles written for this test. The injected ones must show their markup as text, never run it.
const INJECTED_HTML = `<!doctype html>
<html><head><title>Harbour Ferry Returns After Repairs</title></head>
<body>
<nav>Home | News | Sport | Weather</nav>
<h1>Harbour Ferry Returns After Repairs</h1>
<p>The harbour ferry returned to service on Monday after three weeks of repairs to its engine, the operator said.</p>
<p>Passengers queued from early morning. <script>window.__copydeskInjected = 'script'</script><img src="x" onerror="window.__copydeskInjected = 'img'"></p>
<p>The operator said the timetable would be back to normal by the weekend.</p>
</body></html>
`;
const INJECTED_MD = `# Library Extends Opening Hours

The city library will open until nine in the evening from next month, the council said on Tuesday.

<script>window.__copydeskInjected = 'markdown'</script>

Readers had asked for longer hours in a survey last spring, according to the council.

Share this article
`;
const CLEAN = `Bakery Wins Regional Prize

A family bakery in the old town won the regional bread prize on Saturday, the judges announced.

The owners, who opened the shop twelve years ago, said they would use the prize money to train two apprentices.
`;

interface Report {
  filePath: string;
  messages: LintMessage[];
}

const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!hasChromium)(`HTML report in headless Chromium${SKIP_NOTE}`, () => {
  let dir: string;
  let profile: string;
  let browser: BrowserContext;
  let reports: Report[];
  let sources: Map<string, string>;
  let reportPath: string;
  let cleanPath: string;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-html-'));
    profile = mkdtempSync(path.join(tmpdir(), 'copydesk-chromium-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(path.join(ROOT, 'fixtures/seed-article/article.txt'), path.join(dir, 'seed-article.txt'));
    writeFileSync(path.join(dir, 'ferry.html'), INJECTED_HTML);
    writeFileSync(path.join(dir, 'library.md'), INJECTED_MD);
    writeFileSync(path.join(dir, 'bakery.txt'), CLEAN);
    // One lint run feeds both formatters: the JSON report is the expected set.
    const { results, errors } = await lintFiles(['seed-article.txt', 'ferry.html', 'library.md', 'bakery.txt'], { cwd: dir });
    expect(errors).toEqual([]);
    reports = JSON.parse(json(results)) as Report[];
    sources = new Map(results.map((r) => [r.filePath, r.source!]));
    reportPath = path.join(dir, 'report.html');
    writeFileSync(reportPath, html(results, { color: false, cwd: dir }));
    cleanPath = path.join(dir, 'clean.html');
    writeFileSync(cleanPath, html(results.filter((r) => r.filePath === 'bakery.txt'), { color: false, cwd: dir }));

    const { chromium } = await import('playwright-core');
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: launchArgs,
      viewport: { width: 1400, height: 1000 },
      offline: true,
    });
    await browser.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(file: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    await page.goto(`file://${file}`);
    await page.waitForLoadState('load');
    return { page, problems };
  }

  it('seed article: has findings to show', () => {
    const seed = reports.find((r) => r.filePath === 'seed-article.txt')!;
    expect(seed.messages.length).toBeGreaterThan(0);
  });

  it('highlights every finding of the JSON report in place, with its note, rule style and related links', async () => {
    const { page, problems } = await open(reportPath);
    for (const [i, report] of reports.entries()) {
      const source = sources.get(report.filePath)!;
      const index = new LineIndex(source);
      const offset = (line: number, column: number) => index.starts[line - 1]! + column - 1;
      const shown = await page.evaluate((sel) => {
        const pieces = (n: string) => Array.from(document.querySelectorAll(`mark[data-f="${n}"]`));
        const text = (el: Element): string =>
          Array.from(el.childNodes)
            .map((c: any) => (c.nodeType === 3 ? c.textContent : c instanceof Element && !c.matches('.badge, ins') ? text(c) : ''))
            .join('');
        return Array.from(document.querySelectorAll(`${sel} mark[tabindex="0"]`)).map((m: any) => {
          const style = getComputedStyle(m);
          const box = m.getBoundingClientRect();
          const note = document.getElementById(m.getAttribute('aria-describedby') ?? '');
          return {
            n: (m as HTMLElement).dataset.f!,
            rule: (m as HTMLElement).dataset.rule!,
            pos: (m as HTMLElement).dataset.pos!,
            text: pieces((m as HTMLElement).dataset.f!).map(text).join(''),
            visible: box.width > 0 && box.height > 0,
            decoration: style.textDecorationLine,
            outline: style.outlineStyle,
            background: style.backgroundColor,
            badge: m.querySelector('.badge')?.textContent ?? '',
            note: note ? { text: note.textContent ?? '', visible: note.getBoundingClientRect().height > 0, links: Array.from(note.querySelectorAll('a[href^="#r"]')).map((a: any) => a.getAttribute('href')!) } : null,
          };
        });
      }, `#file-${i + 1}`);

      // Exactly one highlight per finding, found by rule and position.
      const key = (m: { rule: string; pos: string }) => `${m.rule} ${m.pos}`;
      expect(shown.map(key).sort(), report.filePath).toEqual(report.messages.map((m) => key({ rule: m.ruleId, pos: `${m.line}:${m.column}` })).sort());

      for (const m of report.messages) {
        const el = shown.find((s) => key(s) === `${m.ruleId} ${m.line}:${m.column}` && s.text.replace(/\s+/g, '') === source.slice(offset(m.line, m.column), offset(m.endLine, m.endColumn)).replace(/\s+/g, ''));
        expect(el, `${report.filePath} ${m.ruleId} ${m.line}:${m.column}`).toBeDefined();
        expect(el!.visible).toBe(true);
        // Not colour alone: every highlight has a line style and a numbered icon badge.
        expect(el!.decoration !== 'none' || el!.outline !== 'none').toBe(true);
        expect(el!.badge).toMatch(new RegExp(`Finding ${el!.n},`));
        expect(el!.note?.visible).toBe(true);
        expect(el!.note!.text).toContain(m.ruleId);
        if (m.fix && m.fix.text === '' && m.fix.range[0] <= offset(m.line, m.column) && m.fix.range[1] >= offset(m.endLine, m.endColumn)) {
          expect(el!.decoration).toContain('line-through');
        }
        for (const [k, rel] of (m.related ?? []).entries()) {
          const href = `#r${el!.n}-${k}`;
          expect(el!.note!.links).toContain(href);
          await page.click(`a[href="${href}"]`);
          const target = await page.evaluate((id) => {
            const t = document.getElementById(id);
            return t ? { text: Array.from(document.querySelectorAll(`.rel[data-f="${t.dataset.f}"]`)).map((x: any) => x.textContent).join(''), hash: location.hash } : null;
          }, href.slice(1));
          expect(target?.hash).toBe(href);
          expect(target!.text.replace(/\s+/g, '')).toContain(source.slice(offset(rel.line, rel.column), offset(rel.endLine, rel.endColumn)).replace(/\s+/g, ''));
        }
      }
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report-full.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows injected markup as text and never runs it', async () => {
    const { page, problems } = await open(reportPath);
    const state = await page.evaluate(() => ({
      injected: (window as unknown as { __copydeskInjected?: string }).__copydeskInjected ?? null,
      scripts: document.scripts.length,
      images: document.images.length,
      text: document.body.textContent,
    }));
    expect(state.injected).toBeNull();
    expect(state.scripts).toBe(1);
    expect(state.images).toBe(0);
    expect(state.text).toContain(`<script>window.__copydeskInjected = 'script'</script>`);
    expect(state.text).toContain(`<img src="x" onerror="window.__copydeskInjected = 'img'">`);
    expect(state.text).toContain(`<script>window.__copydeskInjected = 'markdown'</script>`);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('moves focus between findings with j/k, Tab and the skip link', async () => {
    const { page } = await open(reportPath);
    const active = () => page.evaluate(() => document.activeElement?.id ?? '');
    const marks = await page.evaluate(() => Array.from(document.querySelectorAll('mark[tabindex="0"]')).map((m: any) => m.id));
    expect(marks.length).toBe(reports.reduce((n, r) => n + r.messages.length, 0));

    // The first Tab reaches the skip link, which moves focus into the articles.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the articles');
    await page.keyboard.press('Enter');
    expect(await active()).toBe('main');

    await page.focus('#f1');
    await page.keyboard.press('j');
    expect(await active()).toBe(marks[1]);
    await page.keyboard.press('j');
    expect(await active()).toBe(marks[2]);
    await page.keyboard.press('k');
    expect(await active()).toBe(marks[1]);
    expect(await page.textContent('#pager-pos')).toBe(`2 / ${marks.length}`);
    // The focused finding's note is lit and its message shows as a tooltip.
    const lit = await page.evaluate(() => {
      const m = document.activeElement as HTMLElement;
      const note = document.getElementById(m.getAttribute('aria-describedby') ?? '');
      const tip = document.getElementById('tip')!;
      return { note: note?.classList.contains('on'), tip: !tip.hidden && tip.textContent === m.dataset.msg!.replace(/`/g, '') };
    });
    expect(lit).toEqual({ note: true, tip: true });
    await page.keyboard.press('j');
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report-focus.png') });
    // The buttons in the (sticky) article header do the same for a mouse.
    await page.click('#file-1 .fnav button[data-go="next"]');
    expect(await active()).toBe(marks[3]);
    await page.click('#file-1 .fnav button[data-go="prev"]');
    expect(await active()).toBe(marks[2]);

    // ] and [ jump between articles (to their headings).
    await page.focus('#f1');
    await page.keyboard.press(']');
    expect(await active()).toBe('file-2-h');
    await page.keyboard.press('[');
    expect(await active()).toBe('file-1-h');

    // Tab from the first finding visits every other finding, in reading order.
    await page.focus(`#${marks[0]}`);
    const visited: string[] = [];
    for (let i = 0; i < marks.length * 4 + 20 && visited[visited.length - 1] !== marks[marks.length - 1]; i++) {
      await page.keyboard.press('Tab');
      const id = await active();
      if (marks.includes(id)) visited.push(id);
    }
    expect(visited).toEqual(marks.slice(1));
    await page.close();
  }, 120_000);

  it('has landmarks, labelled articles and readable contrast', async () => {
    const { page } = await open(reportPath);
    const facts = await page.evaluate(() => {
      const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const bg = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const c = rgb(getComputedStyle(el).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const worst: Array<{ sel: string; ratio: number; text: string }> = [];
      for (const sel of ['.badge', '.nl', '.sev', '.pos', '.ln', '.rid', '.legend-line', '.keys', '.msg', '.txt', '.chip', '.more']) {
        for (const el of Array.from<any>(document.querySelectorAll(sel)).slice(0, 60)) {
          const fg = rgb(getComputedStyle(el).color).slice(0, 3);
          const [a, b] = [lum(fg), lum(bg(el))];
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          if (ratio < 4.5) worst.push({ sel, ratio: Math.round(ratio * 100) / 100, text: (el.textContent ?? '').slice(0, 30) });
        }
      }
      const articles = Array.from(document.querySelectorAll('article'));
      return {
        main: document.querySelectorAll('main').length,
        banner: document.querySelectorAll('body header:not(article header)').length,
        footer: document.querySelectorAll('body footer').length,
        labelled: articles.every((a: any) => !!document.getElementById(a.getAttribute('aria-labelledby') ?? '')?.textContent),
        lang: document.documentElement.lang,
        title: document.title,
        worst,
      };
    });
    expect(facts).toMatchObject({ main: 1, banner: 1, footer: 1, labelled: true, lang: 'en' });
    expect(facts.title).toMatch(/^copydesk: \d+ problems? in 4 files$/);
    expect(facts.worst).toEqual([]);
    await page.close();
  }, 60_000);

  it('renders a clean article as an all-clear report', async () => {
    const { page, problems } = await open(cleanPath);
    const facts = await page.evaluate(() => ({
      marks: document.querySelectorAll('mark').length,
      navigator: document.querySelectorAll('.fnav, #pager-pos').length,
      text: document.body.textContent,
    }));
    expect(facts.marks).toBe(0);
    expect(facts.navigator).toBe(0);
    expect(facts.text).toContain('No problems found in 1 file.');
    expect(facts.text).toContain('A family bakery in the old town won the regional bread prize');
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report-clean.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('is what `--format html --output-file` writes, and the README screenshot comes from it', async () => {
    const out = path.join(dir, 'seed-report.html');
    const run = copydesk(['--format', 'html', '--output-file', out, 'seed-article.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    const jsonRun = copydesk(['--format', 'json', 'seed-article.txt'], { cwd: dir });
    const expected = (JSON.parse(jsonRun.stdout) as Report[])[0]!.messages;
    expect(run.code).toBe(jsonRun.code);
    const { page, problems } = await open(out);
    const shown = await page.evaluate(() => Array.from(document.querySelectorAll('mark[tabindex="0"]')).map((m) => `${(m as HTMLElement).dataset.rule} ${(m as HTMLElement).dataset.pos}`));
    expect(shown.sort()).toEqual(expected.map((m) => `${m.ruleId} ${m.line}:${m.column}`).sort());
    await page.setViewportSize({ width: 1280, height: 1000 });
    const shot = path.join(ARTIFACTS, 'html-report.png');
    await page.screenshot({ path: shot });
    if (process.env.COPYDESK_UPDATE_SCREENSHOT === '1') copyFileSync(shot, path.join(ROOT, 'docs', 'report-screenshot.png'));
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
