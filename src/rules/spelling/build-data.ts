/**
 * Build step (run by `npm run build` after compiling): expands each Hunspell dictionary package
 * into a sorted word list beside the compiled rule, so the rule loads it with one file read.
 * The output depends only on the installed dictionary packages, so it is reproducible.
 *
 *   node dist/rules/spelling/build-data.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { DICTIONARY_PACKAGES, GENERATED_DIR, expandPackage, generatedPath } from './dictionary.js';

mkdirSync(GENERATED_DIR, { recursive: true });
for (const [language, pkg] of Object.entries(DICTIONARY_PACKAGES)) {
  const words = [...expandPackage(pkg)].filter((w) => !w.includes('\n')).sort();
  writeFileSync(generatedPath(language), words.join('\n'));
}
