import type { Article, Format } from '../../types.js';
import { createArticle } from '../article.js';
import { parseTextBlocks } from './text.js';
import { parseMarkdown } from './markdown.js';
import { parseHtml } from './html.js';

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** Files copydesk lints when it walks a directory. */
export const LINTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** The format implied by a file name; plain text when the extension says nothing. */
export function formatFromPath(filePath: string): Format {
  const m = /\.[^./\\]+$/.exec(filePath.toLowerCase());
  return (m && EXTENSIONS[m[0]]) || 'text';
}

/** Turn source text into the Article model, for any input format. */
export function parseArticle(source: string, filePath: string, format: Format): Article {
  if (format === 'markdown') return createArticle({ filePath, format, source, ...parseMarkdown(source) });
  if (format === 'html') return createArticle({ filePath, format, source, ...parseHtml(source) });
  return createArticle({ filePath, format, source, blocks: parseTextBlocks(source) });
}
