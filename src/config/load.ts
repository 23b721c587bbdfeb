/**
 * Configuration files: discovery (nearest to each linted file), parsing (JSON, YAML,
 * package.json), validation against schema/config.schema.json and each rule's options
 * schema, `extends` (presets and other files), `plugins`, `overrides` and `ignorePatterns`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LintConfig, Rule, RuleSetting } from '../types.js';
import { ConfigError, parseSeverity } from '../engine/config.js';
import { loadPlugins, pluginRules } from '../engine/plugins.js';
import { rules as builtins } from '../rules/index.js';
import { validate, joinPath, type JsonSchema } from './validate.js';
import { PRESETS, isPresetName } from './presets.js';

/** File names looked for in each directory, in this order. */
export const CONFIG_FILE_NAMES = ['.copydeskrc.json', '.copydeskrc.yaml', '.copydeskrc.yml', 'copydesk.config.json', 'package.json'];

let schemaCache: JsonSchema | undefined;
/** The published JSON Schema of a configuration file. */
export function configSchema(): JsonSchema {
  schemaCache ??= JSON.parse(readFileSync(new URL('../../schema/config.schema.json', import.meta.url), 'utf8')) as JsonSchema;
  return schemaCache;
}

export interface RawConfig {
  extends?: string | string[];
  language?: string;
  accept?: string[];
  rules?: Record<string, RuleSetting>;
  plugins?: string[];
  ignorePatterns?: string[];
  overrides?: Array<{ files: string | string[]; excludedFiles?: string | string[]; language?: string; accept?: string[]; rules?: Record<string, RuleSetting> }>;
  root?: boolean;
  noInlineConfig?: boolean;
  reportUnusedDirectives?: string | number;
}

interface Override {
  /** Directory the globs are relative to. */
  base: string;
  files: string[];
  excludedFiles: string[];
  language?: string;
  accept?: string[];
  rules?: Record<string, RuleSetting>;
}

/** A configuration file with its `extends` chain flattened. */
export interface LoadedConfig {
  /** The file (null for the built-in defaults). */
  filePath: string | null;
  dir: string;
  base: LintConfig;
  overrides: Override[];
  ignorePatterns: Array<{ base: string; patterns: string[] }>;
}

