import type { Rule } from '../types.js';

/** Define a rule with typed options. Identity at run time; it exists for type inference. */
export function defineRule<O extends object>(rule: Rule<O>): Rule<O> {
  return rule;
}
