/**
 * Bulk suppressions (a baseline), as ESLint's: `copydesk-suppressions.json` records, per file
 * and rule, how many findings existed when it was written. Later runs hide a file's findings
 * of a rule while there are no more of them than recorded; once there are more, all of them
 * are reported again, so new problems are never hidden.
 *
 *   { "content/old-story.md": { "boilerplate-leakage": { "count": 3 } } }
 *
 * Paths are relative to the directory of the suppressions file, with forward slashes.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { LintResult } from '../types.js';
import { ConfigError } from './config.js';
import { summarise } from './lint.js';
import { DIRECTIVE_RULE_ID } from './directives.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'copydesk-suppressions.json';

export type Suppressions = Record<string, Record<string, { count: number }>>;

export function suppressionKey(filePath: string, cwd: string, suppressionsFile: string): string {
  const abs = path.resolve(cwd, filePath);
  return path.relative(path.dirname(suppressionsFile), abs).split(path.sep).join('/');
}

export async function readSuppressions(file: string): Promise<Suppressions> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(`${file}: cannot read suppressions file (${(e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: invalid JSON in suppressions file: ${(e as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${file}: (top level): expected an object of file paths`);
  for (const [f, rules] of Object.entries(data)) {
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) throw new ConfigError(`${file}: ${JSON.stringify(f)}: expected an object of rule ids`);
    for (const [r, v] of Object.entries(rules as Record<string, unknown>)) {
      const count = (v as { count?: unknown } | null)?.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        throw new ConfigError(`${file}: ${JSON.stringify(f)}.${r}.count: expected a whole number ≥ 0, got ${JSON.stringify(count)}`);
      }
    }
  }
  return data as Suppressions;
}

export async function writeSuppressions(file: string, data: Suppressions): Promise<void> {
  const sorted: Suppressions = {};
  for (const f of Object.keys(data).sort()) {
    const rules = data[f]!;
    const ids = Object.keys(rules).sort();
    if (ids.length) sorted[f] = Object.fromEntries(ids.map((id) => [id, { count: rules[id]!.count }]));
  }
  const text = JSON.stringify(sorted, null, 2) + '\n';
  await mkdir(path.dirname(file), { recursive: true });
  // Loaded here: most runs only read suppressions, and fix.js pulls in node:crypto.
  const { encode, writeFileAtomic } = await import('./fix.js');
  await writeFileAtomic(file, encode(text, undefined));
}

/** Count findings per file and rule. */
function counts(result: LintResult, only?: ReadonlySet<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of result.messages) {
    if (m.ruleId === DIRECTIVE_RULE_ID || (only && !only.has(m.ruleId))) continue;
    out[m.ruleId] = (out[m.ruleId] ?? 0) + 1;
  }
  return out;
}

/**
 * Record the current findings of `results` (all rules, or `only` these) over `existing`.
 * Entries of files not linted in this run are kept as they are.
 */
export function suppressAll(existing: Suppressions, results: readonly LintResult[], keyOf: (filePath: string) => string, only?: ReadonlySet<string>): Suppressions {
  const out: Suppressions = structuredClone(existing);
  for (const r of results) {
    const key = keyOf(r.filePath);
    const c = counts(r, only);
    const entry = { ...(out[key] ?? {}) };
    if (!only) for (const id of Object.keys(entry)) delete entry[id];
    for (const [id, n] of Object.entries(c)) entry[id] = { count: n };
    out[key] = entry;
    if (Object.keys(entry).length === 0) delete out[key];
  }
  return out;
}

/** Lower counts to what is left and drop entries with nothing left, for the files linted. */
export function pruneSuppressions(existing: Suppressions, results: readonly LintResult[], keyOf: (filePath: string) => string): Suppressions {
  const out: Suppressions = structuredClone(existing);
  for (const r of results) {
    const key = keyOf(r.filePath);
    const entry = out[key];
    if (!entry) continue;
    const c = counts(r);
    for (const [id, v] of Object.entries(entry)) {
      const now = c[id] ?? 0;
      if (now === 0) delete entry[id];
      else if (now < v.count) entry[id] = { count: now };
    }
    if (Object.keys(entry).length === 0) delete out[key];
  }
  return out;
}

export interface Applied {
  results: LintResult[];
  /** Findings hidden by the suppressions. */
  suppressed: number;
  /** Entries recording more findings than exist now (`--prune-suppressions` tidies them). */
  unused: number;
}

/** Hide suppressed findings. */
export function applySuppressions(results: readonly LintResult[], data: Suppressions, keyOf: (filePath: string) => string): Applied {
  let suppressed = 0;
  let unused = 0;
  const out = results.map((r) => {
    const entry = data[keyOf(r.filePath)];
    if (!entry) return r;
    const c = counts(r);
    const hide = new Set<string>();
    for (const [id, v] of Object.entries(entry)) {
      const now = c[id] ?? 0;
      if (now <= v.count) {
        if (now > 0) hide.add(id);
        suppressed += now;
        if (now < v.count) unused++;
      }
    }
    if (hide.size === 0) return r;
    return summarise(r.filePath, r.messages.filter((m) => !hide.has(m.ruleId)), r.source);
  });
  return { results: out, suppressed, unused };
}
