import { defineRule } from '../define.js';
import { removeLinesFix } from '../../text/fix.js';
import type { Article } from '../../types.js';
import { CHROME_PHRASES, FORM_WORDS, NAV_WORDS, NETWORKS, TRIGGER_LABELS, UTILITY_PAGES } from './phrases.js';
import { PhraseSet } from './lexicon.js';
import type { Lexicons } from './detect.js';
import { buildUnits, type Unit } from './units.js';
import { judge, type PageMode } from './context.js';

export interface Options {
  /** Phrases that are never chrome (a line containing one is left alone). */
  allowPhrases: string[];
  /** More chrome phrases (share/print/account/advert vocabulary). */
  extraPhrases: string[];
  /** More section and menu labels. */
  extraNavigation: string[];
  /** More labels that open a teaser list ("More from the desk"). */
  extraTriggers: string[];
  /** `auto`: treat a text that looks like a whole scraped page as one; `never`; `always`. */
  pageMode: PageMode;
}

let defaults: Lexicons | undefined;

function lexicons(o: Options): Lexicons {
  const custom = o.allowPhrases.length + o.extraPhrases.length + o.extraNavigation.length + o.extraTriggers.length > 0;
  if (!custom && defaults) return defaults;
  const lex: Lexicons = {
    chrome: new PhraseSet([...CHROME_PHRASES, ...o.extraPhrases]),
    nav: new PhraseSet([...NAV_WORDS, ...o.extraNavigation]),
    triggers: new PhraseSet([...TRIGGER_LABELS, ...o.extraTriggers]),
    form: new PhraseSet(FORM_WORDS),
    utility: new PhraseSet(UTILITY_PAGES),
    networks: new Set(NETWORKS),
    allow: new PhraseSet(o.allowPhrases),
  };
  for (const p of o.allowPhrases) {
    lex.chrome.remove(p);
    lex.nav.remove(p);
    lex.triggers.remove(p);
    lex.utility.remove(p);
  }
  if (!custom) defaults = lex;
  return lex;
}

function quote(text: string): string {
  const t = text.replace(/`/g, "'").replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/** Index of the headline unit: the first level-1 heading in markup, else the first prose-less title line. */
function headlineIndex(article: Article, units: Unit[]): number {
  if (article.format !== 'text') {
    const h = units.findIndex((u) => u.block.kind === 'heading' && u.block.depth === 1);
    if (h >= 0) return h;
  }
  return units.findIndex((u) => !u.strong && !u.trigger && u.shape.words >= 3 && u.shape.words <= 25 && !/[.!;,]$/.test(u.text));
}

export default defineRule<Options>({
  id: 'boilerplate-leakage',
  meta: {
    type: 'problem',
    description: 'Disallow site chrome (menus, share bars, teaser lists, footers) inside the article text',
    defaultSeverity: 'error',
    fixable: true,
    excludesReportedLines: true,
    order: 10,
    messages: {
      gluedBreadcrumb: 'Unexpected glued navigation `{{text}}`: menu labels run together by a bad text extraction. Remove the line.',
      navigation: 'Unexpected navigation `{{text}}` ({{what}}). Remove site menus and breadcrumbs from the article.',
      chromePhrase: 'Unexpected site chrome `{{text}}` ({{what}}). Remove it from the article.',
      teaserRun: 'Unexpected teaser `{{text}}` ({{what}}). Remove links to other stories from the article.',
      legalFooter: 'Unexpected legal footer `{{text}}`. Remove copyright notices and site terms from the article.',
      formField: 'Unexpected form field `{{text}}`. Remove comment and login forms from the article.',
      imageCredit: 'Unexpected image credit `{{text}}` outside a caption. Move it into the caption or remove it.',
      outsideArticle: 'Unexpected page text `{{text}}` outside the article body. Remove it.',
    },
    schema: {
      type: 'object',
      properties: {
        allowPhrases: { type: 'array', items: { type: 'string' } },
        extraPhrases: { type: 'array', items: { type: 'string' } },
        extraNavigation: { type: 'array', items: { type: 'string' } },
        extraTriggers: { type: 'array', items: { type: 'string' } },
        pageMode: { enum: ['auto', 'always', 'never'] },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowPhrases: [], extraPhrases: [], extraNavigation: [], extraTriggers: [], pageMode: 'auto' },
  },
  check(context, options) {
    const { article } = context;
    const units = buildUnits(article);
    if (units.length === 0) return;
    judge(units, lexicons(options), options.pageMode, (us) => headlineIndex(article, us));
    const byLine = new Map<number, Unit[]>();
    for (const u of units) {
      const list = byLine.get(u.line);
      if (list) list.push(u);
      else byLine.set(u.line, [u]);
    }
    for (const u of units) {
      if (!u.flag) continue;
      const lastLine = article.lineOf(u.end - 1);
      let whole = true;
      for (let l = u.line; l <= lastLine && whole; l++) for (const o of byLine.get(l) ?? []) if (!o.flag) whole = false;
      context.report({
        messageId: u.flag,
        data: { text: quote(u.text), what: u.what ?? 'site chrome' },
        range: [u.start, u.end],
        ...(whole ? { fix: removeLinesFix(article, u.start, u.end) } : {}),
      });
    }
  },
});
