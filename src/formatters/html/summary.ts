/** The summary at the top of the HTML report: findings per rule and per file as CSS bar charts. */
import type { LintResult } from '../../types.js';
import { escapeHtml } from './escape.js';
import { ruleStyle } from './palette.js';
import { LineIndex } from '../../engine/line-index.js';

/** At most this many files get a bar; the rest are counted in one line. */
const MAX_FILE_BARS = 25;

const pct = (n: number, max: number) => `${max > 0 ? Math.max(1.5, (100 * n) / max).toFixed(1) : 0}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function countBy(results: readonly LintResult[], rules: readonly string[]) {
  const byRule = new Map<string, { errors: number; warnings: number }>(rules.map((id) => [id, { errors: 0, warnings: 0 }]));
  for (const r of results) {
    for (const m of r.messages) {
      const c = byRule.get(m.ruleId)!;
      if (m.severity === 2) c.errors++;
      else c.warnings++;
    }
  }
  return byRule;
}

export function summaryHtml(results: readonly LintResult[], rules: readonly string[], fileAnchor: (i: number) => string): string {
  const total = results.reduce((n, r) => n + r.messages.length, 0);
  if (total === 0) {
    return (
      `<section class="card" aria-labelledby="sum-rules"><h2 id="sum-rules">Summary</h2>` +
      `<p class="allclear"><span aria-hidden="true">✓ </span>No problems found in ${plural(results.length, 'file')}.</p></section>`
    );
  }
  const byRule = countBy(results, rules);
  const maxRule = Math.max(...[...byRule.values()].map((c) => c.errors + c.warnings));
  const ruleRows = rules.map((id) => {
    const st = ruleStyle(id);
    const c = byRule.get(id)!;
    const n = c.errors + c.warnings;
    const split = c.errors && c.warnings ? ` <span class="vh">(${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')})</span>` : '';
    return (
      `<tr class="r-${st.key}"><th scope="row"><span class="rulename"><span class="badge" aria-hidden="true">${st.icon}</span>` +
      `<span class="rulelabel"><span class="hl r-${st.key} sample">${escapeHtml(st.label)}</span><span class="legend-line">${escapeHtml(id)} · ${st.line}</span></span></span></th>` +
      `<td class="bar"><div class="track" aria-hidden="true"><div class="seg p-${st.key}" style="width:${pct(n, maxRule)}"></div></div></td>` +
      `<td class="num"><b>${n}</b>${split}</td></tr>`
    );
  });

  const files = results
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.messages.length > 0)
    .sort((a, b) => b.r.messages.length - a.r.messages.length || a.i - b.i);
  const maxFile = files[0]?.r.messages.length ?? 0;
  const fileRows = files.slice(0, MAX_FILE_BARS).map(({ r, i }) => {
    const counts = rules.map((id) => ({ id, n: r.messages.filter((m) => m.ruleId === id).length })).filter((x) => x.n > 0);
    const segs = counts
      .map(({ id, n }) => {
        const st = ruleStyle(id);
        return `<div class="seg r-${st.key} p-${st.key}" style="flex:${n} 0 0" title="${escapeHtml(st.label)}: ${n}"></div>`;
      })
      .join('');
    const detail = counts.map(({ id, n }) => `<span class="r-${ruleStyle(id).key}"><span aria-hidden="true">${ruleStyle(id).icon}</span><span class="vh">${escapeHtml(ruleStyle(id).label)}</span>${n}</span>`).join(' ');
    return (
      `<tr><th scope="row"><a href="#${fileAnchor(i)}">${escapeHtml(r.filePath)}</a></th>` +
      `<td class="bar"><div class="track" aria-hidden="true"><div class="stack" style="width:${pct(r.messages.length, maxFile)}">${segs}</div></div></td>` +
      `<td class="num"><b>${r.messages.length}</b> <span class="muted">${detail}</span></td></tr>`
    );
  });
  const rest = files.slice(MAX_FILE_BARS);
  const more = rest.length
    ? `<p class="more">… and ${plural(rest.length, 'more file')} with ${plural(rest.reduce((n, x) => n + x.r.messages.length, 0), 'finding')}.</p>`
    : '';
  const only = files.length === 1 ? files[0]! : null;
  const firstNumber = only ? 1 + results.slice(0, only.i).reduce((k, r) => k + r.messages.length, 0) : 1;
  const where = only?.r.source !== undefined ? whereHtml(only.r, rules, firstNumber) : '';
  const clean = results.length - files.length;
  const cleanLine = clean ? `<p class="more"><span aria-hidden="true">✓ </span>${plural(clean, 'file')} without findings.</p>` : '';
  return (
    `<section class="card" aria-labelledby="sum-rules"><h2 id="sum-rules">Findings by rule</h2>` +
    `<table class="bars"><caption class="vh">Findings by rule, with how each rule is marked in the text</caption><thead class="vh"><tr><th>Rule</th><th>Share</th><th>Findings</th></tr></thead><tbody>${ruleRows.join('')}</tbody></table></section>` +
    `<section class="card" aria-labelledby="sum-files"><h2 id="sum-files">Findings by file</h2>` +
    `<table class="bars"><caption class="vh">Findings by file, most first</caption><thead class="vh"><tr><th>File</th><th>Share</th><th>Findings</th></tr></thead><tbody>${fileRows.join('')}</tbody></table>${more}${cleanLine}${where}</section>`
  );
}

/** Where in one article its findings sit: a lane per rule, a tick per finding, linked to it. */
function whereHtml(result: LintResult, rules: readonly string[], firstNumber: number): string {
  const lines = Math.max(1, new LineIndex(result.source!).lineCount);
  const at = (line: number) => ((100 * (Math.min(line, lines) - 1)) / lines).toFixed(2);
  const numbers = new Map(result.messages.map((m, k) => [m, firstNumber + k]));
  const lanes = rules
    .filter((id) => result.messages.some((m) => m.ruleId === id))
    .map((id) => {
      const st = ruleStyle(id);
      const ticks = result.messages
        .filter((m) => m.ruleId === id)
        .map((m) => {
          const width = Math.max(0.6, (100 * (Math.min(m.endLine, lines) - Math.min(m.line, lines) + 1)) / lines).toFixed(2);
          return `<a class="tick" href="#f${numbers.get(m)!}" tabindex="-1" style="left:${at(m.line)}%;width:${width}%" title="Line ${m.line}: ${escapeHtml(m.message)}"></a>`;
        })
        .join('');
      return `<div class="lane r-${st.key}"><span class="badge">${st.icon}</span><div class="lane-track">${ticks}</div></div>`;
    });
  return (
    `<div class="where" aria-hidden="true"><h3>Where in the article</h3>${lanes.join('')}` +
    `<div class="axis"><span>line 1</span><span>line ${lines}</span></div></div>`
  );
}
