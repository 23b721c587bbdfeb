import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module without types
import { score, check, findingsOf } from '../../eval/score.js';

const msg = (ruleId: string, line: number) => ({ ruleId, line });

describe('corpus scoring protocol', () => {
  const cases = [
    {
      recipe: 'off-topic',
      bucket: 'section',
      clean: false,
      scope: ['off-topic-insertion'],
      labels: [{ rule: 'off-topic-insertion', line: 5, endLine: 6 }],
      // two findings inside the 2-line label: 2 TPs, 1 label found; a spelling message is ignored
      messages: [msg('off-topic-insertion', 5), msg('off-topic-insertion', 6), msg('off-topic-insertion', 6), msg('spelling', 2)],
    },
    {
      recipe: 'off-topic',
      bucket: 'clean',
      clean: true,
      scope: ['off-topic-insertion'],
      labels: [],
      messages: [msg('copydesk/off-topic-insertion', 3)],
    },
    {
      recipe: 'attribution',
      bucket: 'article',
      clean: false,
      scope: ['missing-attribution'],
      labels: [{ rule: 'missing-attribution', line: 1, endLine: 1 }, { rule: 'missing-attribution', line: 4, endLine: 4 }],
      // an out-of-scope finding counts against precision but not against in-scope precision
      messages: [msg('missing-attribution', 4), msg('off-topic-insertion', 9)],
      subsets: { quoted: (l: { line: number }) => l.line === 4 },
    },
  ];
  const report = score(cases);

  it('groups messages by rule and line, ignoring other rules', () => {
    expect(findingsOf(cases[0]!.messages)).toHaveLength(2);
  });

  it('computes recall over labels and precision over findings', () => {
    const r = report.rules['off-topic-insertion'];
    expect(r.labels).toBe(1);
    expect(r.found).toBe(1);
    expect(r.findings).toBe(4);
    expect(r.tp).toBe(2);
    expect(r.precision).toBeCloseTo(0.5);
    expect(r.findingsInScope).toBe(3);
    expect(r.precisionInScope).toBeCloseTo(2 / 3);
    expect(report.rules['missing-attribution'].recall).toBeCloseTo(0.5);
  });

  it('scores per bucket, subsets, and the clean share', () => {
    expect(report.buckets['off-topic/section']['off-topic-insertion'].f1).toBeCloseTo(1);
    expect(report.subsets['attribution/article (quoted)']['missing-attribution'].recall).toBe(1);
    expect(report.clean['off-topic/clean'].share).toBe(1);
    expect(report.clean.overall.byRule['off-topic-insertion']).toBe(1);
  });

  it('checks floors and ceilings', () => {
    expect(check(report, { rules: { 'missing-attribution': { recall: 0.5 } } })).toEqual([]);
    expect(check(report, { rules: { 'missing-attribution': { recall: 0.6 } } })).toEqual([
      'missing-attribution: recall 0.500 is below the floor 0.600',
    ]);
    expect(check(report, { clean: { 'off-topic/clean': { any: 0.03 } } })).toEqual([
      'clean off-topic/clean: any share 1.000 is above the ceiling 0.030',
    ]);
  });
});
