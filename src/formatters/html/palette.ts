/**
 * How each rule looks in the HTML report. Colour is never the only cue: every rule also has
 * an icon, a short label and its own line style (struck, double, dashed, dotted, wavy).
 * Colours keep at least 4.5:1 contrast against white, so they can carry white badge text.
 */
export interface RuleStyle {
  /** CSS class suffix (safe: letters, digits and dashes only). */
  key: string;
  icon: string;
  /** A short human label for legends and badges. */
  label: string;
  colour: string;
  /** Light tint used behind highlighted text. */
  tint: string;
  /** What the line style is, in words (for the legend). */
  line: string;
}

const KNOWN: Record<string, Omit<RuleStyle, 'key'>> = {
  'boilerplate-leakage': { icon: '✂', label: 'Site chrome', colour: '#b42318', tint: '#fde4e1', line: 'struck through' },
  'duplicate-label': { icon: '❐', label: 'Duplicate', colour: '#6941c6', tint: '#efe8fd', line: 'double underline' },
  'off-topic-insertion': { icon: '∉', label: 'Off topic', colour: '#a04000', tint: '#fdebd3', line: 'dashed box' },
  'missing-attribution': { icon: '❝', label: 'Attribution', colour: '#0b6196', tint: '#dff1fb', line: 'dotted underline' },
  spelling: { icon: '✎', label: 'Spelling', colour: '#17703f', tint: '#dcf5e6', line: 'wavy underline' },
};

const OTHER: Omit<RuleStyle, 'key' | 'label'> = { icon: '●', colour: '#475467', tint: '#eaecf0', line: 'solid underline' };

/** Known rules in report order, then any other rule alphabetically. */
export function ruleOrder(ids: Iterable<string>): string[] {
  const known = Object.keys(KNOWN);
  const seen = [...new Set(ids)];
  return [...known.filter((id) => seen.includes(id)), ...seen.filter((id) => !(id in KNOWN)).sort()];
}

export function ruleStyle(ruleId: string): RuleStyle {
  const known = KNOWN[ruleId];
  const key = ruleId.toLowerCase().replace(/[^a-z0-9-]+/g, '-') || 'rule';
  if (known) return { key, ...known };
  return { key: `other-${key}`, label: ruleId, ...OTHER };
}

/** The decoration CSS of one rule's highlights (used once per rule in the report's stylesheet). */
export function decorationCss(ruleId: string): string {
  switch (ruleId) {
    case 'boilerplate-leakage':
      return 'text-decoration: line-through solid; text-decoration-thickness: 2px;';
    case 'duplicate-label':
      return 'text-decoration: underline double; text-decoration-thickness: 1.5px; text-underline-offset: 3px;';
    case 'off-topic-insertion':
      return 'outline: 1.5px dashed currentcolor; outline-offset: 1px; text-decoration: none;';
    case 'missing-attribution':
      return 'text-decoration: underline dotted; text-decoration-thickness: 2.5px; text-underline-offset: 4px;';
    case 'spelling':
      return 'text-decoration: underline wavy; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none;';
    default:
      return 'text-decoration: underline solid; text-decoration-thickness: 2px; text-underline-offset: 3px;';
  }
}