/** Turn a JSON.parse error into "line L, column C". */
function jsonErrorWhere(text: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  if (!m) return '';
  const pos = Number(m[1]);
  const before = text.slice(0, pos).split(/\r\n|\r|\n/);
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Read and parse one configuration file (not validated). Returns undefined for a package.json without "copydesk". */
export async function readConfigFile(file: string, cwd: string): Promise<unknown> {
  const shown = displayPath(file, cwd);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(`${shown}: cannot read configuration file (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const base = path.basename(file);
  if (/\.ya?ml$/i.test(base)) {
    const YAML = await import('yaml');
    const doc = YAML.parseDocument(text, { prettyErrors: true });
    if (doc.errors.length) {
      const err = doc.errors[0]!;
      const where = err.linePos?.[0] ? `line ${err.linePos[0].line}, column ${err.linePos[0].col}: ` : '';
      throw new ConfigError(`${shown}: invalid YAML: ${where}${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const value = doc.toJS() as unknown;
    return value ?? {};
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const where = jsonErrorWhere(text, e as Error);
    throw new ConfigError(`${shown}: invalid JSON${where ? ` at ${where}` : ''}: ${(e as Error).message}`);
  }
  if (base === 'package.json') {
    if (value === null || typeof value !== 'object' || !('copydesk' in value)) return undefined;
    return (value as Record<string, unknown>).copydesk;
  }
  return value;
}

function schemaProblems(value: unknown, shown: string, keyPrefix: string): void {
  const problems = validate(value, configSchema());
  if (problems.length) {
    throw new ConfigError(
      problems
        .slice(0, 10)
        .map((p) => `${shown}: ${keyPrefix}${p.path ? (keyPrefix ? '.' : '') + p.path : keyPrefix ? '' : '(top level)'}: ${p.message}`)
        .join('\n'),
    );
  }
}

const toArray = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

interface Layer {
  shown: string;
  keyPrefix: string;
  dir: string;
  raw: RawConfig;
}

/** Load a configuration file and everything it extends. `keyPrefix` is "copydesk" for package.json. */
export async function loadConfigFile(file: string, cwd: string, seen: string[] = []): Promise<LoadedConfig> {
  const raw = await readConfigFile(file, cwd);
  const shown = displayPath(file, cwd);
  if (raw === undefined) throw new ConfigError(`${shown}: no "copydesk" key in this package.json`);
  const keyPrefix = path.basename(file) === 'package.json' ? 'copydesk' : '';
  const layers: Layer[] = [];
  await collectLayers(file, raw, shown, keyPrefix, cwd, [...seen, file], layers);
  return flatten(layers, file, path.dirname(file));
}

async function collectLayers(file: string, raw: unknown, shown: string, keyPrefix: string, cwd: string, chain: string[], out: Layer[]): Promise<void> {
  schemaProblems(raw, shown, keyPrefix);
  const cfg = raw as RawConfig;
  const dir = path.dirname(file);
  for (const [i, entry] of toArray(cfg.extends).entries()) {
    const key = `${keyPrefix ? keyPrefix + '.' : ''}extends${Array.isArray(cfg.extends) ? `[${i}]` : ''}`;
    if (entry.startsWith('copydesk:') && !isPresetName(entry)) {
      throw new ConfigError(`${shown}: ${key}: unknown preset "${entry}" (expected one of: ${Object.keys(PRESETS).join(', ')}, or a path)`);
    }
    if (isPresetName(entry)) {
      out.push({ shown: entry, keyPrefix: '', dir, raw: PRESETS[entry]!() });
      continue;
    }
    const target = path.resolve(dir, entry);
    if (chain.includes(target)) throw new ConfigError(`${shown}: ${key}: "${entry}" extends itself (cycle: ${[...chain, target].map((f) => displayPath(f, cwd)).join(' → ')})`);
    if (!existsSync(target)) throw new ConfigError(`${shown}: ${key}: no such file "${entry}"`);
    const sub = await readConfigFile(target, cwd);
    const subShown = displayPath(target, cwd);
    if (sub === undefined) throw new ConfigError(`${shown}: ${key}: ${subShown} has no "copydesk" key`);
    await collectLayers(target, sub, subShown, path.basename(target) === 'package.json' ? 'copydesk' : '', cwd, [...chain, target], out);
  }
  out.push({ shown, keyPrefix, dir, raw: cfg });
}

/** Merge a rule setting over a previous one: a bare severity keeps the previous options. */
export function mergeSetting(prev: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  if (Array.isArray(next) && next.length === 2) return next;
  const sev = Array.isArray(next) ? next[0] : next;
  if (Array.isArray(prev) && prev.length === 2) return [sev, prev[1]];
  return sev;
}

export function mergeRules(into: Record<string, RuleSetting>, from: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(from ?? {})) into[id] = mergeSetting(into[id], setting);
}

async function flatten(layers: Layer[], file: string | null, dir: string): Promise<LoadedConfig> {
  const base: LintConfig = { rules: {} };
  const overrides: Override[] = [];
  const ignorePatterns: LoadedConfig['ignorePatterns'] = [];
  const plugins: string[] = [];
  for (const l of layers) {
    for (const p of l.raw.plugins ?? []) {
      const abs = path.resolve(l.dir, p);
      if (!plugins.includes(abs)) plugins.push(abs);
    }
  }
  if (plugins.length) await loadPlugins(plugins, layers[layers.length - 1]?.shown ?? 'configuration', builtins.map((r) => r.id));
  const known = new Map<string, Rule<unknown>>([...builtins, ...pluginRules()].map((r) => [r.id, r as Rule<unknown>]));
  for (const l of layers) {
    const prefix = l.keyPrefix ? `${l.keyPrefix}.` : '';
    checkRuleSettings(l.raw.rules, known, l.shown, `${prefix}rules`);
    (l.raw.overrides ?? []).forEach((o, i) => checkRuleSettings(o.rules, known, l.shown, `${prefix}overrides[${i}].rules`));
    mergeRules(base.rules!, l.raw.rules);
    if (l.raw.language !== undefined) base.language = l.raw.language;
    if (l.raw.noInlineConfig !== undefined) base.noInlineConfig = l.raw.noInlineConfig;
    if (l.raw.reportUnusedDirectives !== undefined) base.reportUnusedDirectives = parseSeverity(l.raw.reportUnusedDirectives, `${l.shown}: reportUnusedDirectives`);
    if (l.raw.accept) base.accept = [...(base.accept ?? []), ...l.raw.accept];
    for (const o of l.raw.overrides ?? []) {
      overrides.push({ base: l.dir, files: toArray(o.files), excludedFiles: toArray(o.excludedFiles), language: o.language, accept: o.accept, rules: o.rules });
    }
    if (l.raw.ignorePatterns?.length) ignorePatterns.push({ base: l.dir, patterns: l.raw.ignorePatterns });
  }
  if (plugins.length) base.plugins = plugins;
  return { filePath: file, dir, base, overrides, ignorePatterns };
}

/** Check rule ids and each rule's options against its meta.schema. `where` is "file: key path". */
export function checkRuleSettings(settings: Record<string, RuleSetting> | undefined, known: Map<string, Rule<unknown>>, file: string, keyBase: string): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const where = file;
    const key = joinPath(keyBase, id);
    const rule = known.get(id);
    if (!rule) throw new ConfigError(`${where}: ${key}: unknown rule "${id}" (known rules: ${[...known.keys()].join(', ') || 'none'})`);
    parseSeverity(Array.isArray(setting) ? setting[0] : setting, `${where}: ${key}${Array.isArray(setting) ? '[0]' : ''}`);
    if (Array.isArray(setting) && setting[1] !== undefined) {
      const schema = rule.meta.schema as JsonSchema | undefined;
      if (schema && Object.keys(schema).length) {
        const problems = validate(setting[1], schema);
        if (problems.length) {
          throw new ConfigError(problems.slice(0, 10).map((p) => `${where}: ${key}[1]${p.path ? (p.path.startsWith('[') ? '' : '.') + p.path : ''}: ${p.message}`).join('\n'));
        }
      }
    }
  }
}

