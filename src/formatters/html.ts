/**
 * `--format html`: one self-contained page (inline CSS and script, no network) with a summary
 * chart at the top and each article's source text below, every finding highlighted in place
 * and explained in a margin note. All article text is escaped, and a Content-Security-Policy
 * allows only the page's own script (by hash), so markup inside an article can never run.
 */
import { createHash } from 'node:crypto';
import type { LintResult } from '../types.js';
import type { FormatterContext } from './index.js';
import { escapeHtml } from './html/escape.js';
import { ruleOrder, ruleStyle } from './html/palette.js';
import { stylesheet, SCRIPT } from './html/assets.js';
import { summaryHtml } from './html/summary.js';
import { locate, renderText, type Finding } from './html/annotate.js';
import { groupFindings, noteHtml } from './html/notes.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const fileAnchor = (i: number) => `file-${i + 1}`;

function chips(errors: number, warnings: number, fixable: number): string {
  if (errors + warnings === 0) return `<ul class="chips"><li class="chip ok"><span aria-hidden="true">✓ </span>No findings</li></ul>`;
  const items = [
    errors ? `<li class="chip err"><b>${errors}</b> ${errors === 1 ? 'error' : 'errors'}</li>` : '',
    warnings ? `<li class="chip warn"><b>${warnings}</b> ${warnings === 1 ? 'warning' : 'warnings'}</li>` : '',
    fixable ? `<li class="chip"><b>${fixable}</b> fixable</li>` : '',
  ];
  return `<ul class="chips">${items.join('')}</ul>`;
}

function articleHtml(result: LintResult, i: number, firstNumber: number, single: boolean): string {
  const id = fileAnchor(i);
  const fixable = result.fixableErrorCount + result.fixableWarningCount;
  const head =
    `<header class="fhead"><h2 id="${id}-h" tabindex="-1">${escapeHtml(result.filePath)}</h2>` +
    chips(result.errorCount, result.warningCount, fixable) +
    (result.messages.length
      ? `<div class="fnav" role="group" aria-label="Move between findings" hidden><button type="button" data-go="prev" title="Previous finding (k)">← Prev</button>` +
        `<span class="fpos" aria-hidden="true"></span><button type="button" data-go="next" title="Next finding (j)">Next →</button></div>`
      : '') +
    `</header>`;
  const source = result.source;
  let body: string;
  if (source === undefined) {
    const notes = result.messages.map((message, k) => noteHtml([{ n: firstNumber + k, note: firstNumber + k, message, start: 0, end: 0, struck: false, related: [] }], null));
    body = result.messages.length
      ? `<div class="unplaced"><p class="muted">The text of this file is not available; its findings:</p>${notes.join('')}</div>`
      : `<p class="clean"><span aria-hidden="true">✓ </span>No findings.</p>`;
  } else {
    const { index, findings } = locate(result.messages, source, firstNumber);
    const groups = groupFindings(findings, index);
    const notes = new Map<number, string>();
    const seen = new Set<string>();
    for (const g of groups) {
      const kind = `${g[0]!.message.ruleId}\0${g[0]!.message.messageId}`;
      notes.set(g[0]!.n, noteHtml(g, index, seen.has(kind)));
      seen.add(kind);
    }
    const { rows, unplaced } = renderText(findings, index, i, (f: Finding) => notes.get(f.n) ?? '');
    const text = `<div class="text${result.messages.length ? '' : ' plain'}">${rows}</div>`;
    const extra = unplaced.length
      ? `<div class="unplaced"><p class="muted">Findings outside the text:</p>${unplaced.map((f) => noteHtml([f], index)).join('')}</div>`
      : '';
    if (result.messages.length) body = text + extra;
    else if (single) body = text;
    else body = `<details class="clean"><summary>No findings. Show the text</summary>${text}</details>`;
  }
  return `<article class="file card" id="${id}" aria-labelledby="${id}-h">${head}${body}</article>`;
}

/** The whole report as one HTML document. Pure: the same results give the same bytes. */
export function html(results: LintResult[], _context?: FormatterContext): string {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const fixable = results.reduce((n, r) => n + r.fixableErrorCount + r.fixableWarningCount, 0);
  const total = errors + warnings;
  const rules = ruleOrder(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  const scriptHash = createHash('sha256').update(SCRIPT, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;

  const articles: string[] = [];
  let next = 1;
  results.forEach((r, i) => {
    articles.push(articleHtml(r, i, next, results.length === 1));
    next += r.messages.length;
  });
  const title = total ? `copydesk: ${plural(total, 'problem')} in ${plural(results.length, 'file')}` : `copydesk: no problems in ${plural(results.length, 'file')}`;
  const legendNote = rules.length
    ? `<p class="keys">Each finding is numbered and marked in the text by colour, icon and line style; its note sits beside it. Struck-through text is what <code>--fix</code> removes. ` +
      `Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous finding, <kbd>]</kbd>/<kbd>[</kbd> next/previous article, <kbd>Tab</kbd> moves through findings and links.</p>`
    : '';
  const doc = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="copydesk">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${stylesheet(rules)}</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">Skip to the articles</a>${total ? '<a class="skip" href="#f1">Skip to the first finding</a>' : ''}`,
    '<div class="wrap">',
    '<header class="top">',
    '<h1><span class="mark" aria-hidden="true">¶</span>copydesk report</h1>',
    `<ul class="chips"><li class="chip"><b>${results.length}</b> ${results.length === 1 ? 'file' : 'files'}</li>` +
      `<li class="chip"><b>${total}</b> ${total === 1 ? 'problem' : 'problems'}</li></ul>`,
    chips(errors, warnings, fixable),
    legendNote,
    '</header>',
    `<section class="summary" aria-label="Summary">${summaryHtml(results, rules, fileAnchor)}</section>`,
    `<main id="main" tabindex="-1">`,
    articles.join('\n'),
    '</main>',
    `<footer><p>Generated by copydesk. ${rules.map((id) => `<span class="r-${ruleStyle(id).key}"><span aria-hidden="true">${ruleStyle(id).icon}</span> ${escapeHtml(id)}</span>`).join(' · ')}</p></footer>`,
    '</div>',
    total
      ? '<output id="pager-pos" class="vh" aria-live="polite"></output>'
      : '',
    '<div id="tip" role="tooltip" hidden></div>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ];
  return doc.join('\n');
}
