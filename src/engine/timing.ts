/**
 * Per-rule timing, as ESLint's `TIMING` environment variable gives: when on, `lintArticle`
 * adds the time each rule's `check` takes to a table that the CLI prints after the report.
 * Kept per thread, so the CLI lints in one thread while timing.
 */
let table: Map<string, number> | undefined;

export function enableTiming(): void {
  table ??= new Map();
}

/** The table, or undefined when timing is off. */
export function timings(): Map<string, number> | undefined {
  return table;
}

/** The table as text: rules by total time, slowest first, with their share of the rules' time. */
export function formatTimings(times: ReadonlyMap<string, number>): string {
  const rows = [...times].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = rows.reduce((s, [, t]) => s + t, 0);
  const header = ['Rule', 'Time (ms)', 'Relative'];
  const cells = rows.map(([id, t]) => [id, t.toFixed(3), `${total > 0 ? ((100 * t) / total).toFixed(1) : '0.0'}%`]);
  const width = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(width[i]!) : x.padStart(width[i]!))).join(' | ');
  return [line(header), width.map((w, i) => (i === 0 ? ':'.padEnd(w, '-') : '-'.repeat(w - 1) + ':')).join('-|-'), ...cells.map(line)].join('\n') + '\n';
}