/** The built-in configuration (no file): the recommended preset. */
export async function defaultConfig(): Promise<LoadedConfig> {
  return flatten([], null, process.cwd());
}

/** Validate a configuration object given in code (API). Throws ConfigError. */
export function validateConfigObject(config: unknown, where = 'configuration'): void {
  const problems = validate(config, configSchema());
  if (problems.length) throw new ConfigError(problems.slice(0, 10).map((p) => `${where}: ${p.path || '(top level)'}: ${p.message}`).join('\n'));
  const known = new Map<string, Rule<unknown>>([...builtins, ...pluginRules()].map((r) => [r.id, r as Rule<unknown>]));
  checkRuleSettings((config as RawConfig).rules, known, where, 'rules');
}

/** Find the configuration file nearest to `dir` (walking up). */
export function findConfigFile(dir: string, cache: Map<string, string | null>): string | null {
  const visited: string[] = [];
  let cur = path.resolve(dir);
  let found: string | null = null;
  for (;;) {
    const cached = cache.get(cur);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(cur);
    const hit = CONFIG_FILE_NAMES.map((n) => path.join(cur, n)).find((f) => isConfigCandidate(f));
    if (hit) {
      found = hit;
      break;
    }
    const parent = path.dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  for (const v of visited) cache.set(v, found);
  return found;
}

function isConfigCandidate(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
  } catch {
    return false;
  }
  if (path.basename(file) !== 'package.json') return true;
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return pkg !== null && typeof pkg === 'object' && 'copydesk' in pkg;
  } catch {
    return false;
  }
}
