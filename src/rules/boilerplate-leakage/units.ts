/**
 * The units the rule judges: one per physical line of each block (plain-text paragraphs often
 * hold a whole menu, one item per line), with the features the detectors and the context pass use.
 */
import type { Article, Block } from '../../types.js';
import { wordTokens } from './lexicon.js';
import { blockLines } from '../../text/block-lines.js';
import { shapeOf, type Kind, type Shape } from './detect.js';

export interface Unit {
  readonly idx: number;
  readonly block: Block;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly text: string;
  readonly tokens: string[];
  readonly shape: Shape;
  /** Share of the block's characters inside links, when the format carries links. */
  readonly linkDensity: number | undefined;
  /** Found by a detector that is reliable on its own. */
  strong?: Kind;
  /** Found by a detector that needs support from position or neighbours. */
  weak?: Kind;
  /** A teaser-list label. */
  trigger?: boolean;
  /** The final verdict. */
  flag?: Kind;
  /** Short description of what was recognised (for the message). */
  what?: string;
}

export function buildUnits(article: Article): Unit[] {
  const units: Unit[] = [];
  for (const block of article.blocks) {
    const text = block.text;
    const linkDensity = block.linksKnown ? (block.linkChars ?? 0) / Math.max(1, text.replace(/\s+/g, '').length) : undefined;
    for (const [a, b] of blockLines(text)) {
      const piece = text.slice(a, b);
      const tokens = wordTokens(piece);
      const start = block.toSource(a);
      const end = block.toSource(b - 1) + 1;
      units.push({
        idx: units.length,
        block,
        start,
        end: Math.max(end, start + 1),
        line: article.lineOf(start),
        text: piece,
        tokens,
        shape: shapeOf(piece, tokens),
        linkDensity,
      });
    }
  }
  return units;
}

/** A unit of running prose: long enough, with function words, not chrome. */
export function isProse(u: Unit): boolean {
  const s = u.shape;
  if (u.strong || u.trigger) return false;
  if (s.words >= 16 && s.stopDensity >= 0.2) return true;
  // a short line cut off with an ellipsis ("During the early mor...") is a teaser blurb, not prose
  return s.words >= 5 && s.terminal && s.stopDensity >= 0.15 && !/:$|(?:\.\.\.|…)$/.test(u.text);
}
