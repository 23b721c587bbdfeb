import type { Rule } from '../types.js';
import offTopicInsertion from './off-topic-insertion/index.js';
import duplicateLabel from './duplicate-label/index.js';
import boilerplateLeakage from './boilerplate-leakage/index.js';
import spelling from './spelling/index.js';
import missingAttribution from './missing-attribution/index.js';

/**
 * The rule registry: every rule copydesk ships, in the order they run (by `meta.order`).
 * A rule is added here explicitly; tests check that every folder in src/rules is registered.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: ReadonlyArray<Rule<any>> = [offTopicInsertion, duplicateLabel, boilerplateLeakage, spelling, missingAttribution];

export const ruleIds: readonly string[] = rules.map((r) => r.id);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function getRule(id: string): Rule<any> | undefined {
  return rules.find((r) => r.id === id);
}
