/**
 * Claims that need a source: casualty and arrest counts, money tied to wrongdoing or damage,
 * accusations stated as fact, and (with the `statistics` option) general statistics.
 * Data only — the mechanism is in check-claims.ts.
 */

/** Words that make a nearby number a casualty or arrest count. */
export const CASUALTY_WORDS: readonly string[] = [
  'killed', 'killing', 'kills', 'dead', 'died', 'deaths', 'death', 'fatalities', 'fatality', 'toll',
  'injured', 'injuring', 'injuries', 'wounded', 'wounding', 'hurt', 'casualties', 'missing',
  'displaced', 'arrested', 'arrests', 'detained', 'detainees', 'captured', 'kidnapped', 'abducted',
  'hostages', 'executed', 'massacred', 'murdered', 'slain', 'perished', 'drowned',
];

/** Words that make a nearby money figure a claim (theft, fraud, damage). */
export const MONEY_CLAIM_WORDS: readonly string[] = [
  'stole', 'stolen', 'stealing', 'embezzled', 'embezzling', 'embezzlement', 'laundered', 'laundering',
  'siphoned', 'misappropriated', 'defrauded', 'fraud', 'bribe', 'bribes', 'bribery', 'kickbacks',
  'ransom', 'damage', 'damages', 'looted', 'swindled', 'extorted',
];

/** Words that make a nearby number a statistic (only with the `statistics` option). */
export const STATISTIC_WORDS: readonly string[] = [
  'percent', 'cent', 'million', 'billion', 'trillion', 'rate', 'rates', 'people', 'residents',
  'voters', 'jobs', 'households', 'cases', 'users', 'customers', 'children', 'students', 'workers',
  'population', 'average', 'median',
];

/** Number words counted as figures. "one" counts only before a person noun. */
export const NUMBER_WORDS: readonly string[] = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds',
  'thousand', 'thousands', 'million', 'millions', 'dozen', 'dozens', 'scores',
];

/** Person nouns: "one soldier was killed" is a count, "one of the" is not. */
export const PERSON_NOUNS: readonly string[] = [
  'person', 'people', 'man', 'men', 'woman', 'women', 'child', 'children', 'boy', 'boys', 'girl',
  'girls', 'soldier', 'soldiers', 'civilian', 'civilians', 'officer', 'officers', 'policeman',
  'policemen', 'protester', 'protesters', 'worker', 'workers', 'student', 'students', 'militant',
  'militants', 'fighter', 'fighters', 'passenger', 'passengers', 'resident', 'residents', 'suspect',
  'suspects', 'member', 'members', 'journalist', 'journalists', 'baby', 'babies', 'teenager',
  'teenagers', 'pilgrim', 'pilgrims', 'migrant', 'migrants', 'refugee', 'refugees', 'troops',
];

/**
 * Accusations stated as fact. Regular-expression sources matched case-insensitively on a
 * sentence with its quotations blanked out. A match followed by a `by` agent is attributed.
 */
export const ACCUSATION_PATTERNS: readonly string[] = [
  // Agentless passives: "X was accused of", "Y is suspected of", "Z has been blamed for".
  String.raw`\b(?:is|are|was|were|been|being|stands?|stood)\s+(?:widely\s+|also\s+|now\s+|long\s+|previously\s+|repeatedly\s+|often\s+)?(?:accused|suspected|blamed|alleged\s+to\s+have)\b`,
  // Responsibility stated as fact.
  String.raw`\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:responsible\s+for|behind)\s+(?:the\s+|this\s+|these\s+|that\s+|those\s+|a\s+|an\s+)?(?:\w+\s+){0,2}(?:attacks?|bombings?|killings?|massacres?|murders?|shootings?|explosions?|blasts?|hacks?|assassinations?|kidnappings?|abductions?|atrocities|crimes?|fraud|leaks?|plots?|ambush)\b`,
  // Crimes stated as fact.
  String.raw`\bcommitted\s+(?:war\s+crimes|genocide|crimes\s+against\s+humanity|atrocities|ethnic\s+cleansing|massacres?)\b`,
];

/**
 * Words of a legal proceeding: an accusation next to them ("is accused of fraud … at the trial")
 * reports the charge, whose source is the proceeding itself.
 */
export const LEGAL_CONTEXT = String.raw`\b(?:court|courts|trial|charged|charges|prosecutors?|prosecution|indicted|indictment|lawsuit|judge|jury|magistrates?|pleaded|plea|convicted|sentenced|prison|jail|extradition|testified|testimony|hearing|tribunal|inquest)\b`;
