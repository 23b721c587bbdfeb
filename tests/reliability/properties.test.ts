import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintText } from '../../src/index.js';
import { LineIndex } from '../../src/engine/line-index.js';
import { json } from '../../src/formatters/json.js';
import { articleText, format } from '../helpers/arbitraries.js';

/** CI runs a fixed seed and a small count; `npm run fuzz` runs 100,000 cases (FUZZ_RUNS, FUZZ_SEED). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

describe('engine properties on arbitrary input', () => {
  it('never throws; every finding lies inside the text with consistent positions; the JSON report is valid', () => {
    fc.assert(
      fc.property(articleText, format, (text, fmt) => {
        const result = lintText(text, { filePath: `fuzz.${fmt === 'text' ? 'txt' : fmt === 'markdown' ? 'md' : 'html'}`, format: fmt });
        const idx = new LineIndex(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        for (const m of result.messages) {
          expect(m.line).toBeGreaterThanOrEqual(1);
          expect(m.line).toBeLessThanOrEqual(idx.lineCount);
          expect(m.endLine).toBeLessThanOrEqual(idx.lineCount);
          expect(m.column).toBeGreaterThanOrEqual(1);
          expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column)).toBe(true);
          const [ls, le] = idx.lineRangeWithEol(m.line);
          expect(m.column - 1).toBeLessThanOrEqual(le - ls);
          if (m.fix) {
            expect(m.fix.range[0]).toBeGreaterThanOrEqual(0);
            expect(m.fix.range[1]).toBeLessThanOrEqual(idx.text.length);
            expect(m.fix.range[0]).toBeLessThanOrEqual(m.fix.range[1]);
          }
          expect(m.message).not.toMatch(/\{\{/);
        }
        expect(result.errorCount + result.warningCount).toBe(result.messages.length);
        const parsed = JSON.parse(json([result])) as Array<{ messages: unknown[] }>;
        expect(parsed[0]!.messages).toHaveLength(result.messages.length);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
