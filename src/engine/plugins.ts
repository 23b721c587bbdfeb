import { pathToFileURL } from 'node:url';
import type { Rule } from '../types.js';
import { ConfigError } from './config.js';

/**
 * Rules loaded from plugin modules (`plugins` in a config file). A plugin is a module that
 * exports `rules`, an array of rule definitions (the same shape as the built-in rules).
 * Loaded once per process; the registry is what `resolveRules` consults after the built-ins.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loaded = new Map<string, ReadonlyArray<Rule<any>>>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function pluginRules(): Array<Rule<any>> {
  return [...loaded.values()].flat();
}

/** Plugins being imported: jobs that start together wait for the same import. */
const loading = new Map<string, Promise<void>>();

/** Import plugin modules (absolute paths) that are not loaded yet. `where` names the config for errors. */
export async function loadPlugins(paths: readonly string[] | undefined, where = 'configuration', builtinIds: readonly string[] = []): Promise<void> {
  for (const file of paths ?? []) {
    if (loaded.has(file)) continue;
    let pending = loading.get(file);
    if (!pending) {
      pending = loadPlugin(file, where, builtinIds).finally(() => loading.delete(file));
      loading.set(file, pending);
    }
    await pending;
  }
}

async function loadPlugin(file: string, where: string, builtinIds: readonly string[]): Promise<void> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (e) {
    throw new ConfigError(`${where}: plugins: cannot load ${file}: ${(e as Error)?.message ?? String(e)}`);
  }
  const rules = (mod.rules ?? (mod.default as Record<string, unknown> | undefined)?.rules) as unknown;
  if (!Array.isArray(rules) || rules.some((r) => !r || typeof r.id !== 'string' || typeof r.check !== 'function' || typeof r.meta !== 'object')) {
    throw new ConfigError(`${where}: plugins: ${file} must export \`rules\`, an array of rule definitions ({id, meta, check})`);
  }
  const taken = new Set([...builtinIds, ...pluginRules().map((r) => r.id)]);
  for (const r of rules) if (taken.has(r.id)) throw new ConfigError(`${where}: plugins: ${file} defines rule "${r.id}", which already exists`);
  loaded.set(file, rules);
}
