import type { RuleSetting } from '../types.js';
import { rules as builtins } from '../rules/index.js';
import type { RawConfig } from './load.js';

/**
 * Built-in presets for `extends`.
 * - `copydesk:recommended`: every rule at its default severity with default options (what
 *   copydesk does with no configuration at all).
 * - `copydesk:strict`: every rule reports errors, so any finding fails the run.
 */
export const PRESETS: Record<string, () => RawConfig> = {
  'copydesk:recommended': () => ({ rules: {} }),
  'copydesk:strict': () => ({ rules: Object.fromEntries(builtins.map((r) => [r.id, 'error' as RuleSetting])) }),
};

export const isPresetName = (name: string): boolean => Object.prototype.hasOwnProperty.call(PRESETS, name);
