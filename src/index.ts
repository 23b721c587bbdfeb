/**
 * copydesk's programmatic API.
 *
 *   import { lintText, lintFiles } from 'copydesk';
 *   const result = lintText(text, { filePath: 'story.md' });
 */
import path from 'node:path';
import type { Format, LintConfig, LintResult } from './types.js';
import { parseArticle, formatFromPath } from './engine/parse/index.js';
import { lintArticle } from './engine/lint.js';
import { resolveRules, resolveSettings, type ResolvedRule } from './engine/config.js';
import { expandPaths } from './engine/files.js';
import { loadFile, InputError, DEFAULT_MAX_FILE_SIZE } from './engine/load.js';
import { findDirectives, blankDirectives } from './engine/directives.js';
import { pluginRules } from './engine/plugins.js';
import { rules as allRules } from './rules/index.js';

export type * from './types.js';
export { rules, ruleIds, getRule } from './rules/index.js';
export { defineRule } from './rules/define.js';
export { ConfigError } from './engine/config.js';
export { InputError } from './engine/load.js';
export { parseArticle, formatFromPath } from './engine/parse/index.js';

export interface LintTextOptions {
  /** Used for the report and to pick the format from the extension. */
  filePath?: string;
  /** Overrides the format implied by `filePath`. */
  format?: Format;
  config?: LintConfig;
}

/** Lint one text in memory. Throws ConfigError for an invalid config. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const filePath = options.filePath ?? '<text>';
  const format = options.format ?? formatFromPath(filePath);
  const resolved = resolveRules(options.config);
  return lintSource(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, filePath, format, resolved, options.config);
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

export interface LintFilesOptions {
  cwd?: string;
  config?: LintConfig;
  maxFileSize?: number;
}

export interface LintFilesOutcome {
  results: LintResult[];
  /** Files or patterns that could not be linted, with the reason. */
  errors: Array<{ filePath: string; message: string }>;
}

/** Lint files, directories and globs. Never throws for a bad file: it lands in `errors`. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintFilesOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const resolved = resolveRules(options.config);
  const { files, problems } = await expandPaths(patterns, cwd);
  const errors = problems.map((p) => ({ filePath: p.pattern, message: p.message }));
  const results: LintResult[] = [];
  for (const file of files) {
    try {
      const { text } = await loadFile(path.resolve(cwd, file), options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
      results.push(lintSource(text, file, formatFromPath(file), resolved, options.config));
    } catch (err) {
      if (err instanceof InputError) errors.push({ filePath: file, message: err.message });
      else throw err;
    }
  }
  return { results, errors };
}
