/**
 * Bylines, publication labels and credits. Regular-expression sources, matched
 * case-insensitively on one trimmed line unless said otherwise. Data only — the mechanism is in
 * check-metadata.ts. A newsroom's own byline style goes in the `bylinePattern` option.
 */

/** Labels of a publication header. A line starting with one shows the copy carries a header. */
export const DATE_LABEL = String.raw`^(?:published|posted|updated|last\s+updated|last\s+modified|site\s+last\s+updated|first\s+published|date|dated|filed|created|modified|article\s+launched)\b`;

/** Labels that must carry a value. */
const LABEL = String.raw`(?:published|posted|updated|last\s+updated|last\s+modified|first\s+published|by|written\s+by|posted\s+by|(?:author|byline|date|dated|filed)(?=\s*[:|]))`;

/** Values that are template leftovers, not values. */
const PLACEHOLDER = String.raw`(?:undefined|null|nan|none|n\/a|tbd|tbc|invalid\s+date|\{\{[^{}]{0,40}\}\}|%[a-z_]{1,30}%|\[[a-z_ ]{1,30}\]|<[a-z_ ]{1,30}>|\$\{[^{}]{0,40}\})`;

/** A label with nothing after it ("Published on", "By:", "Updated —") or a placeholder value. */
export const EMPTY_LABEL = String.raw`^${LABEL}(?:\s+(?:on|at|in))?\s*[:|\-–—]?\s*(?:${PLACEHOLDER}\s*)?$`;

/**
 * Byline line shapes. Each has a case-insensitive `prefix` and, where a name must follow, a
 * case-sensitive `name` test on the text after the prefix.
 */
export interface BylineShape {
  prefix: string;
  name?: string;
  /** Only on short lines (a dozen words or fewer). */
  short?: boolean;
}

const NAME_RUN = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|bin|al|da|del|la|le))*`;

export const BYLINE_SHAPES: readonly BylineShape[] = [
  // "By Jane Doe", "By: JANE DOE", "Written by Jane Doe", "Reporting by …; Editing by …"
  { prefix: String.raw`^(?:by|written\s+by|words\s+by|story\s+by|text\s+by|reporting\s+by|reported\s+by|posted\s+by|contributed\s+by|compiled\s+by|interview\s+by)\b\s*[:|]?\s*`, name: String.raw`^(?:[Tt]he\s+)?[\p{Lu}\p{N}@]` },
  // "Author: Jane Doe", "Reporter - Jane Doe"
  { prefix: String.raw`^(?:authors?|writers?|reporters?|correspondents?|columnists?|byline)\s*[:|\-–—]\s*\S` },
  // "March 3, 2024 by Jane Doe", "Staff | by Jane Doe"
  { prefix: String.raw`(?:[|,\-–—\d]\s*|\s)by:?\s+`, name: String.raw`^${NAME_RUN}\s*(?:$|[|,\-–—/])`, short: true },
  // "Jane Doe | Technology Writer", "Jane Doe, Staff Writer"
  { prefix: String.raw`^[\p{L}.'’ -]{3,40}[|,]\s*(?:[\p{L}.]+\s+){0,4}(?:writer|reporter|correspondent|editor|columnist|contributor|staff|journalist|critic)\b`, short: true },
  // "Opinion: Jane Doe" (an opinion piece labelled with its author)
  { prefix: String.raw`^(?:op-?ed|opinion|column|commentary|viewpoint|guest\s+column|guest\s+post)\s*[:|\-–—]\s*`, name: String.raw`^${NAME_RUN}$`, short: true },
  // "JANE DOE" on its own line (newspaper style, all capitals)
  { prefix: '', name: String.raw`^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,3}$`, short: true },
];

/** Wire and staff credits that stand in for a personal byline (short lines only). */
export const CREDIT_LINES: readonly string[] = [
  String.raw`\b(?:staff|agencies|agency|wire\s+services?|news\s+services?|newswires?|correspondents?|staff\s+writers?|staff\s+reporters?)\b`,
  String.raw`\b(?:associated\s+press|reuters|agence\s+france[\s-]presse|afp|bloomberg|united\s+press|upi|press\s+trust\s+of\s+india|pti|ians|xinhua|dpa|ansa|efe|kyodo|yonhap|bernama|tass|press\s+association|pa\s+media|canadian\s+press|aap)\b`,
  // "Source: Some Outlet" naming where the copy comes from.
  String.raw`^(?:source|courtesy(?:\s+of)?|credit)\s*[:|\-–—]?\s*[\p{L}\p{N}]`,
];

/** A dateline with a credit opening the first paragraph: "LONDON, May 2 (Reuters) —", "(Sports Network) -". */
export const DATELINE_CREDIT = String.raw`^(?:\p{Lu}[\p{Lu}\p{M} .,'’-]{1,40}(?:,\s*[\p{L}\p{N}. ]{2,30})?\s*)?\([\p{L}\p{N} .&'’/-]{2,40}\)\s*(?:[-–—_:]|\p{Lu})`;

/** A date value (for a label whose value sits on the next line). */
export const DATE_VALUE = String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b(?:19|20)\d\d\b|\b(?:today|yesterday|ago)\b`;

/** "first published on/in/at/by …" and the like; the text after it is checked for a name. */
export const CREDIT_PHRASE = String.raw`\b(?:originally|first)\s+(?:published|appeared|posted|ran|printed|aired)\b`;

/** After a credit phrase: words that point nowhere ("on our website", "here"). */
export const UNNAMED_AFTER = String.raw`^\s*(?:(?:on|in|at|by|with)\s+(?:(?:the|our|this|a|an|its|their|his|her|that|another|a\s+partner)\s+)?(?:(?:partner|sister|original|news|web|source|following)\s+)?(?:site|website|web\s+site|blog|page|platform|publication|outlet|network|link|source|newspaper|magazine|journal)\b|(?:here|there|online|elsewhere|below|above)\b)?\s*[.!,;:)—–-]*\s*$`;

/** "Source:", "Courtesy of", "Credit:" with no value, or a value that names nothing. */
export const EMPTY_CREDIT = String.raw`^(?:(?:source|sources|credit|credits|via)\s*:|courtesy(?:\s+of)?\s*:?)\s*(?:(?:the\s+)?(?:internet|web|online|social\s+media|unknown|various|n\/a|none|google)\s*)?\.?$`;
