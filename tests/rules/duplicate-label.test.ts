import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { runRule } from '../../src/testing/run-rule.js';
import rule from '../../src/rules/duplicate-label/index.js';

const P1 = 'The council voted on Tuesday to approve the plan, which will widen the quay and add a ferry berth by next spring.';
const P2 = 'Residents who spoke at the meeting said they welcomed the work but asked for the footpath to stay open during it.';
const P3 = 'The harbour master said the first contracts would be signed within a month and that the cost would be shared.';
const P4 = 'Traders on the quay said the works would bring more visitors, though some worried about noise during the summer.';

ruleTester(rule, {
  valid: [
    { name: 'headline once, distinct labels', text: `Council approves harbour plan\n\n${P1}\n\nWhat happens next\n\n${P2}\n\nWho pays\n\n${P3}\n` },
    { name: 'numbered labels are not duplicates', text: `Harbour works live\n\nUpdate 1\n\n${P1}\n\nUpdate 2\n\n${P2}\n` },
    { name: 'Q and A labels repeat by design', text: `Ten questions for the harbour master\n\nQ:\n\n${P1}\n\nA:\n\n${P2}\n\nQ:\n\n${P3}\n\nA:\n\n${P4}\n` },
    { name: 'a label used three times is a pattern', text: `Harbour debate\n\nMayor\n\n${P1}\n\nChair\n\n${P2}\n\nMayor\n\n${P3}\n\nMayor\n\n${P4}\n` },
    { name: 'a repeated menu run is left to boilerplate-leakage', text: `Council approves harbour plan\n\nLocal\nSport\n\n${P1}\n\n${P2}\n\nLocal\nSport\n` },
    { name: 'a label repeated in a teaser list (not followed by prose)', text: `Council approves harbour plan\n\n${P1}\n\nFerry fares to rise in May\n\nBridge closed for repairs\n\n${P2}\n\nFerry fares to rise in May\n\nNew café opens on the quay\n` },
    { name: 'a two-item comparison repeats its section labels in order', text: `Two ferries compared\n\nThe Old Boat\n\nDesign\n\n${P1}\n\nEngines\n\n${P2}\n\nThe New Boat\n\nDesign\n\n${P3}\n\nEngines\n\n${P4}\n` },
    { name: 'picture credits repeat', text: `Harbour plan\n\nPhoto: Quay Camera Club\n\n${P1}\n\nPhoto: Quay Camera Club\n\n${P2}\n\nGetty Images\n\n${P3}\n\nGetty Images\n\n${P4}\n` },
    { name: 'idiom: step by step', text: `Step by Step Guide to the New Quay\n\n${P1}\n` },
    { name: 'idiom: face to face', text: `Face to Face Talks on the Harbour Plan\n\n${P1}\n` },
    { name: 'idiom: day by day', text: `Day by Day: the Harbour Works Diary\n\n${P1}\n` },
    { name: 'idiom: New York, New York', text: `New York, New York Returns to the Stage\n\n${P1}\n` },
    { name: 'a word used twice for two things', text: `Harbour Airport to Be Renamed Coastal Airport\n\n${P1}\n` },
    { name: 'two different teams sharing a word', text: `Port United Beat Port City in Cup Derby\n\n${P1}\n` },
    { name: 'a time stamp repeated', text: `Harbour works live\n\n2 hours ago\n\n${P1}\n\n2 hours ago\n\n${P2}\n` },
    { name: 'a one-word headline repeated is not reported as the headline', text: `Harbour\n\n${P1}\n\nHarbour\n\nHarbour\n\n${P2}\n` },
    { name: 'allow option', text: `Harbour plan\n\nThe Vote\n\n${P1}\n\nThe Vote\n\n${P2}\n`, options: { allow: ['The vote'] } },
    { name: 'selfRepeat option off', text: `Jupiter's Journey to Jupiter\n\n${P1}\n`, options: { selfRepeat: false } },
    { name: 'nearDuplicates option off', text: `Harbour plan\n\nBudget Plans for Schools\n\n${P1}\n\nSchools Budget Plans\n\n${P2}\n`, options: { nearDuplicates: false } },
    { name: 'Markdown: title in front matter and one H1', format: 'markdown', text: `---\ntitle: Council approves harbour plan\n---\n\n# Council approves harbour plan\n\n${P1}\n` },
  ],
  invalid: [
    {
      name: 'headline repeated on the next line',
      text: `Council approves harbour plan\n\nCouncil approves harbour plan\n\n${P1}\n`,
      errors: [{ messageId: 'repeatedHeadline', line: 3, column: 1 }],
      output: `Council approves harbour plan\n\n${P1}\n`,
    },
    {
      name: 'headline repeated in the middle, with other case and quotes',
      text: `Council approves ‘harbour’ plan\n\n${P1}\n\n${P2}\n\nCOUNCIL APPROVES 'HARBOUR' PLAN\n\n${P3}\n`,
      errors: [{ messageId: 'repeatedHeadline', line: 7 }],
      output: `Council approves ‘harbour’ plan\n\n${P1}\n\n${P2}\n\n${P3}\n`,
    },
    {
      name: 'headline repeated with a site name',
      text: `Council approves harbour plan\n\n${P1}\n\nCouncil approves harbour plan | The Quay Gazette\n\n${P2}\n`,
      errors: [{ messageId: 'repeatedHeadline', line: 5 }],
    },
    {
      name: 'page title with a site name, then the bare headline: the title line is the repeat',
      text: `Council approves new harbour plan - The Quay Gazette\n\nCouncil approves new harbour plan\n\n${P1}\n`,
      errors: [{ messageId: 'repeatedHeadline', line: 1 }],
      output: `Council approves new harbour plan\n\n${P1}\n`,
    },
    {
      name: 'headline at the end of a glued breadcrumb',
      text: `HomeLocal NewsHarbourCouncil Approves New Harbour Plan\n\nCouncil Approves New Harbour Plan\n\n${P1}\n`,
      errors: [{ messageId: 'repeatedHeadline', line: 1, column: 1 }],
      output: `Council Approves New Harbour Plan\n\n${P1}\n`,
    },
    {
      name: 'breadcrumb inside a block: only that line is removed',
      text: `Menu\n  HomeLocal NewsHarbourCouncil Approves New Harbour Plan\n\nCouncil Approves New Harbour Plan\n\n${P1}\n`,
      errors: [{ messageId: 'repeatedHeadline', line: 2, column: 3 }],
      output: `Menu\n\nCouncil Approves New Harbour Plan\n\n${P1}\n`,
    },
    {
      name: 'headline at the end of a separated breadcrumb',
      text: `Council approves new harbour plan\n\nHome › Local › Council approves new harbour plan\n\n${P1}\n`,
      errors: [{ messageId: 'repeatedHeadline', line: 3 }],
    },
    {
      name: 'headline repeated twice',
      text: `Council approves harbour plan\n\n${P1}\n\nCouncil approves harbour plan\n\n${P2}\n\nCouncil approves harbour plan\n`,
      errors: [
        { messageId: 'repeatedHeadline', line: 5 },
        { messageId: 'repeatedHeadline', line: 9 },
      ],
    },
    {
      name: 'a section label used twice (suggestion, not fix)',
      text: `Harbour plan\n\nBackground\n\n${P1}\n\nThe vote\n\n${P2}\n\nBackground\n\n${P3}\n`,
      errors: [{ messageId: 'repeatedHeading', line: 11 }],
      output: `Harbour plan\n\nBackground\n\n${P1}\n\nThe vote\n\n${P2}\n\nBackground\n\n${P3}\n`,
    },
    {
      name: 'a label repeated on the next line is fixed',
      text: `Harbour plan\n\nBackground\n\nBackground\n\n${P1}\n`,
      errors: [{ messageId: 'repeatedHeading', line: 5 }],
      output: `Harbour plan\n\nBackground\n\n${P1}\n`,
    },
    {
      name: 'near-duplicate label: case and quotes',
      text: `Harbour plan\n\nThe “Green” Budget\n\n${P1}\n\n${P2}\n\nthe 'green' budget\n\n${P3}\n`,
      errors: [{ messageId: 'nearDuplicateHeading', line: 9 }],
    },
    {
      name: 'near-duplicate label: same words, other order',
      text: `Harbour plan\n\nBudget Plans for Schools\n\n${P1}\n\nSchools Budget Plans\n\n${P2}\n`,
      errors: [{ messageId: 'nearDuplicateHeading', line: 7 }],
    },
    {
      name: 'near-duplicate of the headline',
      text: `Council approves harbour plan\n\n${P1}\n\nHarbour Plan, Council Approves\n\n${P2}\n`,
      errors: [{ messageId: 'nearDuplicateHeading', line: 5 }],
    },
    {
      name: 'self-repeating label',
      text: `Harbour plan\n\n${P1}\n\nJupiter’s Journey to Jupiter and space exploration\n\n${P2}\n`,
      errors: [{ messageId: 'selfRepeatingLabel', line: 5, column: 1 }],
    },
    {
      name: 'self-repeating headline, two words between',
      text: `Saturn Probe Returns to Saturn\n\n${P1}\n`,
      errors: [{ messageId: 'selfRepeatingLabel', line: 1 }],
    },
    {
      name: 'Markdown: the H1 repeated as a later heading',
      format: 'markdown',
      text: `# Council approves harbour plan\n\n${P1}\n\n## Council approves harbour plan\n\n${P2}\n`,
      errors: [{ messageId: 'repeatedHeadline', line: 5 }],
      output: `# Council approves harbour plan\n\n${P1}\n\n${P2}\n`,
    },
    {
      name: 'Markdown: a linked breadcrumb ending in the headline',
      format: 'markdown',
      text: `[Home](/) > [Local](/local) > Council approves new harbour plan\n\n# Council approves new harbour plan\n\n${P1}\n`,
      errors: [{ messageId: 'repeatedHeadline', line: 1 }],
      output: `# Council approves new harbour plan\n\n${P1}\n`,
    },
    {
      name: 'Markdown: a section heading used twice',
      format: 'markdown',
      text: `# Harbour plan\n\n## Background\n\n${P1}\n\n## The vote\n\n${P2}\n\n## BACKGROUND\n\n${P3}\n`,
      errors: [{ messageId: 'nearDuplicateHeading', line: 11 }],
    },
    {
      name: 'HTML: the H1 repeated in the body',
      format: 'html',
      text: `<html><body>\n<h1>Council approves harbour plan</h1>\n<p>${P1}</p>\n<p>Council approves harbour plan</p>\n<p>${P2}</p>\n</body></html>\n`,
      errors: [{ messageId: 'repeatedHeadline', line: 4 }],
    },
  ],
});

describe('duplicate-label severities', () => {
  it('reports selfRepeatingLabel as a warning while the rule is an error', () => {
    const { messages } = runRule(rule, `Council approves harbour plan\n\nCouncil approves harbour plan\n\nJupiter's Journey to Jupiter\n\n${P1}\n`);
    expect(messages.map((m) => [m.messageId, m.severity])).toEqual([
      ['repeatedHeadline', 2],
      ['selfRepeatingLabel', 1],
    ]);
  });

  it('points a repeat at the first occurrence', () => {
    const { messages } = runRule(rule, `HomeLocal NewsCouncil Approves New Harbour Plan\n\nCouncil Approves New Harbour Plan\n\n${P1}\n`);
    expect(messages[0]!.related?.[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('stays linear on a long line', () => {
    const line = 'AbAb '.repeat(200_000);
    const start = performance.now();
    runRule(rule, `Title of the page\n\n${line}\n\nTitle of the page ${line}\n`);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
