/**
 * Scoring protocol of the evaluation corpus (see the corpus README, "Scoring protocol"):
 * findings are (file, rule, line) groups; a label is found when a finding of its rule lies in
 * [line, endLine]; a finding is a true positive when its line lies inside any label of its rule.
 * Pure functions: cases in, numbers out.
 */

export const SCORED_RULES = ['boilerplate-leakage', 'off-topic-insertion', 'duplicate-label', 'missing-attribution'];

/** The scored rule id of a message's ruleId (`x/duplicate-label` counts as `duplicate-label`), or null. */
export function scoredRule(ruleId) {
  if (typeof ruleId !== 'string') return null;
  for (const id of SCORED_RULES) if (ruleId === id || ruleId.endsWith(`/${id}`)) return id;
  return null;
}

/** Group messages into findings: one per (rule, line). */
export function findingsOf(messages, rules = SCORED_RULES) {
  const out = new Map();
  for (const m of messages) {
    const rule = scoredRule(m.ruleId);
    if (!rule || !rules.includes(rule)) continue;
    const line = typeof m.line === 'number' ? m.line : 0;
    out.set(`${rule}\0${line}`, { rule, line });
  }
  return [...out.values()];
}

const blank = () => ({ labels: 0, found: 0, findings: 0, tp: 0, findingsInScope: 0, tpInScope: 0 });

export function ratios(c) {
  const recall = c.labels ? c.found / c.labels : 0;
  const precision = c.findings ? c.tp / c.findings : 0;
  const precisionInScope = c.findingsInScope ? c.tpInScope / c.findingsInScope : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, recall, precision, precisionInScope, f1 };
}

/**
 * Score cases. Each case: {id, recipe, bucket, labels, clean, scope, messages, subsets?}.
 * `subsets` maps a subset name to a predicate over labels (e.g. PolNeAR's quoted relations).
 */
export function score(cases, rules = SCORED_RULES) {
  const perRule = Object.fromEntries(rules.map((r) => [r, blank()]));
  const perBucket = {};
  const clean = {};
  const cleanOverall = { cases: 0, any: 0, byRule: Object.fromEntries(rules.map((r) => [r, 0])) };
  const subsets = {};

  for (const c of cases) {
    const bucket = `${c.recipe}/${c.bucket}`;
    perBucket[bucket] ??= Object.fromEntries(rules.map((r) => [r, blank()]));
    const findings = findingsOf(c.messages, rules);
    const labels = c.labels.filter((l) => rules.includes(l.rule));
    for (const rule of rules) {
      const mine = findings.filter((f) => f.rule === rule);
      const myLabels = labels.filter((l) => l.rule === rule);
      const inScope = (c.scope ?? []).includes(rule);
      const found = myLabels.filter((l) => mine.some((f) => f.line >= l.line && f.line <= l.endLine)).length;
      const tp = mine.filter((f) => myLabels.some((l) => f.line >= l.line && f.line <= l.endLine)).length;
      for (const target of [perRule[rule], perBucket[bucket][rule]]) {
        target.labels += myLabels.length;
        target.found += found;
        target.findings += mine.length;
        target.tp += tp;
        if (inScope) {
          target.findingsInScope += mine.length;
          target.tpInScope += tp;
        }
      }
      for (const [name, predicate] of Object.entries(c.subsets ?? {})) {
        const key = `${bucket} (${name})`;
        subsets[key] ??= Object.fromEntries(rules.map((r) => [r, blank()]));
        const sub = myLabels.filter(predicate);
        subsets[key][rule].labels += sub.length;
        subsets[key][rule].found += sub.filter((l) => mine.some((f) => f.line >= l.line && f.line <= l.endLine)).length;
      }
    }
    if (c.clean) {
      clean[bucket] ??= { cases: 0, any: 0, byRule: Object.fromEntries(rules.map((r) => [r, 0])) };
      for (const target of [clean[bucket], cleanOverall]) {
        target.cases++;
        if (findings.length) target.any++;
        for (const rule of rules) if (findings.some((f) => f.rule === rule)) target.byRule[rule]++;
      }
    }
  }
  const share = (x) => ({
    cases: x.cases,
    withFinding: x.any,
    share: x.cases ? x.any / x.cases : 0,
    byRule: Object.fromEntries(Object.entries(x.byRule).map(([r, n]) => [r, x.cases ? n / x.cases : 0])),
  });
  const mapR = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ratios(v)]));
  return {
    cases: cases.length,
    rules: mapR(perRule),
    buckets: Object.fromEntries(Object.entries(perBucket).sort(([a], [b]) => a.localeCompare(b)).map(([b, v]) => [b, mapR(v)])),
    subsets: Object.fromEntries(Object.entries(subsets).map(([b, v]) => [b, mapR(v)])),
    clean: { overall: share(cleanOverall), ...Object.fromEntries(Object.entries(clean).sort(([a], [b]) => a.localeCompare(b)).map(([b, v]) => [b, share(v)])) },
  };
}

