/**
 * Formatters by name, each loaded on first use: a run imports only the formatter it prints with.
 */
import type { Formatter } from './index.js';

const LOADERS: Record<string, (options: LoadOptions) => Promise<Formatter>> = {
  stylish: async ({ color }) => {
    const { stylish, loadColours } = await import('./stylish.js');
    if (color) await loadColours();
    return stylish;
  },
  compact: async () => (await import('./compact.js')).compact,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
  html: async () => (await import('./html.js')).html,
};

/** The names `--format` accepts (the same as the keys of `formatters` in index.ts). */
export const formatterNames: readonly string[] = Object.keys(LOADERS);

export interface LoadOptions {
  /** The report will be coloured: load what colours need. */
  color?: boolean;
}

/** The formatter called `name`, ready to format as `options` say; throws on an unknown name. */
export async function loadFormatter(name: string, options: LoadOptions = {}): Promise<Formatter> {
  const load = LOADERS[name];
  if (!load) throw new Error(`unknown format: ${name}`);
  return load(options);
}
