import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Io } from '../io.js';
import { allRules } from '../rule-docs.js';

export const INIT_FILE = '.copydeskrc.json';

/** The starter configuration `copydesk init` writes. */
export function starterConfig(preset: 'recommended' | 'strict' = 'recommended'): Record<string, unknown> {
  return {
    $schema: './node_modules/copydesk/schema/config.schema.json',
    extends: `copydesk:${preset}`,
    language: 'en-US',
    accept: [],
    rules: Object.fromEntries([...allRules()].sort((a, b) => (a.meta.order ?? 100) - (b.meta.order ?? 100)).map((r) => [r.id, preset === 'strict' ? 'error' : r.meta.defaultSeverity])),
    overrides: [],
  };
}

/** `copydesk init [--strict] [--force]`: write a starter .copydeskrc.json in the working directory. */
export function init(args: string[], io: Io, err: (line: string) => void): number {
  const unknown = args.filter((a) => a !== '--strict' && a !== '--force');
  if (unknown.length) {
    err(`init: unknown argument ${unknown[0]} (usage: copydesk init [--strict] [--force])`);
    return 2;
  }
  const file = path.join(io.cwd, INIT_FILE);
  if (existsSync(file) && !args.includes('--force')) {
    err(`init: ${INIT_FILE} already exists; use --force to overwrite it`);
    return 2;
  }
  try {
    writeFileSync(file, JSON.stringify(starterConfig(args.includes('--strict') ? 'strict' : 'recommended'), null, 2) + '\n');
  } catch (e) {
    err(`init: cannot write ${INIT_FILE}: ${(e as Error).message}`);
    return 2;
  }
  io.stdout.write(`Wrote ${INIT_FILE}. Edit "rules", "accept" and "overrides", then run: copydesk <files>\n`);
  return 0;
}
