import type { Io } from '../io.js';
import { allRules, ruleReadme } from '../rule-docs.js';

/** `copydesk explain <rule>`: print the rule's README. */
export function explain(args: string[], io: Io, err: (line: string) => void): number {
  const id = args[0];
  const known = allRules().map((r) => r.id);
  if (!id || args.length > 1) {
    err(`explain: give one rule id (${known.join(', ') || 'no rules registered'})`);
    return 2;
  }
  const rule = allRules().find((r) => r.id === id);
  if (!rule) {
    err(`explain: unknown rule "${id}" (known rules: ${known.join(', ') || 'none'})`);
    return 2;
  }
  const readme = ruleReadme(id);
  io.stdout.write(readme ?? `# ${id}\n\n${rule.meta.description}\n`);
  if (readme && !readme.endsWith('\n')) io.stdout.write('\n');
  return 0;
}
