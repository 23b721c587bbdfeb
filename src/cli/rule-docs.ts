import { readFileSync } from 'node:fs';
import type { Rule } from '../types.js';
import type { RuleDoc } from '../formatters/index.js';
import { rules as builtins } from '../rules/index.js';
import { pluginRules } from '../engine/plugins.js';

/** The README of a built-in rule (shipped in the package as src/rules/<id>/README.md). */
export function ruleReadme(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  try {
    return readFileSync(new URL(`../../src/rules/${id}/README.md`, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function allRules(): Array<Rule<any>> {
  return [...builtins, ...pluginRules()];
}

/** Metadata of every rule, for formatters; READMEs only when asked (sarif). */
export function ruleDocs(withReadme: boolean): RuleDoc[] {
  return allRules().map((r) => {
    const doc: RuleDoc = { id: r.id, description: r.meta.description, type: r.meta.type, defaultSeverity: r.meta.defaultSeverity };
    if (r.meta.fixable) doc.fixable = true;
    if (withReadme) {
      const readme = ruleReadme(r.id);
      if (readme) doc.readme = readme;
    }
    return doc;
  });
}
