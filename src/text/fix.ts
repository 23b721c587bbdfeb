import type { Article, Fix } from '../types.js';

function lineBounds(src: string, offset: number): [number, number] {
  let s = offset;
  while (s > 0 && src[s - 1] !== '\n' && src[s - 1] !== '\r') s--;
  let e = offset;
  while (e < src.length && src[e] !== '\n' && src[e] !== '\r') e++;
  if (src[e] === '\r' && src[e + 1] === '\n') e += 2;
  else if (e < src.length) e += 1;
  return [s, e];
}

const isBlank = (src: string, s: number, e: number) => /^[ \t]*(?:\r\n|\r|\n)?$/.test(src.slice(s, e));

/**
 * A fix that deletes the whole lines spanned by [start, end), terminators included. When the
 * lines stand between two blank lines, one of those blank lines goes too, so that removing a
 * paragraph-sized line does not leave a double gap. Nothing else is touched.
 */
export function removeLinesFix(article: Article, start: number, end: number): Fix {
  const src = article.source;
  const [s] = lineBounds(src, start);
  let [, e] = lineBounds(src, Math.max(start, end - 1));
  if (s > 0 && e < src.length) {
    const [ps] = lineBounds(src, s - 1);
    const [ns, ne] = lineBounds(src, e);
    if (isBlank(src, ps, s) && isBlank(src, ns, ne)) e = ne;
  } else if (s === 0 && e < src.length) {
    // At the top of the file, also drop the blank lines that would now lead the text.
    let [ns, ne] = lineBounds(src, e);
    while (ne > ns && isBlank(src, ns, ne) && ne < src.length) {
      e = ne;
      [ns, ne] = lineBounds(src, e);
    }
  }
  return { range: [s, e], text: '' };
}
