import { describe, expect, it } from 'vitest';
import type { Format, Rule } from '../../src/types.js';
import { runRule } from '../../src/testing/run-rule.js';

export interface ValidCase {
  name?: string;
  text: string;
  format?: Format;
  options?: Record<string, unknown>;
  language?: string;
  accept?: string[];
}

export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  endLine?: number;
  /** When set, the finding must carry a fix whose result equals this text. */
  output?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The whole text after applying every fix of this rule. */
  output?: string;
}

function applyFixes(text: string, fixes: Array<{ range: readonly [number, number]; text: string }>): string {
  const sorted = [...fixes].sort((a, b) => b.range[0] - a.range[0]);
  let out = text;
  let limit = Infinity;
  for (const f of sorted) {
    if (f.range[1] > limit) continue;
    out = out.slice(0, f.range[0]) + f.text + out.slice(f.range[1]);
    limit = f.range[0];
  }
  return out;
}

/**
 * ESLint-style rule tester on vitest. Valid cases must produce no findings; invalid cases must
 * produce exactly the listed findings (count, messageId, and position where given). Any finding
 * with an unknown messageId or an unfilled placeholder fails the case.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ruleTester(rule: Rule<any>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        it(c.name ?? `valid #${i + 1}: ${c.text.slice(0, 50).replace(/\n/g, '⏎')}`, () => {
          const { messages, problems } = runRule(rule, c.text, c);
          expect(problems).toEqual([]);
          expect(messages.map((m) => `${m.line}:${m.column} ${m.messageId}: ${m.message}`)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}: ${c.text.slice(0, 50).replace(/\n/g, '⏎')}`, () => {
          const { messages, problems } = runRule(rule, c.text, c);
          expect(problems).toEqual([]);
          for (const e of c.errors) expect(Object.keys(rule.meta.messages)).toContain(e.messageId);
          expect(messages.length, messages.map((m) => `${m.line}:${m.column} ${m.messageId}`).join(', ')).toBe(c.errors.length);
          c.errors.forEach((e, k) => {
            const m = messages[k]!;
            expect(m.messageId).toBe(e.messageId);
            if (e.line !== undefined) expect(m.line).toBe(e.line);
            if (e.column !== undefined) expect(m.column).toBe(e.column);
            if (e.endLine !== undefined) expect(m.endLine).toBe(e.endLine);
            if (e.output !== undefined) {
              expect(m.fix).toBeDefined();
              expect(applyFixes(c.text, [m.fix!])).toBe(e.output);
            }
          });
          if (c.output !== undefined) {
            expect(applyFixes(c.text, messages.filter((m) => m.fix).map((m) => m.fix!))).toBe(c.output);
          }
        });
      });
    });
  });
}
