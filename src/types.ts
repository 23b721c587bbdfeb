/**
 * Public types shared by the engine, the rules and the formatters.
 * The JSON report shape (LintResult / LintMessage) is a contract: see README "JSON output".
 */
import type { Root as NlcstRoot } from 'nlcst';

export type Format = 'text' | 'markdown' | 'html';
export type Severity = 'off' | 'warning' | 'error';
/** Numeric severity used in reports: 1 = warning, 2 = error (ESLint-compatible). */
export type NumericSeverity = 1 | 2;

/** A half-open range of UTF-16 offsets into the original file text: [start, end). */
export type Range = readonly [number, number];

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'line';

/** One block of the article, as the front-end saw it. */
export interface Block {
  readonly index: number;
  readonly kind: BlockKind;
  /** Plain text of the block (markup removed, whitespace as in the source for plain text). */
  readonly text: string;
  /** Offset of the block's first character in the original file. */
  readonly start: number;
  /** Offset just after the block's last character in the original file. */
  readonly end: number;
  /** Heading level (1–6) for headings from Markdown or HTML. */
  readonly depth?: number;
  /** Characters of `text` that sit inside links (Markdown and HTML only). */
  readonly linkChars?: number;
  /** Whether the input format can carry links (so `linkChars: 0` means "no links"). */
  readonly linksKnown: boolean;
  /** Maps an offset in `text` to an offset in the original file. */
  toSource(offset: number): number;
  /** The nlcst paragraph tree of `text` (offsets relative to `text`), parsed on first use. */
  readonly nlcst: NlcstRoot;
}

/** One physical line of the original file that holds text. */
export interface SourceLine {
  /** 1-based line number. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** The line's text with surrounding whitespace trimmed; start/end point at the trimmed text. */
  readonly text: string;
}

export interface ArticleMetadata {
  title?: string;
  byline?: string;
  date?: string;
  /** Where each metadata value came from, e.g. `front-matter`, `html-meta`, `html-title`. */
  sources: Partial<Record<'title' | 'byline' | 'date', string>>;
}

export interface Article {
  readonly filePath: string;
  readonly format: Format;
  /** The original text after decoding (BOM removed). All offsets point into it. */
  readonly source: string;
  readonly blocks: readonly Block[];
  readonly metadata: ArticleMetadata;
  /** Non-blank lines of the original file, in order. */
  readonly lines: readonly SourceLine[];
  /** Ranges of the source that are markup, not prose (front matter, code, comments). */
  readonly ignoredRanges: readonly Range[];
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number };
  /** The line (1-based) containing an offset. */
  lineOf(offset: number): number;
}

export interface Fix {
  range: Range;
  text: string;
}

export interface RelatedLocation {
  range: Range;
  message?: string;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  range: Range;
  fix?: Fix;
  related?: RelatedLocation[];
  suggestions?: Array<{ desc: string; fix: Fix }>;
}

export interface Settings {
  /** BCP 47 language of the copy, e.g. `en-US`, `en-GB`. */
  language: string;
  /** Words and names accepted by every rule (spelling, duplicates, topic). */
  accept: readonly string[];
}

export interface RuleContext {
  readonly article: Article;
  readonly settings: Settings;
  /** Shared, lazily computed analysis (tokens, headline, exclusions). */
  readonly analysis: import('./engine/analysis.js').Analysis;
  report(descriptor: ReportDescriptor): void;
}

export type RuleType = 'problem' | 'suggestion' | 'layout';

export interface RuleMeta<O> {
  type: RuleType;
  /** One line, imperative: "Disallow …" / "Require …". */
  description: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** Message templates by messageId, with `{{placeholders}}`. */
  messages: Record<string, string>;
  /** JSON Schema of the options object. */
  schema: Record<string, unknown>;
  defaultOptions: O;
  fixable?: boolean;
  /**
   * When true, the lines this rule reports are hidden from later rules that respect
   * exclusions (used by boilerplate-leakage: chrome is not prose).
   */
  excludesReportedLines?: boolean;
  /** When false, findings inside excluded lines are kept (default true). */
  respectsExclusions?: boolean;
  /**
   * Per-messageId ceiling on the reported severity. A messageId listed here is reported at most
   * at the given severity: `{ selfRepeatingLabel: 'warning' }` keeps that message a warning
   * while the rule runs as an error; setting the rule to `warning` lowers every message.
   */
  messageSeverity?: Partial<Record<string, Exclude<Severity, 'off'>>>;
  /** Rules run in ascending order of `order` (default 100). */
  order?: number;
}

export interface Rule<O = Record<string, unknown>> {
  id: string;
  meta: RuleMeta<O>;
  check(context: RuleContext, options: O): void;
}

// ---------------------------------------------------------------------------
// Report (contract)

export interface LintSuggestion {
  desc: string;
  fix: Fix;
}

export interface LintMessage {
  ruleId: string;
  messageId: string;
  severity: NumericSeverity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: LintSuggestion[];
  /** Other places the finding refers to (e.g. a duplicate's first occurrence). */
  related?: Array<{ line: number; column: number; endLine: number; endColumn: number; message?: string }>;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The text that was linted (not part of the JSON report). */
  source?: string;
}

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

export interface LintConfig {
  rules?: Record<string, RuleSetting>;
  language?: string;
  accept?: string[];
  /** Absolute paths of plugin modules whose `rules` this config uses. */
  plugins?: string[];
  /** Ignore `<!-- copydesk-… -->` directives in the text. */
  noInlineConfig?: boolean;
  /** Report directives that suppress nothing. */
  reportUnusedDirectives?: Severity;
}
