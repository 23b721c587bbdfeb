/**
 * Vague sources: attribution to nobody in particular. Data only — the mechanism is in
 * check-claims.ts.
 *
 * Each entry is a regular-expression source matched case-insensitively on a sentence with its
 * quotations blanked out.
 * - `agentless: true`: nobody is named at all ("reportedly", "it is believed"). Not reported
 *   when the same sentence also gives a source with a reporting cue ("…, the Post reported") or
 *   a named agent ("rumours … were first reported by The Times").
 * - `unlessNamed: true`: skipped when a capitalised name follows ("according to reports in The Times").
 * - `unnamed: true`: a source that is there but not named ("sources said", "critics say");
 *   checked with the `unnamedSources` option, and not reported when the paragraph explains why
 *   the source is anonymous ("…on condition of anonymity because…").
 */
export interface VaguePattern {
  source: string;
  agentless?: boolean;
  unlessNamed?: boolean;
  unnamed?: boolean;
  /** Only a source when a reporting verb or "according to" goes with it ("those close to the river" is not). */
  needsCue?: boolean;
  /** Agentless, and no reporting cue in the sentence before or after either (not only the same sentence). */
  window?: boolean;
}

const SAY = String.raw`(?:say|says|said|warn|warns|warned|believe|believes|believed|argue|argues|argued|claim|claims|claimed|suggest|suggests|suggested|fear|fears|feared|contend|contends|contended|note|notes|noted|predict|predicts|predicted|insist|insists|insisted|maintain|maintains|maintained|point\s+out|pointed\s+out|allege|alleges|alleged|charge|charged|complain|complained|worry|worried|think|thought|question|questioned)`;
const AUX = String.raw`(?:(?:have|has|had|will|would|may|might|could|also|long|often|already|now|repeatedly)\s+){0,2}`;
const CROWD = String.raw`(?:critics|experts|observers|insiders|commentators|pundits|sceptics|skeptics|detractors)`;
const QUANT = String.raw`(?:some|many|most|several|other|numerous|a\s+number\s+of|a\s+lot\s+of|plenty\s+of)`;
const LEAD = String.raw`(?:(?:^|[,;:(—–])\s*|\b(?:but|and|as|while|though|although|yet|so|because)\s+)`;

export const VAGUE_PATTERNS: readonly VaguePattern[] = [
  // Evidential adverbs.
  { source: String.raw`\b(?:reportedly|purportedly|allegedly|rumou?redly)\b`, agentless: true },
  // Dummy "it" and agentless reporting passives.
  { source: String.raw`\bit\s+(?:is|was|has\s+been|had\s+been|'s|’s)\s+(?:widely\s+|now\s+|also\s+|generally\s+)?(?:understood|believed|reported|claimed|said|alleged|rumou?red)\b`, agentless: true },
  { source: String.raw`\b(?:is|are|was|were)\s+(?:widely\s+|also\s+|now\s+|generally\s+)?(?:said|rumou?red|alleged|claimed)\s+to\s+(?:be|have)\b`, agentless: true },
  // Reports and rumours with no owner.
  { source: String.raw`\baccording\s+to\s+(?:(?:some|unconfirmed|media|press|local|news|several|various|multiple|earlier)\s+)?(?:reports|rumou?rs|accounts)\b`, unlessNamed: true },
  { source: String.raw`\b(?:unconfirmed|media|press|local|news)\s+reports\s+(?:${AUX}${SAY}|indicated?)\b` },
  { source: String.raw`\bthere\s+(?:are|were|have\s+been|had\s+been)\s+(?:unconfirmed\s+|widespread\s+|persistent\s+)?(?:reports|rumou?rs)\s+that\b` },
  { source: String.raw`\brumou?rs\s+(?:${AUX}${SAY}|abound|circulated?|swirled?|have\s+it|has\s+it|that|of|about)\b`, agentless: true },
  // Anonymous sources.
  { source: String.raw`\b(?:unnamed|anonymous|unidentified)\s+(?:\w+\s+)?(?:sources?|officials?|insiders?|aides?|diplomats?|people|persons)\b`, unnamed: true },
  { source: String.raw`\bsources?\s+(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|${AUX}${SAY}|told|tell|tells|indicated|confirmed|revealed|added)\b`, unnamed: true },
  { source: String.raw`\b(?:people|persons|those|someone|a\s+person|individuals|insiders)\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\b`, unnamed: true, needsCue: true },
  { source: String.raw`\baccording\s+to\s+(?:(?:some|several|various|multiple|unnamed|anonymous)\s+)?(?:sources|insiders)\b`, unlessNamed: true, unnamed: true },
  // Unnamed crowds: "critics say", "some experts warn", ", observers believe", "many believe".
  { source: String.raw`${LEAD}(?:${QUANT}\s+)?${CROWD}\s+${AUX}${SAY}\b`, unnamed: true },
  { source: String.raw`${LEAD}${QUANT}\s+(?:people\s+)?${AUX}(?:say|said|believe|believed|argue|argued|claim|claimed|fear|feared|think|thought|suggest|suggested)\b`, unnamed: true },
];

