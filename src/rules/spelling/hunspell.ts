/**
 * A small Hunspell affix expander: turns an `.aff` + `.dic` pair into the set of every word form
 * the dictionary accepts (stems with their prefixes, suffixes and cross products applied).
 *
 * It covers what the English SCOWL dictionaries use: single-character flags, PFX/SFX with
 * strip/add/condition, cross products, NOSUGGEST and ONLYINCOMPOUND. Compound rules (used only
 * for ordinal numbers such as `21st`) are not expanded: the spelling rule skips tokens with digits.
 */

interface AffixEntry {
  strip: string;
  add: string;
  /** Compiled condition, anchored at the end (suffix) or start (prefix) of the stem. */
  condition: RegExp | null;
}

interface AffixClass {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  entries: AffixEntry[];
}

export interface Affixes {
  classes: Map<string, AffixClass>;
  onlyInCompound?: string;
  noSuggest?: string;
}

/** Parse the parts of an `.aff` file the expander needs. */
export function parseAff(text: string): Affixes {
  const classes = new Map<string, AffixClass>();
  const out: Affixes = { classes };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const f = line.split(/\s+/);
    const key = f[0];
    if (key === 'ONLYINCOMPOUND') out.onlyInCompound = f[1];
    else if (key === 'NOSUGGEST') out.noSuggest = f[1];
    else if ((key === 'PFX' || key === 'SFX') && f.length >= 4) {
      const flag = f[1]!;
      const cls = classes.get(flag);
      if (!cls) {
        // Header: PFX flag cross count
        classes.set(flag, { kind: key, cross: f[2] === 'Y', entries: [] });
        continue;
      }
      const strip = f[2] === '0' ? '' : f[2]!;
      const add = (f[3] === '0' ? '' : f[3]!).split('/')[0]!;
      const cond = f[4] ?? '.';
      cls.entries.push({
        strip,
        add,
        condition: cond === '.' ? null : new RegExp(key === 'SFX' ? `${cond}$` : `^${cond}`, 'u'),
      });
    }
  }
  return out;
}

function applySuffix(word: string, e: AffixEntry): string | undefined {
  if (e.strip && !word.endsWith(e.strip)) return undefined;
  if (e.condition && !e.condition.test(word)) return undefined;
  const base = e.strip ? word.slice(0, word.length - e.strip.length) : word;
  if (!base && !e.add) return undefined;
  return base + e.add;
}

function applyPrefix(word: string, e: AffixEntry): string | undefined {
  if (e.strip && !word.startsWith(e.strip)) return undefined;
  if (e.condition && !e.condition.test(word)) return undefined;
  return e.add + (e.strip ? word.slice(e.strip.length) : word);
}

/**
 * Expand a `.dic` file with its affixes. Calls `emit` for every accepted word form (a form may be
 * emitted more than once). Words flagged ONLYINCOMPOUND are left out.
 */
export function expandDic(aff: Affixes, dic: string, emit: (word: string) => void): void {
  const lines = dic.split(/\r?\n/);
  // The first line is the approximate word count.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    // A slash escaped as `\/` is part of the word; the SCOWL files have none, but be safe.
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim();
    const flags = slash < 0 ? '' : (line.slice(slash + 1).split(/\s/)[0] ?? '');
    if (!word) continue;
    if (aff.onlyInCompound && flags.includes(aff.onlyInCompound)) continue;
    emit(word);
    if (!flags) continue;
    const prefixes: AffixClass[] = [];
    const suffixes: AffixClass[] = [];
    for (const flag of flags) {
      const cls = aff.classes.get(flag);
      if (!cls) continue;
      (cls.kind === 'PFX' ? prefixes : suffixes).push(cls);
    }
    for (const s of suffixes) {
      for (const e of s.entries) {
        const form = applySuffix(word, e);
        if (form === undefined) continue;
        emit(form);
        if (!s.cross) continue;
        for (const p of prefixes) {
          if (!p.cross) continue;
          for (const pe of p.entries) {
            const both = applyPrefix(form, pe);
            if (both !== undefined) emit(both);
          }
        }
      }
    }
    for (const p of prefixes) {
      for (const e of p.entries) {
        const form = applyPrefix(word, e);
        if (form !== undefined) emit(form);
      }
    }
  }
}
