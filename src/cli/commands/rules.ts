import path from 'node:path';
import type { Io } from '../io.js';
import { ConfigResolver } from '../../config/resolve.js';
import { displayPath } from '../../config/load.js';
import { allRules } from '../rule-docs.js';
import { parseSeverity } from '../../engine/config.js';

/**
 * `copydesk rules [--json] [--config FILE | --no-config]`: every rule with its default
 * severity, whether it can fix, and its status under the configuration of the working
 * directory.
 */
export async function listRules(args: string[], io: Io, err: (line: string) => void): Promise<number> {
  let configFile: string | undefined;
  let noConfig = false;
  let asJson = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') asJson = true;
    else if (a === '--no-config') noConfig = true;
    else if ((a === '--config' || a === '-c') && args[i + 1]) configFile = args[++i];
    else {
      err(`rules: unknown argument ${a} (usage: copydesk rules [--json] [--config FILE | --no-config])`);
      return 2;
    }
  }
  const resolver = new ConfigResolver({ cwd: io.cwd, configFile, noConfig });
  const settings = await resolver.forFile(path.join(io.cwd, 'article.md'));
  const rows = allRules()
    .sort((a, b) => (a.meta.order ?? 100) - (b.meta.order ?? 100))
    .map((r) => {
      const s = settings.config.rules?.[r.id];
      const status = s === undefined ? r.meta.defaultSeverity : parseSeverity(Array.isArray(s) ? s[0] : s, r.id);
      return { id: r.id, defaultSeverity: r.meta.defaultSeverity, status, fixable: Boolean(r.meta.fixable), description: r.meta.description };
    });
  if (asJson) {
    io.stdout.write(JSON.stringify({ configFile: settings.configFile, rules: rows }, null, 2) + '\n');
    return 0;
  }
  const w = Math.max(4, ...rows.map((r) => r.id.length));
  const lines = [`${'rule'.padEnd(w)}  ${'default'.padEnd(7)}  ${'status'.padEnd(7)}  fix  description`];
  for (const r of rows) lines.push(`${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(7)}  ${r.status.padEnd(7)}  ${(r.fixable ? 'yes' : '').padEnd(3)}  ${r.description}`);
  lines.push('', `Status under ${settings.configFile ? displayPath(settings.configFile, io.cwd) : 'the built-in defaults'}. Details: copydesk explain <rule>`);
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}
