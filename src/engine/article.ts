import { ParseEnglish } from 'parse-english';
import type { Root as NlcstRoot } from 'nlcst';
import type { Article, ArticleMetadata, Block, BlockKind, Format, Range, SourceLine } from '../types.js';
import { LineIndex } from './line-index.js';

const parser = new ParseEnglish();

export interface BlockInit {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
  depth?: number;
  linkChars?: number;
  /** Per-character source offsets (length text.length + 1); omit when text is a verbatim slice. */
  map?: number[];
}

class BlockImpl implements Block {
  readonly kind: BlockKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly depth?: number;
  readonly linkChars?: number;
  private readonly map?: number[];
  private tree?: NlcstRoot;

  constructor(
    readonly index: number,
    init: BlockInit,
    readonly linksKnown: boolean,
  ) {
    this.kind = init.kind;
    this.text = init.text;
    this.start = init.start;
    this.end = init.end;
    if (init.depth !== undefined) this.depth = init.depth;
    if (init.linkChars !== undefined) this.linkChars = init.linkChars;
    if (init.map) this.map = init.map;
  }

  toSource(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    return this.map ? this.map[o]! : this.start + o;
  }

  get nlcst(): NlcstRoot {
    this.tree ??= parser.parse(this.text);
    return this.tree;
  }
}

export function createArticle(input: {
  filePath: string;
  format: Format;
  source: string;
  blocks: BlockInit[];
  metadata?: Partial<ArticleMetadata>;
  ignoredRanges?: Range[];
}): Article {
  const index = new LineIndex(input.source);
  const linksKnown = input.format !== 'text';
  const blocks = input.blocks
    .filter((b) => b.text.trim().length > 0)
    .sort((a, b) => a.start - b.start)
    .map((b, i) => new BlockImpl(i, b, linksKnown));
  const lines: SourceLine[] = [];
  const src = input.source;
  for (let n = 1; n <= index.lineCount; n++) {
    let [s, e] = index.lineRange(n);
    while (s < e && /\s/.test(src[s]!)) s++;
    while (e > s && /\s/.test(src[e - 1]!)) e--;
    if (s < e) lines.push({ line: n, start: s, end: e, text: src.slice(s, e) });
  }
  return {
    filePath: input.filePath,
    format: input.format,
    source: input.source,
    blocks,
    lines,
    metadata: { sources: {}, ...input.metadata },
    ignoredRanges: input.ignoredRanges ?? [],
    position: (offset) => index.position(offset),
    lineOf: (offset) => index.lineOf(offset),
  };
}

/** The LineIndex of an article's source (cached per source string). */
const indexCache = new WeakMap<Article, LineIndex>();
export function lineIndexOf(article: Article): LineIndex {
  let idx = indexCache.get(article);
  if (!idx) {
    idx = new LineIndex(article.source);
    indexCache.set(article, idx);
  }
  return idx;
}
