/**
 * Build step (run by `npm run build` after compiling): expands each Hunspell dictionary package
 * (plus the SCOWL size-70 words of its variety) into a sorted word list beside the compiled rule, so the rule loads it with one file read.
 * The output depends only on the installed dictionary and word-list packages, so it is reproducible.
 *
 *   node dist/rules/spelling/build-data.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { DICTIONARY_PACKAGES, GENERATED_DIR, difference, differencePath, expandLanguage, generatedPath } from './dictionary.js';

mkdirSync(GENERATED_DIR, { recursive: true });
for (const language of Object.keys(DICTIONARY_PACKAGES)) {
  const words = [...expandLanguage(language)].filter((w) => !w.includes('\n')).sort();
  writeFileSync(generatedPath(language), words.join('\n'));
}
// For every pair of languages, the words one has and the other lacks (small lists).
const languages = Object.keys(DICTIONARY_PACKAGES);
for (const from of languages) {
  for (const to of languages) if (from !== to) writeFileSync(differencePath(from, to), difference(from, to).join('\n'));
}
