import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/parse/index.js';

describe('plain-text front-end', () => {
  const src = 'Headline Here\n\n  First paragraph, with words.\n  It wraps.\n\nA subhead\n\nLast one.\n';
  const a = parseArticle(src, 'a.txt', 'text');

  it('splits blocks at blank lines and keeps offsets into the file', () => {
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Headline Here'],
      ['paragraph', 'First paragraph, with words.\n  It wraps.'],
      ['heading', 'A subhead'],
      ['paragraph', 'Last one.'],
    ]);
    for (const b of a.blocks) expect(src.slice(b.start, b.end)).toBe(b.text);
    expect(a.position(a.blocks[1]!.start)).toEqual({ line: 3, column: 3 });
  });

  it('lists the non-blank lines, trimmed', () => {
    expect(a.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'Headline Here'],
      [3, 'First paragraph, with words.'],
      [4, 'It wraps.'],
      [6, 'A subhead'],
      [8, 'Last one.'],
    ]);
  });

  it('keeps line numbers right with CRLF and CR endings', () => {
    for (const eol of ['\r\n', '\r']) {
      const t = src.replace(/\n/g, eol);
      const b = parseArticle(t, 'a.txt', 'text');
      expect(b.blocks.map((x) => b.position(x.start).line)).toEqual([1, 3, 6, 8]);
    }
  });

  it('gives each block an nlcst tree with sentences', () => {
    const tree = a.blocks[1]!.nlcst;
    expect(tree.type).toBe('RootNode');
    const sentences = tree.children.flatMap((p) => (p.type === 'ParagraphNode' ? p.children : [])).filter((n) => n.type === 'SentenceNode');
    expect(sentences).toHaveLength(2);
  });
});

describe('Markdown front-end', () => {
  const src = '---\ntitle: The Title\nauthor: Jane Roe\ndate: 2024-01-02\n---\n\n# The *Title*\n\nSee [the report](https://example.com) now.\n\n- item one\n\n```\ncode here\n```\n';
  const a = parseArticle(src, 'a.md', 'markdown');

  it('reads front matter into metadata', () => {
    expect(a.metadata.title).toBe('The Title');
    expect(a.metadata.byline).toBe('Jane Roe');
    expect(a.metadata.date).toMatch(/^2024-01-02/);
    expect(a.metadata.sources.byline).toBe('front-matter');
  });

  it('yields blocks without markup, with link characters and source offsets', () => {
    expect(a.blocks.map((b) => [b.kind, b.text, b.depth])).toEqual([
      ['heading', 'The Title', 1],
      ['paragraph', 'See the report now.', undefined],
      ['list-item', 'item one', undefined],
    ]);
    const p = a.blocks[1]!;
    expect(p.linkChars).toBe('thereport'.length);
    const at = p.toSource(p.text.indexOf('report'));
    expect(src.slice(at, at + 6)).toBe('report');
    const title = a.blocks[0]!;
    expect(src.slice(title.toSource(4), title.toSource(4) + 5)).toBe('Title');
  });

  it('does not treat code as prose', () => {
    expect(a.blocks.some((b) => b.text.includes('code here'))).toBe(false);
    expect(a.ignoredRanges.length).toBeGreaterThan(0);
  });
});

describe('HTML front-end', () => {
  const src = `<!doctype html><html><head><title>Page Title | Site</title>
<meta name="author" content="Sam Poe"><meta property="article:published_time" content="2024-05-06"></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<h1>Big &amp; Bold</h1>
<p>First   line<br>second line with <a href="#">a link</a>.</p>
<script>var x = "not prose";</script>
<ul><li>Point one</li></ul></body></html>`;
  const a = parseArticle(src, 'a.html', 'html');

  it('reads title, author and date from the head', () => {
    expect(a.metadata).toMatchObject({ title: 'Page Title | Site', byline: 'Sam Poe', date: '2024-05-06' });
  });

  it('yields one block per block element with collapsed whitespace and real line breaks', () => {
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'HomeWorld'],
      ['heading', 'Big & Bold'],
      ['paragraph', 'First line\nsecond line with a link.'],
      ['list-item', 'Point one'],
    ]);
  });

  it('maps text back to the source, entities included', () => {
    const h = a.blocks[1]!;
    expect(src.slice(h.toSource(h.text.indexOf('Bold')), h.toSource(h.text.indexOf('Bold')) + 4)).toBe('Bold');
    const p = a.blocks[2]!;
    const at = p.toSource(p.text.indexOf('second'));
    expect(src.slice(at, at + 6)).toBe('second');
    expect(p.linkChars).toBe('alink'.length);
  });
});
