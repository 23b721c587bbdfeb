/**
 * Section labels that carry no subject of their own ("Background", "What happened"). They are
 * never reported as off-topic; the text under them still is checked. Compared after
 * normalizeLabel (lower case, punctuation dropped).
 */
export const DISCOURSE_LABELS: readonly string[] = [
  'about', 'about the author', 'about the authors', 'about this story', 'about us',
  'aftermath', 'analysis', 'at a glance', 'background', 'backstory', 'bottom line',
  'by the numbers', 'case study', 'catch up', 'challenges', 'chronology', 'closing thoughts',
  'comment', 'comments', 'conclusion', 'conclusions', 'context', 'correction', 'corrections',
  'details', 'development', 'developments', 'discussion', 'editor s note', "editor's note",
  'explainer', 'fact box', 'fact check', 'factbox', 'facts', 'faq', 'faqs', 'final thoughts',
  'findings', 'first', 'further reading', 'highlights', 'history', 'how it happened',
  'how it works', 'how we got here', 'impact', 'in brief', 'in context', 'in depth',
  'in numbers', 'in pictures', 'in summary', 'in short', 'international reaction',
  'international reactions', 'introduction', 'key facts', 'key findings', 'key points',
  'key takeaways', 'latest', 'latest developments', 'live updates', 'looking ahead',
  'main points', 'meanwhile', 'methodology', 'more', 'more like this', 'more on this story',
  'next steps', 'notes', 'opinion', 'outlook', 'overview', 'q a', 'q and a', 'questions and answers',
  'reaction', 'reactions', 'read more', 'recap', 'related', 'related stories', 'reports',
  'response', 'responses', 'results', 'see also', 'sources', 'summary', 'takeaways',
  'the background', 'the big picture', 'the bottom line', 'the context', 'the details',
  'the facts', 'the latest', 'the path ahead', 'the path forward', 'the road ahead',
  'the story so far', 'the takeaway', 'timeline', 'top line', 'update', 'updates', 'verdict',
  'what comes next', 'what happened', 'what happened next', 'what happens next',
  'what is next', "what's next", 'what next', 'what they said', 'what we know',
  "what we don't know", 'what you need to know', 'what it means', 'why it matters',
  'why it matters now', 'why this matters', 'where things stand', 'the numbers',
];

/**
 * Words that make a short heading a label even with a topic word beside them
 * ("Reaction in Paris" is still checked; "Background" alone is generic). Used by the
 * genericity test together with the background frequencies.
 */
export const LABEL_WORDS: readonly string[] = [
  'background', 'context', 'reaction', 'reactions', 'response', 'responses', 'analysis',
  'overview', 'summary', 'timeline', 'outlook', 'conclusion', 'update', 'updates', 'details',
  'repercussions', 'implications', 'consequences', 'takeaways', 'highlights', 'aftermath',
];

/**
 * A heading that starts with one of these followed by a colon, or with "By", is a credit or
 * byline ("Photo: …", "By Jane Doe"), not a section heading.
 */
export const CREDIT_PREFIXES: readonly string[] = [
  'by', 'photo', 'photos', 'photograph', 'picture', 'pictures', 'image', 'images', 'video',
  'audio', 'source', 'sources', 'credit', 'credits', 'illustration', 'graphic', 'graphics',
  'map', 'chart', 'caption', 'reporting', 'additional reporting', 'written by', 'edited by',
  'words', 'words by', 'filed', 'posted', 'published', 'updated', 'contact', 'email', 'tags',
  'topics', 'filed under', 'watch', 'listen', 'read', 'read more', 'see', 'see also',
];

/** Calendar words: never evidence of a subject (datelines, "Published Monday"). */
export const CALENDAR_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'am', 'pm', 'gmt', 'utc', 'bst', 'est', 'edt', 'pst', 'pdt', 'cet',
];

/** Nationality and place adjectives that do not share a stem with the place. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  afghan: 'afghanistan', american: 'america', americans: 'america', argentine: 'argentina',
  belgian: 'belgium', british: 'britain', briton: 'britain', britons: 'britain',
  chinese: 'china', cypriot: 'cyprus', czech: 'czechia', danish: 'denmark', dane: 'denmark',
  danes: 'denmark', dutch: 'netherlands', egyptian: 'egypt', english: 'england',
  filipino: 'philippines', finnish: 'finland', french: 'france', greek: 'greece',
  iraqi: 'iraq', irish: 'ireland', israeli: 'israel', japanese: 'japan', kuwaiti: 'kuwait',
  lebanese: 'lebanon', malaysian: 'malaysia', maltese: 'malta', norwegian: 'norway',
  pakistani: 'pakistan', peruvian: 'peru', philippine: 'philippines', polish: 'poland',
  portuguese: 'portugal', qatari: 'qatar', saudi: 'saudi', scottish: 'scotland', scots: 'scotland',
  spanish: 'spain', swedish: 'sweden', swede: 'sweden', swedes: 'sweden', swiss: 'switzerland',
  thai: 'thailand', turkish: 'turkey', ukrainian: 'ukraine', vietnamese: 'vietnam',
  welsh: 'wales', yemeni: 'yemen', bangladeshi: 'bangladesh', emirati: 'emirates',
  kiwi: 'zealand', aussie: 'australia', european: 'europe', europeans: 'europe',
  african: 'africa', asian: 'asia', arab: 'arabia', arabs: 'arabia', soviet: 'russia',
  russian: 'russia', russians: 'russia', indian: 'india', indians: 'india',
  iranian: 'iran', iranians: 'iran', syrian: 'syria', syrians: 'syria', german: 'germany',
  germans: 'germany', italian: 'italy', italians: 'italy', canadian: 'canada',
  mexican: 'mexico', brazilian: 'brazil', australian: 'australia', korean: 'korea',
  nigerian: 'nigeria', kenyan: 'kenya', palestinian: 'palestine', palestinians: 'palestine',
  us: 'america', usa: 'america', uk: 'britain', gb: 'britain',
};

/**
 * Openers that tie a sentence to the one before it (reference and conjunction): a sentence that
 * starts with one of these continues its paragraph, whatever its vocabulary.
 */
export const COHESIVE_OPENERS: readonly string[] = [
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'him', 'them', 'this', 'that', 'these', 'those', 'such', 'there', 'here', 'both', 'neither',
  'either', 'another', 'other', 'others', 'the latter', 'the former', 'the same', 'but', 'and',
  'or', 'nor', 'so', 'yet', 'however', 'meanwhile', 'also', 'still', 'instead', 'then', 'thus',
  'therefore', 'hence', 'moreover', 'furthermore', 'besides', 'nevertheless', 'nonetheless',
  'indeed', 'likewise', 'similarly', 'otherwise', 'consequently', 'accordingly', 'in addition',
  'as a result', 'as well', 'after that', 'before that', 'earlier', 'later', 'afterwards',
  'in turn', 'in contrast', 'by contrast', 'on the other hand', 'for example', 'for instance',
  'in particular', 'in fact', 'even so', 'at the same time', 'in response', 'separately',
  'elsewhere', 'similar', 'conversely', 'despite this', 'because of this', 'as for', 'not only', 'one',
  'some', 'many', 'most', 'all', 'each', 'several', 'few', 'none', 'much', 'which', 'who',
];
