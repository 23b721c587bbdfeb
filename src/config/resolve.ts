import path from 'node:path';
import type { LintConfig, RuleSetting } from '../types.js';
import { loadConfigFile, defaultConfig, findConfigFile, mergeRules, type LoadedConfig } from './load.js';

export interface FileSettings {
  /** The effective configuration for the file (plain data: rules, language, accept, plugins). */
  config: LintConfig;
  /** The configuration file that applies, or null for the built-in defaults. */
  configFile: string | null;
  /** A stable string that changes whenever the effective configuration changes. */
  fingerprint: string;
}

export interface ResolverOptions {
  cwd: string;
  /** Use this file for every linted file (`--config`). */
  configFile?: string;
  /** Ignore configuration files (`--no-config`). */
  noConfig?: boolean;
  /** Applied last, over any file (`--rule id=severity`). */
  ruleOverrides?: Record<string, RuleSetting>;
}

type Matcher = (p: string) => boolean;
let picomatchMod: typeof import('picomatch') | undefined;

async function matcher(patterns: string[]): Promise<Matcher> {
  picomatchMod ??= ((await import('picomatch')) as unknown as { default: typeof import('picomatch') }).default;
  const pm = picomatchMod;
  // A pattern without a slash matches the file name at any depth (as in .gitignore).
  const tests = patterns.map((p) => (p.includes('/') ? pm(p.replace(/^\.\//, ''), { dot: true }) : pm(p, { dot: true, basename: true })));
  return (file: string) => tests.some((t) => t(file));
}

const posix = (p: string) => p.split(path.sep).join('/');

/** Finds and caches the configuration for each linted file. */
export class ConfigResolver {
  private readonly dirCache = new Map<string, string | null>();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();
  private readonly matchers = new Map<string, Promise<Matcher>>();
  private ignoreMatchers = new Map<string, Promise<(rel: string) => boolean>>();

  constructor(readonly options: ResolverOptions) {}

  /** The configuration file (absolute) that applies to a file, or null. */
  configFileFor(absPath: string): string | null {
    if (this.options.noConfig) return null;
    if (this.options.configFile) return path.resolve(this.options.cwd, this.options.configFile);
    return findConfigFile(path.dirname(absPath), this.dirCache);
  }

  private load(file: string | null): Promise<LoadedConfig> {
    const key = file ?? '';
    let p = this.loaded.get(key);
    if (!p) {
      p = file ? loadConfigFile(file, this.options.cwd) : defaultConfig();
      this.loaded.set(key, p);
    }
    return p;
  }

  /** Load the configuration up front (so `--config` errors surface before any file is read). */
  async preload(): Promise<void> {
    if (this.options.noConfig) await this.load(null);
    else if (this.options.configFile) await this.load(this.configFileFor(this.options.cwd));
  }

  private match(patterns: string[]): Promise<Matcher> {
    const key = patterns.join('\0');
    let m = this.matchers.get(key);
    if (!m) this.matchers.set(key, (m = matcher(patterns)));
    return m;
  }

  async forFile(absPath: string): Promise<FileSettings> {
    const file = this.configFileFor(absPath);
    const loaded = await this.load(file);
    const rules: Record<string, RuleSetting> = { ...(loaded.base.rules ?? {}) };
    let language = loaded.base.language;
    let accept = loaded.base.accept ? [...loaded.base.accept] : undefined;
    for (const o of loaded.overrides) {
      const rel = posix(path.relative(o.base, absPath));
      if (rel.startsWith('../')) continue;
      if (!(await this.match(o.files))(rel)) continue;
      if (o.excludedFiles.length && (await this.match(o.excludedFiles))(rel)) continue;
      mergeRules(rules, o.rules);
      if (o.language !== undefined) language = o.language;
      if (o.accept) accept = [...(accept ?? []), ...o.accept];
    }
    mergeRules(rules, this.options.ruleOverrides);
    const config: LintConfig = { rules };
    if (language !== undefined) config.language = language;
    if (accept !== undefined) config.accept = accept;
    if (loaded.base.plugins) config.plugins = loaded.base.plugins;
    if (loaded.base.noInlineConfig) config.noInlineConfig = true;
    if (loaded.base.reportUnusedDirectives) config.reportUnusedDirectives = loaded.base.reportUnusedDirectives;
    return { config, configFile: file, fingerprint: JSON.stringify(config) };
  }

  /** True when the file's configuration lists it in `ignorePatterns`. */
  async ignoredByConfig(absPath: string): Promise<boolean> {
    const file = this.configFileFor(absPath);
    const loaded = await this.load(file);
    for (const group of loaded.ignorePatterns) {
      const rel = posix(path.relative(group.base, absPath));
      if (rel.startsWith('../') || rel === '') continue;
      const key = `${group.base}\0${group.patterns.join('\0')}`;
      let m = this.ignoreMatchers.get(key);
      if (!m) {
        m = import('ignore').then((mod) => {
          const ig = (mod.default as unknown as () => import('ignore').Ignore)().add(group.patterns);
          return (r: string) => ig.ignores(r);
        });
        this.ignoreMatchers.set(key, m);
      }
      if ((await m)(rel)) return true;
    }
    return false;
  }
}