const BE = String.raw`(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:(?:also|now|long|still)\s+)?`;
const NO_AGENT = String.raw`(?!\s+(?:\w+\s+)?by\b)`;

/**
 * Judgements with no holder, checked by default: a view or a criticism put in the passive and
 * spread over an unnamed crowd ("is widely seen as", "has often been described as", "was
 * roundly criticised"), or criticism that arrives from nowhere ("came under fire", "drew sharp
 * criticism"). Reported only when no agent follows ("… by economists") and no reporting cue
 * stands in the sentence or the sentences either side. Predictions ("is expected to") are not
 * here: they are the `hedgedPassives` option.
 */
export const AGENTLESS_JUDGEMENTS: readonly VaguePattern[] = [
  { source: String.raw`\b${BE}(?:widely|increasingly|often|generally|broadly|commonly|roundly|sharply|heavily|frequently|universally)\s+(?:seen|viewed|regarded|perceived|described|criticized|criticised|condemned|derided|ridiculed|mocked|lambasted|panned|denounced)\b${NO_AGENT}`, agentless: true, window: true },
  { source: String.raw`\b${BE}(?:(?:described|lambasted|derided|ridiculed|denounced|branded|decried|criticized|criticised|condemned|dismissed)\s+as|deemed)\b${NO_AGENT}`, agentless: true, window: true },
  { source: String.raw`\b(?:came|come|comes|coming)\s+under\s+(?:(?:heavy|sharp|intense|growing|increasing|fierce|mounting|renewed|withering)\s+)?(?:criticism|fire)\b${NO_AGENT}`, agentless: true, window: true },
  { source: String.raw`\b(?:drew|draws|drawing|drawn)\s+(?:(?:heavy|sharp|widespread|fierce|strong|growing|bipartisan|immediate|swift)\s+)?(?:criticism|condemnation)\b${NO_AGENT}`, agentless: true, window: true },
];

/** Anonymity explained (AP practice): unnamed sources in such a paragraph are not reported. */
export const ANONYMITY_EXPLAINED = String.raw`\b(?:condition\s+(?:of|that)\s+(?:anonymity|(?:he|she|they|it)\s+not\s+be\s+(?:named|identified))|(?:not|n't)\s+(?:authori[sz]ed|permitted|allowed|cleared)\s+to\s+(?:speak|discuss|comment|talk)|(?:declined|asked|refused|did\s+not\s+want|didn't\s+want|wished|requested)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|speaking\s+(?:anonymously|privately)|anonymity\s+(?:to|because|so)|because\s+(?:of\s+)?(?:the\s+)?(?:sensitiv|fear\s+of\s+reprisal))`;

/**
 * Stricter hedges, checked only with the `hedgedPassives` option: agentless evidential
 * passives that edited news uses freely ("is expected to", "is thought to be").
 */
export const HEDGED_PASSIVES: readonly VaguePattern[] = [
  { source: String.raw`\bit\s+(?:is|was|has\s+been|had\s+been|'s|’s)\s+(?:widely\s+|now\s+|also\s+|generally\s+)?(?:thought|feared|suggested|estimated|expected|assumed)\b`, agentless: true },
  { source: String.raw`\b(?:is|are|was|were)\s+(?:widely\s+|also\s+|now\s+|generally\s+)?(?:believed|thought|reported|understood)\s+to\s+(?:be|have)\b`, agentless: true },
  { source: String.raw`\b(?:is|are|was|were)\s+(?:widely\s+|also\s+|now\s+|generally\s+|not\s+)?expected\s+to\b`, agentless: true },
  { source: String.raw`\b(?:is|are|was|were)\s+(?:widely\s+|increasingly\s+|generally\s+|often\s+)?(?:seen|viewed|regarded|considered|perceived)\s+as\b`, agentless: true },
  { source: String.raw`${LEAD}(?:analysts|economists)\s+${AUX}(?:say|said|believe|believed|expect|expected|predict|predicted|warn|warned)\b`, unnamed: true },
];
