import { createRequire } from 'node:module';
import type { Element, Nodes, Root } from 'hast';
import type { ArticleMetadata, BlockKind, Range } from '../../types.js';
import type { BlockInit } from '../article.js';
import { TextBuilder } from '../text-builder.js';
import type { ParsedMarkup } from './markdown.js';

const require = createRequire(import.meta.url);

// Loaded on first use so that plain-text runs do not pay for the HTML parser.
let processor: { parse(source: string): unknown } | undefined;
function htmlProcessor() {
  if (!processor) {
    const { unified } = require('unified') as typeof import('unified');
    const rehypeParse = (require('rehype-parse') as typeof import('rehype-parse')).default;
    processor = unified().use(rehypeParse, { fragment: false });
  }
  return processor;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'select', 'iframe', 'svg', 'math', 'object', 'canvas', 'button', 'input', 'textarea']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'caption', 'center', 'menu',
]);

function kindOf(tag: string): { kind: BlockKind; depth?: number } {
  if (/^h[1-6]$/.test(tag)) return { kind: 'heading', depth: Number(tag[1]) };
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return { kind: 'list-item' };
  if (tag === 'blockquote') return { kind: 'quote' };
  if (tag === 'td' || tag === 'th' || tag === 'tr') return { kind: 'line' };
  return { kind: 'paragraph' };
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('');
  return '';
}

function attr(el: Element, name: string): string | undefined {
  const v = el.properties?.[name];
  if (Array.isArray(v)) return v.join(' ');
  return v === undefined || v === null ? undefined : String(v);
}

export function parseHtml(source: string): ParsedMarkup {
  const tree = htmlProcessor().parse(source) as Root;
  const blocks: BlockInit[] = [];
  const ignoredRanges: Range[] = [];
  const metadata: Partial<ArticleMetadata> = { sources: {} };
  const setMeta = (key: 'title' | 'byline' | 'date', value: string | undefined, origin: string) => {
    const v = value?.replace(/\s+/g, ' ').trim();
    if (!v || metadata[key]) return;
    metadata[key] = v;
    metadata.sources![key] = origin;
  };

  let builder = new TextBuilder();
  let current: { kind: BlockKind; depth?: number } = { kind: 'paragraph' };
  const flush = () => {
    const done = builder.finish();
    builder = new TextBuilder();
    if (!done) return;
    const init: BlockInit = {
      kind: current.kind,
      text: done.text,
      start: done.map[0]!,
      end: done.map[done.map.length - 1]!,
      linkChars: done.linkChars,
      map: done.map,
    };
    if (current.depth !== undefined) init.depth = current.depth;
    blocks.push(init);
  };

  const head = (node: Nodes): void => {
    if (node.type !== 'element') {
      if ('children' in node) node.children.forEach((c) => head(c as Nodes));
      return;
    }
    if (node.tagName === 'title') setMeta('title', textOf(node), 'html-title');
    if (node.tagName === 'meta') {
      const name = (attr(node, 'name') ?? attr(node, 'property') ?? attr(node, 'itemProp') ?? '').toLowerCase();
      const content = attr(node, 'content');
      if (['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'].includes(name)) setMeta('byline', content, 'html-meta');
      if (['article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'datepublished', 'parsely-pub-date', 'og:published_time'].includes(name)) setMeta('date', content, 'html-meta');
      if (name === 'og:title') setMeta('title', content, 'html-meta');
    }
    if ('children' in node) node.children.forEach((c) => head(c as Nodes));
  };

  const walk = (node: Nodes, inLink: boolean): void => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (node.type === 'comment' || node.type === 'doctype') {
      if (s !== undefined && e !== undefined) ignoredRanges.push([s, e]);
      return;
    }
    if (node.type === 'text') {
      if (s !== undefined && e !== undefined) builder.append(node.value, source, s, e, inLink, true);
      return;
    }
    if (node.type === 'element') {
      const tag = node.tagName;
      if (tag === 'head') {
        head(node);
        return;
      }
      if (SKIP.has(tag) || node.properties?.hidden !== undefined && node.properties?.hidden !== false) {
        if (s !== undefined && e !== undefined) ignoredRanges.push([s, e]);
        return;
      }
      if (tag === 'time') {
        const dt = attr(node, 'dateTime');
        if (dt) setMeta('date', dt, 'html-time');
      }
      const rel = (attr(node, 'rel') ?? '').toLowerCase();
      const cls = (attr(node, 'className') ?? '').toLowerCase();
      if (rel.includes('author') || /\b(byline|author-name)\b/.test(cls)) setMeta('byline', textOf(node), 'html-byline');
      if (tag === 'br') {
        if (s !== undefined) builder.appendSynthetic('\n', s);
        return;
      }
      if (tag === 'td' || tag === 'th') {
        if (s !== undefined) builder.appendSynthetic(' ', s);
      }
      const block = BLOCK.has(tag) && tag !== 'td' && tag !== 'th';
      if (block) {
        flush();
        const previous = current;
        current = kindOf(tag);
        for (const c of node.children) walk(c as Nodes, inLink);
        flush();
        current = previous;
        return;
      }
      const link = inLink || tag === 'a';
      for (const c of node.children) walk(c as Nodes, link);
      return;
    }
    if ('children' in node) for (const c of node.children) walk(c as Nodes, inLink);
  };
  walk(tree, false);
  flush();
  return { blocks, metadata, ignoredRanges };
}
