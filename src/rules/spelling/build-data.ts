/**
 * Build step (run by `npm run build` after compiling): expands each Hunspell dictionary package
 * (plus the SCOWL size-70 words of its variety) into a sorted word list beside the compiled rule, so the rule loads it with one file read.
 * The output depends only on the installed dictionary and word-list packages, so it is reproducible.
 *
 *   node dist/rules/spelling/build-data.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { DICTIONARY_PACKAGES, GENERATED_DIR, expandLanguage, generatedPath } from './dictionary.js';

mkdirSync(GENERATED_DIR, { recursive: true });
for (const language of Object.keys(DICTIONARY_PACKAGES)) {
  const words = [...expandLanguage(language)].filter((w) => !w.includes('\n')).sort();
  writeFileSync(generatedPath(language), words.join('\n'));
}
