#!/usr/bin/env node
/**
 * node scripts/required-literals.js — part of `npm run build`, after tsc.
 *
 * Loads every built-in rule from dist/ (their phrase and pattern lists derive their required
 * literals as they load) and writes what was derived to dist/text/required-literals.json, which
 * src/text/required-literals.ts reads instead of deriving the same literals on every start.
 * The old table is removed first, so the new one is derived by the code just compiled.
 *
 * A pattern written with non-ASCII characters is listed twice: as written (dist/) and as the
 * bundle writes it, with \uXXXX escapes (scripts/ascii.js), the source its regexes have there.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeNonAscii } from './ascii.js';

const literals = await import('../dist/text/required-literals.js');
const table = fileURLToPath(literals.TABLE_URL);
rmSync(table, { force: true });
await import('../dist/rules/index.js');
const derived = literals.derivedLiterals();
for (const [source, value] of Object.entries(derived)) {
  const escaped = escapeNonAscii(source);
  if (escaped !== source) derived[escaped] = value;
}
writeFileSync(table, `${JSON.stringify(derived)}\n`);