const f3 = (x) => x.toFixed(3);

/** The Markdown report. */
export function toMarkdown(report, rules = SCORED_RULES) {
  const out = [];
  out.push(`## copydesk evaluation (${report.cases} cases)`, '');
  out.push('| rule | labels | found | recall | findings | TP | precision | precision (in scope) | F1 |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rules) {
    const s = report.rules[r];
    out.push(`| ${r} | ${s.labels} | ${s.found} | ${f3(s.recall)} | ${s.findings} | ${s.tp} | ${f3(s.precision)} | ${f3(s.precisionInScope)} | ${f3(s.f1)} |`);
  }
  out.push('', '### Per recipe/bucket', '', '| bucket | rule | labels | recall | findings | precision | precision (in scope) | F1 |', '|---|---|---:|---:|---:|---:|---:|---:|');
  for (const [bucket, byRule] of Object.entries(report.buckets)) {
    for (const r of rules) {
      const s = byRule[r];
      if (!s.labels && !s.findings) continue;
      out.push(`| ${bucket} | ${r} | ${s.labels} | ${f3(s.recall)} | ${s.findings} | ${f3(s.precision)} | ${f3(s.precisionInScope)} | ${f3(s.f1)} |`);
    }
  }
  const subs = Object.entries(report.subsets).flatMap(([b, byRule]) => rules.filter((r) => byRule[r].labels).map((r) => [b, r, byRule[r]]));
  if (subs.length) {
    out.push('', '### Subsets (recall)', '', '| subset | rule | labels | found | recall |', '|---|---|---:|---:|---:|');
    for (const [b, r, s] of subs) out.push(`| ${b} | ${r} | ${s.labels} | ${s.found} | ${f3(s.recall)} |`);
  }
  out.push('', '### Clean share (clean cases with at least one finding; lower is better)', '');
  out.push(`| bucket | cases | any rule | ${rules.join(' | ')} |`, `|---|---:|---:|${rules.map(() => '---:').join('|')}|`);
  for (const [bucket, s] of Object.entries(report.clean)) {
    out.push(`| ${bucket} | ${s.cases} | ${f3(s.share)} | ${rules.map((r) => f3(s.byRule[r])).join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}

/**
 * Compare a report with floors. thresholds.json:
 *   {"rules": {RULE: {precision, recall, f1, precisionInScope}},
 *    "buckets": {BUCKET: {RULE: {precision, recall, f1, precisionInScope}}},
 *    "clean": {BUCKET|"overall": {"any": max, RULE: max}}}
 * Minimums for the first two, maximums for clean shares. Returns the list of failures.
 */
export function check(report, thresholds) {
  const failures = [];
  const min = (where, actual, floors) => {
    for (const [metric, floor] of Object.entries(floors ?? {})) {
      if (metric.startsWith('_')) continue;
      const value = actual?.[metric];
      if (typeof value !== 'number') failures.push(`${where}: no ${metric} measured`);
      else if (value + 1e-9 < floor) failures.push(`${where}: ${metric} ${f3(value)} is below the floor ${f3(floor)}`);
    }
  };
  for (const [rule, floors] of Object.entries(thresholds.rules ?? {})) min(rule, report.rules[rule], floors);
  for (const [bucket, byRule] of Object.entries(thresholds.buckets ?? {})) {
    for (const [rule, floors] of Object.entries(byRule)) min(`${bucket} ${rule}`, report.buckets[bucket]?.[rule], floors);
  }
  for (const [bucket, ceilings] of Object.entries(thresholds.clean ?? {})) {
    const s = report.clean[bucket];
    for (const [key, ceiling] of Object.entries(ceilings)) {
      if (key.startsWith('_')) continue;
      const value = key === 'any' ? s?.share : s?.byRule[key];
      if (typeof value !== 'number') failures.push(`clean ${bucket}: no ${key} share measured`);
      else if (value > ceiling + 1e-9) failures.push(`clean ${bucket}: ${key} share ${f3(value)} is above the ceiling ${f3(ceiling)}`);
    }
  }
  return failures;
}
