/**
 * Data for duplicate-label. Everything is lower-case and compared after `normalizeLabel`.
 */

/**
 * Reduplicative idioms and names that repeat a word on purpose; a label containing one is not
 * a self-repeating label. (Patterns of the form "X by X", "X to X", "X after X", "X and X" with
 * one word between are never flagged, so they need not be listed here.)
 */
export const IDIOMS: readonly string[] = [
  'an eye for an eye',
  'a tooth for a tooth',
  'creme de la creme',
  'crème de la crème',
  'new york new york',
  'walla walla',
  'bora bora',
  'baden-baden',
  'pago pago',
  'sing sing',
  'from coast to coast',
  'from door to door',
  'from cover to cover',
  'from head to toe',
  'from time to time',
  'from day to day',
  'from year to year',
  'from place to place',
  'from side to side',
  'from top to bottom',
  'from end to end',
  'from country to country',
  'from state to state',
  'from city to city',
  'from town to town',
  'from house to house',
  'from person to person',
  'from generation to generation',
  'all for one and one for all',
  'boys will be boys',
  'business is business',
  'enough is enough',
  'love is love',
  'rules are rules',
  'a deal is a deal',
  'a win is a win',
  'a job is a job',
  'war is war',
  'what is done is done',
];

/** Tokens that link a name to itself in a tautological label: "Jupiter's Journey to Jupiter". */
export const SELF_REPEAT_LINKS: readonly string[] = ['to', 'of', 'for', 'from', 'in', 'into', 'on', 'at', 'with', 'about', 'beyond', 'toward', 'towards'];

/** Articles allowed between the link and the repeated word ("… to the Moon"). */
export const ARTICLES: readonly string[] = ['the', 'a', 'an'];

/**
 * Labels that legitimately appear more than once in one article (Q&A, live blogs, reviews,
 * recipes). Numbered labels ("Update 1", "Update 2") differ anyway and need no entry.
 */
export const REPEATABLE_LABELS: readonly string[] = [
  'q',
  'a',
  'question',
  'answer',
  'update',
  'updated',
  'updates',
  'correction',
  'clarification',
  'editor\'s note',
  'advertisement',
  'ad',
  'sponsored',
  'video',
  'photo',
  'photos',
  'watch',
  'listen',
  'audio',
  'gallery',
  'related',
  'read more',
  'more',
  'pros',
  'cons',
  'verdict',
  'price',
  'specs',
  'ingredients',
  'method',
  'directions',
  'instructions',
  'notes',
  'note',
  'source',
  'sources',
  'analysis',
  'comment',
  'comments',
  'share',
  'breaking',
  'live',
  'reporter',
  'host',
  'interviewer',
  'rating',
  'score',
  'the good',
  'the bad',
  'bottom line',
  'key specs',
  'specifications',
  'getty images',
  'reuters',
  'associated press',
  'ap',
  'afp',
  'epa',
  'pa',
  'file photo',
  'shutterstock',
];

/** First words of photo, video and source credits ("Photo: …", "Image courtesy of …"), which repeat under every picture. */
export const CREDIT_WORDS: readonly string[] = ['photo', 'photos', 'photograph', 'image', 'images', 'picture', 'pictures', 'pic', 'credit', 'credits', 'courtesy', 'source', 'via', 'illustration', 'graphic', 'video', 'file', 'caption'];

/**
 * Words of time stamps and datelines. A label made only of these and numbers ("20 hours ago",
 * "Nov 18, 2019", "Updated 9:02 AM") is a stamp, and stamps repeat in live pages.
 */
export const STAMP_WORDS: readonly string[] = [
  'ago', 'just', 'now', 'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yesterday', 'today', 'am', 'pm', 'a.m', 'p.m',
  'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'bst', 'cet', 'ist', 'et', 'pt',
  'updated', 'update', 'published', 'posted', 'last', 'on', 'at', 'by', 'read', 'time',
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july',
  'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
];
