import type { Article, Block, Range } from '../types.js';
import { STOPWORDS } from './stopwords.js';
import { startsUpper } from '../text/case.js';

export interface Token {
  /** Lower-cased, with curly apostrophes made straight. */
  norm: string;
  /** As written. */
  text: string;
  /** Source offsets. */
  start: number;
  end: number;
  stop: boolean;
  capitalised: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const CURLY_APOSTROPHE = /’/g;

/**
 * Analysis shared by every rule, computed lazily and at most once per article.
 * Also carries the exclusions: lines that a rule such as boilerplate-leakage reported as
 * non-prose, which later rules skip.
 */
export class Analysis {
  private readonly tokenCache = new Map<number, Token[]>();
  private readonly excluded = new Set<number>();

  constructor(readonly article: Article) {}

  /** Word tokens of a block, with source offsets. */
  tokens(block: Block): Token[] {
    let t = this.tokenCache.get(block.index);
    if (!t) {
      t = [];
      for (const m of block.text.matchAll(WORD)) {
        const text = m[0];
        const lower = text.toLowerCase();
        const norm = lower.includes('’') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
        const start = block.toSource(m.index);
        t.push({ norm, text, start, end: block.toSource(m.index + text.length - 1) + 1, stop: STOPWORDS.has(norm), capitalised: startsUpper(text) });
      }
      this.tokenCache.set(block.index, t);
    }
    return t;
  }

  /** Share of a block's tokens that are stopwords (0 for a block without words). */
  stopwordDensity(block: Block): number {
    const t = this.tokens(block);
    return t.length ? t.filter((x) => x.stop).length / t.length : 0;
  }

  /** Mark the lines covering [start, end) as excluded from prose analysis. */
  exclude(range: Range): void {
    const a = this.article.lineOf(range[0]);
    const b = this.article.lineOf(Math.max(range[0], range[1] - 1));
    for (let l = a; l <= b; l++) this.excluded.add(l);
  }

  get excludedLines(): ReadonlySet<number> {
    return this.excluded;
  }

  /** True when any line of [start, end) was excluded. */
  isExcluded(start: number, end: number = start + 1): boolean {
    if (this.excluded.size === 0) return false;
    const a = this.article.lineOf(start);
    const b = this.article.lineOf(Math.max(start, end - 1));
    for (let l = a; l <= b; l++) if (this.excluded.has(l)) return true;
    return false;
  }

  /** Blocks that are not (wholly or partly) excluded. */
  proseBlocks(): Block[] {
    return this.article.blocks.filter((b) => !this.isExcluded(b.start, b.end));
  }

  /**
   * The headline: the first level-1 heading in Markdown/HTML, else the first block that is
   * not excluded.
   */
  get headline(): Block | undefined {
    const blocks = this.proseBlocks();
    if (this.article.format !== 'text') {
      const h1 = blocks.find((b) => b.kind === 'heading' && b.depth === 1);
      if (h1) return h1;
    }
    return blocks[0];
  }
}
