/**
 * copydesk's programmatic API.
 *
 *   import { lintText, lintFiles } from 'copydesk';
 *   const result = lintText(text, { filePath: 'story.md' });
 */
import { readAcceptFile } from './config/accept-file.js';
import path from 'node:path';
import type { Format, LintConfig, LintResult } from './types.js';
import { parseArticle, formatFromPath } from './engine/parse/index.js';
import { lintArticle } from './engine/lint.js';
import { resolveRules, resolveSettings, type ResolvedRule } from './engine/config.js';
import { expandPaths } from './engine/files.js';
import { loadFile, InputError, DEFAULT_MAX_FILE_SIZE } from './engine/load.js';
import { findDirectives, blankDirectives } from './engine/directives.js';
import { pluginRules, loadPlugins } from './engine/plugins.js';
import { ConfigResolver } from './config/resolve.js';
import { validateConfigObject } from './config/load.js';
import { createIgnore } from './engine/ignore.js';
import { rules as allRules } from './rules/index.js';

export type * from './types.js';
export { rules, ruleIds, getRule } from './rules/index.js';
export { defineRule } from './rules/define.js';
export { ConfigError } from './engine/config.js';
export { InputError } from './engine/load.js';
export { parseArticle, formatFromPath } from './engine/parse/index.js';
export { findDirectives } from './engine/directives.js';

export interface LintTextOptions {
  /** Used for the report and to pick the format from the extension. */
  filePath?: string;
  /** Overrides the format implied by `filePath`. */
  format?: Format;
  /**
   * The configuration (validated like a configuration file; no discovery, since this call
   * is synchronous). To use the configuration files that apply to a path, pass
   * `await loadConfig(path)`.
   */
  config?: LintConfig;
}

/** Lint one text in memory. Throws ConfigError for an invalid config. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const filePath = options.filePath ?? '<text>';
  const format = options.format ?? formatFromPath(filePath);
  if (options.config !== undefined) validateConfigObject(options.config, 'options.config');
  const resolved = resolveRules(options.config);
  return lintSource(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, filePath, format, resolved, options.config);
}

export interface LoadConfigOptions {
  /** Directory relative paths start from (default: process.cwd()). */
  cwd?: string;
  /** Use this configuration file instead of discovering one (like `--config`). */
  configFile?: string;
  /** Ignore configuration files: built-in defaults only (like `--no-config`). */
  noConfig?: boolean;
}

/**
 * The effective configuration for a file: the nearest configuration file (walking up from
 * the file's folder) with its `extends`, plugins and matching `overrides` applied. Throws
 * ConfigError for an invalid file.
 */
export async function loadConfig(filePath: string, options: LoadConfigOptions = {}): Promise<LintConfig> {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new ConfigResolver({ cwd, configFile: options.configFile, noConfig: options.noConfig });
  return (await resolver.forFile(path.resolve(cwd, filePath))).config;
}

/** Lint already-decoded text with already-resolved rules (the hot path of the CLI). */
export function lintSource(text: string, filePath: string, format: Format, resolved: readonly ResolvedRule[], config?: LintConfig): LintResult {
  const directives = config?.noInlineConfig ? [] : findDirectives(text);
  const article = parseArticle(blankDirectives(text, directives), filePath, format);
  if (directives.length === 0) return lintArticle(article, resolved, resolveSettings(config));
  const knownRules = new Set([...allRules.map((r) => r.id), ...pluginRules().map((r) => r.id)]);
  const unused = config?.reportUnusedDirectives;
  const reportUnused = unused === 'error' ? 2 : unused === 'warning' ? 1 : 0;
  return lintArticle(article, resolved, resolveSettings(config), { list: directives, knownRules, reportUnused });
}

export interface LintFilesOptions extends LoadConfigOptions {
  /**
   * Settings applied over each file's configuration (rules merge by id, `accept` adds,
   * `language` replaces), like `--rule` on the command line.
   */
  config?: LintConfig;
  /** Skip files matched by `.copydeskignore` and `ignorePatterns` (default true). */
  ignore?: boolean;
  /** Extra ignore patterns, relative to cwd (like `--ignore-pattern`). */
  ignorePatterns?: string[];
  maxFileSize?: number;
}

export interface LintFilesOutcome {
  results: LintResult[];
  /** Files or patterns that could not be linted, with the reason. */
  errors: Array<{ filePath: string; message: string }>;
}

/**
 * Lint files, directories and globs, each with the configuration that applies to it
 * (discovery as on the command line). Never throws for a bad file: it lands in `errors`.
 * Throws ConfigError for an invalid configuration.
 */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintFilesOutcome> {
  const cwd = options.cwd ?? process.cwd();
  if (options.config !== undefined) validateConfigObject(options.config, 'options.config');
  const resolver = new ConfigResolver({ cwd, configFile: options.configFile, noConfig: options.noConfig, ruleOverrides: options.config?.rules });
  await resolver.preload();
  const ignored = options.ignore === false ? () => false : await createIgnore({ cwd, patterns: options.ignorePatterns });
  const acceptFile = readAcceptFile(cwd);
  const { files, problems } = await expandPaths(patterns, cwd);
  const errors = problems.map((p) => ({ filePath: p.pattern, message: p.message }));
  const results: LintResult[] = [];
  for (const file of files) {
    const abs = path.resolve(cwd, file);
    if (options.ignore !== false && (ignored(abs) || (await resolver.ignoredByConfig(abs)))) continue;
    const { config: found } = await resolver.forFile(abs);
    const config: LintConfig = { ...found, ...options.config, rules: found.rules };
    if (options.config?.accept) config.accept = [...(found.accept ?? []), ...options.config.accept];
    if (acceptFile.length) config.accept = [...(config.accept ?? []), ...acceptFile];
    if (found.plugins || options.config?.plugins) config.plugins = [...new Set([...(found.plugins ?? []), ...(options.config?.plugins ?? [])])];
    try {
      await loadPlugins(config.plugins);
      const { text } = await loadFile(abs, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
      results.push(lintSource(text, file, formatFromPath(file), resolveRules(config), config));
    } catch (err) {
      if (err instanceof InputError) errors.push({ filePath: file, message: err.message });
      else throw err;
    }
  }
  return { results, errors };
}
