import type { LintConfig, Rule, RuleSetting, Settings, Severity } from '../types.js';
import { rules as builtins } from '../rules/index.js';
import { pluginRules } from './plugins.js';

/** A configuration problem: names where (`source`), which key, and what was expected. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly source?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface ResolvedRule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: Rule<any>;
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
}

const SEVERITIES: Record<string, Severity> = {
  off: 'off',
  '0': 'off',
  warning: 'warning',
  warn: 'warning',
  '1': 'warning',
  error: 'error',
  '2': 'error',
};

export function parseSeverity(value: unknown, where: string): Severity {
  const s = SEVERITIES[String(value)];
  if (s === undefined) throw new ConfigError(`${where}: expected "off", "warning" or "error", got ${JSON.stringify(value)}`);
  return s;
}

/** Turn a config's `rules` into the list of rules to run, with severities and merged options. */
export function resolveRules(config: LintConfig = {}, source = 'configuration'): ResolvedRule[] {
  const registry = [...builtins, ...pluginRules()];
  const settings = config.rules ?? {};
  for (const id of Object.keys(settings)) {
    if (!registry.some((r) => r.id === id)) {
      throw new ConfigError(`${source}: rules.${id}: unknown rule "${id}" (known rules: ${registry.map((r) => r.id).join(', ')})`);
    }
  }
  const out: ResolvedRule[] = [];
  for (const rule of [...registry].sort((a, b) => (a.meta.order ?? 100) - (b.meta.order ?? 100))) {
    const setting: RuleSetting | undefined = settings[rule.id];
    let severity: Severity = rule.meta.defaultSeverity;
    let options: Record<string, unknown> = {};
    if (setting !== undefined) {
      if (Array.isArray(setting)) {
        severity = parseSeverity(setting[0], `${source}: rules.${rule.id}[0]`);
        const opt = setting[1];
        if (opt !== undefined && (typeof opt !== 'object' || opt === null || Array.isArray(opt))) {
          throw new ConfigError(`${source}: rules.${rule.id}[1]: expected an options object`);
        }
        options = opt ?? {};
      } else severity = parseSeverity(setting, `${source}: rules.${rule.id}`);
    }
    if (severity === 'off') continue;
    out.push({ rule, severity, options: { ...(rule.meta.defaultOptions as Record<string, unknown>), ...options } });
  }
  return out;
}

export function resolveSettings(config: LintConfig = {}): Settings {
  return { language: config.language ?? 'en-US', accept: config.accept ?? [] };
}
