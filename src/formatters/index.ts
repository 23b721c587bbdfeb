import type { LintResult } from '../types.js';
import { stylish } from './stylish.js';
import { compact } from './compact.js';
import { json } from './json.js';

export interface FormatterContext {
  color: boolean;
  cwd: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;

export const formatters: Record<string, Formatter> = { stylish, compact, json };

export const formatterNames = Object.keys(formatters);
