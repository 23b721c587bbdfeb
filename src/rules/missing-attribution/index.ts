import type { Block } from '../../types.js';
import { defineRule } from '../define.js';
import { checkClaims } from './check-claims.js';
import { checkMetadata, type BylineMode } from './check-metadata.js';
import { checkQuotes } from './check-quotes.js';
import { verbRegex } from './prose.js';

export interface MissingAttributionOptions {
  /** Report direct quotations with no speaker (`quoteWithoutSource`). */
  quotes: boolean;
  /** Report vague sources such as "reportedly" or "critics say" (`vagueSource`). */
  vagueSources: boolean;
  /** Also report unnamed sources: anonymous sources ("sources said", "people familiar with") and crowds ("critics say"). */
  unnamedSources: boolean;
  /** Also treat agentless predictions and evidential passives ("is expected to", "is seen as") as vague sources. */
  hedgedPassives: boolean;
  /** Report casualty, arrest and money figures and accusations with no source nearby (`unsourcedClaim`). */
  claims: boolean;
  /** Also report general statistics (percentages, money, "… people") with no source nearby. */
  statistics: boolean;
  /** When to require a byline: `auto` (when the copy carries a publication header or metadata), `always`, `off`. */
  byline: BylineMode;
  /** Report empty publication labels (`emptyMetadata`). */
  metadata: boolean;
  /** Report credits that name nothing (`unnamedCredit`). */
  credits: boolean;
  /** Extra reporting verbs (base forms; regular inflections are added). */
  reportingVerbs: string[];
  /** The house byline style, as a regular expression tested on each header line. */
  bylinePattern: string;
  /** Quotations shorter than this many words are treated as scare quotes. */
  minQuoteWords: number;
}

/** A block longer than this is not prose (a dump or a broken page); its sentences are not checked. */
const MAX_PROSE_CHARS = 50_000;

/** Cut a quoted excerpt so a message stays one line. */
function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

export default defineRule<MissingAttributionOptions>({
  id: 'missing-attribution',
  meta: {
    type: 'problem',
    description: 'Require a named source for quotations and hard claims, a byline, and filled-in publication labels and credits',
    defaultSeverity: 'warning',
    order: 40,
    messages: {
      quoteWithoutSource: 'Quotation `{{quote}}` has no speaker. Say who said it (“…,” she said) or drop the quotation marks.',
      vagueSource: 'Vague source `{{phrase}}`. Name who says so, or explain why the source cannot be named.',
      unsourcedClaim: 'Claim `{{claim}}` is stated without a source in this or the neighbouring sentences. Say who reports it.',
      missingByline: 'No byline. Add a `By …` line (or an author in the metadata) so readers know who wrote the story.',
      emptyMetadata: 'Label `{{label}}` has no value. Fill it in or remove the label.',
      unnamedCredit: 'Credit `{{credit}}` does not name its source. Name the outlet or author (e.g. `first published on example.com`).',
    },
    schema: {
      type: 'object',
      properties: {
        quotes: { type: 'boolean' },
        vagueSources: { type: 'boolean' },
        unnamedSources: { type: 'boolean' },
        hedgedPassives: { type: 'boolean' },
        claims: { type: 'boolean' },
        statistics: { type: 'boolean' },
        byline: { enum: ['auto', 'always', 'off'] },
        metadata: { type: 'boolean' },
        credits: { type: 'boolean' },
        reportingVerbs: { type: 'array', items: { type: 'string' } },
        bylinePattern: { type: 'string' },
        minQuoteWords: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      quotes: true,
      vagueSources: true,
      unnamedSources: false,
      hedgedPassives: false,
      claims: true,
      statistics: false,
      byline: 'auto',
      metadata: true,
      credits: true,
      reportingVerbs: [],
      bylinePattern: '',
      minQuoteWords: 4,
    },
  },
  check(context, options) {
    const { analysis } = context;
    const blocks = analysis.proseBlocks();
    const headline = analysis.headline;
    const verbs = verbRegex(options.reportingVerbs ?? []);

    // Story text: every block but the headline, headings and oversized blocks.
    const prose: Block[] = [];
    const sectionBreak: boolean[] = [];
    const following: (Block | undefined)[] = [];
    let broke = false;
    blocks.forEach((b, i) => {
      if (b === headline || b.kind === 'heading' || b.text.length > MAX_PROSE_CHARS) {
        broke = true;
        return;
      }
      prose.push(b);
      sectionBreak.push(broke);
      following.push(blocks[i + 1]);
      broke = false;
    });
    const report = (messageId: string, block: Block, start: number, end: number, data?: Record<string, string>) =>
      context.report({ messageId, range: [block.toSource(start), block.toSource(end)], ...(data ? { data } : {}) });

    if (options.quotes) {
      for (const f of checkQuotes(prose, sectionBreak, following, { minWords: options.minQuoteWords, verbs })) {
        const end = f.quote.open ? Math.min(f.block.text.length, f.quote.start + 200) : f.quote.end;
        report('quoteWithoutSource', f.block, f.quote.start, end, { quote: clip(f.excerpt) });
      }
    }

    if (options.vagueSources || options.claims || options.statistics || options.hedgedPassives) {
      const lead = prose.find((b) => (b.text.match(/\S+/g) ?? []).length >= 25);
      const { vague, claims } = checkClaims(prose, lead, {
        verbs,
        vague: options.vagueSources,
        hedgedPassives: options.vagueSources && options.hedgedPassives,
        unnamedSources: options.unnamedSources,
        claims: options.claims,
        statistics: options.statistics,
      });
      for (const v of vague) report('vagueSource', v.block, v.start, v.end, { phrase: clip(v.text) });
      for (const c of claims) report('unsourcedClaim', c.block, c.start, c.end, { claim: clip(c.text) });
    }

    const meta = checkMetadata(context.article, blocks, headline, options);
    for (const l of meta.emptyLabels) report('emptyMetadata', l.block, l.start, l.end, { label: clip(l.text) });
    for (const l of meta.credits) report('unnamedCredit', l.block, l.start, l.end, { credit: clip(l.text) });
    if (meta.missingByline && headline) report('missingByline', headline, 0, headline.text.length);
  },
});
