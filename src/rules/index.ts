import type { Rule } from '../types.js';
import boilerplateLeakage from './boilerplate-leakage/index.js';
import duplicateLabel from './duplicate-label/index.js';
import offTopicInsertion from './off-topic-insertion/index.js';
import missingAttribution from './missing-attribution/index.js';
import spelling from './spelling/index.js';

/**
 * The rule registry: every rule copydesk ships, in the order they run (by `meta.order`).
 * A rule is added here explicitly; tests check that every folder in src/rules is registered.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: ReadonlyArray<Rule<any>> = [boilerplateLeakage, duplicateLabel, offTopicInsertion, missingAttribution, spelling].sort(
  (a, b) => (a.meta.order ?? 100) - (b.meta.order ?? 100),
);

export const ruleIds: readonly string[] = rules.map((r) => r.id);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function getRule(id: string): Rule<any> | undefined {
  return rules.find((r) => r.id === id);
}
