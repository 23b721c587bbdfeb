import { createRequire } from 'node:module';
import type { Nodes, Root, RootContent } from 'mdast';
import type { ArticleMetadata, BlockKind, Range } from '../../types.js';
import type { BlockInit } from '../article.js';
import { TextBuilder } from '../text-builder.js';
import { metadataFromRecord } from './metadata.js';

const require = createRequire(import.meta.url);

// Loaded on first use so that plain-text runs do not pay for the Markdown parser.
let processor: { parse(source: string): unknown } | undefined;
let parseYaml: ((text: string) => unknown) | undefined;
function markdownProcessor() {
  if (!processor) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
    processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  }
  return processor;
}
function yaml(text: string): unknown {
  parseYaml ??= (require('yaml') as typeof import('yaml')).parse;
  return parseYaml(text);
}

export interface ParsedMarkup {
  blocks: BlockInit[];
  metadata: Partial<ArticleMetadata>;
  ignoredRanges: Range[];
}

export function parseMarkdown(source: string): ParsedMarkup {
  const tree = markdownProcessor().parse(source) as Root;
  const blocks: BlockInit[] = [];
  const ignoredRanges: Range[] = [];
  let metadata: Partial<ArticleMetadata> = {};

  const offsets = (node: Nodes): [number, number] | null => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    return s === undefined || e === undefined ? null : [s, e];
  };

  const inline = (node: Nodes, b: TextBuilder, inLink: boolean): void => {
    const r = offsets(node);
    switch (node.type) {
      case 'text':
        if (r) b.append(node.value, source, r[0], r[1], inLink);
        return;
      case 'inlineCode':
        if (r) b.append(node.value, source, r[0], r[1], inLink);
        return;
      case 'break':
        if (r) b.appendSynthetic('\n', r[0]);
        return;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      default:
        if ('children' in node) {
          const link = inLink || node.type === 'link' || node.type === 'linkReference';
          for (const child of node.children) inline(child as Nodes, b, link);
        }
    }
  };

  const emit = (kind: BlockKind, node: Nodes, depth?: number): void => {
    const r = offsets(node);
    if (!r) return;
    const b = new TextBuilder();
    inline(node, b, false);
    const done = b.finish();
    if (!done) return;
    const init: BlockInit = {
      kind,
      text: done.text,
      start: done.map[0]!,
      end: done.map[done.map.length - 1]!,
      linkChars: done.linkChars,
      map: done.map,
    };
    if (depth !== undefined) init.depth = depth;
    blocks.push(init);
  };

  const walk = (node: RootContent | Root, container: BlockKind | null): void => {
    switch (node.type) {
      case 'yaml': {
        const r = offsets(node);
        if (r) ignoredRanges.push(r);
        try {
          const data = yaml(node.value);
          if (data && typeof data === 'object') metadata = metadataFromRecord(data as Record<string, unknown>, 'front-matter');
        } catch {
          // Malformed front matter is left alone: it is not prose and not ours to judge.
        }
        return;
      }
      case 'code':
      case 'html': {
        const r = offsets(node);
        if (r) ignoredRanges.push(r);
        return;
      }
      case 'heading':
        emit('heading', node, node.depth);
        return;
      case 'paragraph':
        emit(container ?? 'paragraph', node);
        return;
      case 'tableRow':
        emit('line', node);
        return;
      case 'listItem':
        for (const c of node.children) walk(c, 'list-item');
        return;
      case 'blockquote':
        for (const c of node.children) walk(c, 'quote');
        return;
      default:
        if ('children' in node) for (const c of node.children) walk(c as RootContent, container);
    }
  };
  walk(tree, null);
  return { blocks, metadata, ignoredRanges };
}
