import type { LintResult } from '../types.js';
import { stylish } from './stylish.js';
import { compact } from './compact.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { junit } from './junit.js';
import { checkstyle } from './checkstyle.js';
import { html } from './html.js';

export interface FormatterContext {
  color: boolean;
  cwd: string;
  /** Metadata of every rule that could report (used by sarif). */
  rules?: RuleDoc[];
  /** copydesk's version (used by sarif). */
  version?: string;
}

/** What a formatter may say about a rule. */
export interface RuleDoc {
  id: string;
  description: string;
  type: string;
  defaultSeverity: 'warning' | 'error';
  fixable?: boolean;
  /** The rule's README (Markdown). */
  readme?: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;

export const formatters: Record<string, Formatter> = { stylish, compact, json, sarif, github, junit, checkstyle, html };

export const formatterNames = Object.keys(formatters);
