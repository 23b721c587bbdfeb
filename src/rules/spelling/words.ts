/**
 * Data for the spelling rule, kept apart from its mechanism.
 */

/**
 * Standard English words that the SCOWL size-60 dictionaries leave out but edited news copy
 * uses. Lower case; each also accepts its plain plural/possessive and capitalised forms.
 */
export const EXTRA_WORDS: readonly string[] = [
  'amidst',
  'olds',
  'gamer',
  'gamers',
  'amongst',
  'e-mail',
  'e-mails',
  'wi-fi',
  'cyber',
  'crypto',
  'cyberattack',
  'cyberattacks',
  'cybercrime',
  'cybersecurity',
  'livestream',
  'livestreamed',
  'livestreaming',
  'lockdown',
  'lockdowns',
  'covid',
  'coronavirus',
  'ceasefire',
  'ceasefires',
  'airstrike',
  'airstrikes',
  'whilst',
  'unbeaten',
  'frontrunner',
  'frontrunners',
  'hardline',
  'hardliner',
  'hardliners',
  'counterterrorism',
  'geopolitical',
  'geopolitics',
  'stakeholder',
  'stakeholders',
  'smartphone',
  'smartphones',
  'broadband',
  'podcast',
  'podcasts',
  'hashtag',
  'hashtags',
  'ransomware',
  'startup',
  'startups',
  'selfie',
  'selfies',
  'fintech',
  'biotech',
  'healthcare',
  'childcare',
  'eurozone',
  'jihadist',
  'jihadists',
  'militancy',
  'runoff',
  'walkout',
  'walkouts',
  'shortlist',
  'shortlisted',
  'lawmaker',
  'lawmakers',
  'policymaker',
  'policymakers',
  'whistleblower',
  'whistleblowers',
  'underdog',
  'underdogs',
  'winless',
  'blogosphere',
  'telco',
  'telcos',
  'telecoms',
  'backbencher',
  'backbenchers',
  'netminder',
  'netminders',
  // Latin and French words of set phrases: de facto, bona fide, en masse, per capita.
  'facto',
  'fide',
  'bona',
  'masse',
  'jure',
  'capita',
  'rata',
  'culpa',
  'vis',
  'infinitum',
  'grata',
  'ipso',
  'alia',
  'hoc',
  'quo',
  'situ',
  'versa',
];

/**
 * Adverb particles that form closed compounds freely (`backdrop`, `shutdown`), although they are
 * function words: a compound with one of these as a part is split like any other.
 */
export const COMPOUND_PARTICLES: ReadonlySet<string> = new Set(['back', 'down']);

/**
 * Articles and prepositions of other languages that are not English words (`en route`, `coup de
 * grâce`, `el niño`): the unknown word after one of these is a foreign word, not a typo.
 */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'en', 'le', 'les', 'el', 'los', 'las', 'der', 'das', 'und', 'von', 'del', 'della', 'au',
  'aux', 'al',
]);

/** Short second parts of closed compounds (`paceman`, `linesmen`). */
export const COMPOUND_TAILS: ReadonlySet<string> = new Set(['man', 'men']);

/**
 * Lower-case particles of personal and place names (`al-Adl`, `bin Salman`, `van Gogh`). Never
 * reported: as words of their own they are part of a name.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ul', 'ur', 'ud', 'de', 'del', 'della', 'der', 'den', 'des',
  'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'zu', 'y', 'e', 'op',
]);

/**
 * Prefixes written with a hyphen that are not words on their own (`re-elected`, `co-founder`,
 * `non-profit`). Accepted as the first part of a hyphenated compound.
 */
export const COMPOUND_PREFIXES: ReadonlySet<string> = new Set([
  'a', 'ante', 'anti', 'auto', 'bi', 'bio', 'co', 'counter', 'cross', 'cyber', 'de', 'docu', 'e', 'eco', 'ex',
  'extra', 'geo', 'hyper', 'inter', 'intra', 'macro', 'mega', 'meta', 'micro', 'mid', 'mini', 'mis',
  'multi', 'neo', 'non', 'over', 'pan', 'para', 'post', 'pre', 'pro', 'pseudo', 're', 'semi', 'socio',
  'sub', 'super', 'trans', 'tri', 'ultra', 'un', 'under', 'uni', 'vice', 'x',
]);

/**
 * Prefixes that form new words freely when written solid (`multifocal`, `antigovernment`). A word
 * made of one of these and a dictionary word of at least four letters is accepted.
 */
export const SOLID_PREFIXES: readonly string[] = [
  'anti', 'counter', 'cyber', 'micro', 'multi', 'non', 'out', 'over', 'post', 'semi', 'super', 'trans',
  'ultra', 'under',
];

/**
 * Short prefixes that also start many typos (`untill`, `presense`, `interelated`): a word made of
 * one of these and a dictionary word is accepted only when no dictionary word is one edit away.
 */
export const GUARDED_PREFIXES: readonly string[] = ['re', 'un', 'pre', 'inter', 'sub'];

/** Units and short forms written after numbers (`5 km`, `£3 bn`). */
export const UNITS: ReadonlySet<string> = new Set([
  'bn', 'mn', 'tn', 'km', 'kms', 'kg', 'kgs', 'mg', 'mm', 'cm', 'ft', 'lb', 'lbs', 'oz', 'mph', 'kph', 'kmh',
  'mpg', 'sq', 'yds', 'hrs', 'mins', 'secs', 'kw', 'kwh', 'mw', 'gw', 'mbps', 'gbps', 'ghz', 'mhz', 'pc',
  'mts', 'wkts', 'am', 'pm', 'bst', 'gmt', 'est', 'edt', 'pst', 'pdt', 'utc',
]);

/** Word endings that follow an apostrophe in contractions (`isn't`, `we've`). */
export const CONTRACTION_ENDINGS: ReadonlySet<string> = new Set(['t', 's', 'd', 'm', 've', 'll', 're']);

/**
 * Abbreviations written with a full stop that do not end a sentence, so the next capitalised
 * word is still mid-sentence (`Mr. Balicer`, `Gen. Smith`).
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt',
  'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det', 'no', 'nos', 'vs',
  'v', 'etc', 'approx', 'dept', 'univ', 'corp', 'inc', 'ltd', 'co', 'mt', 'ft', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
