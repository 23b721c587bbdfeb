import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/missing-attribution/index.js';
import { findQuotes } from '../../src/rules/missing-attribution/prose.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { runRule } from '../../src/testing/run-rule.js';

/** A story: headline, blank line, then the paragraphs, one per line. */
const story = (...paragraphs: string[]) => ['Bridge to close for repairs', ...paragraphs].join('\n\n') + '\n';
const LONG = 'The council voted on Tuesday evening to close the old river bridge for eighteen months of repairs, after engineers found cracks in two of its supporting piers.';

ruleTester(rule, {
  valid: [
    // quoteWithoutSource
    { name: 'quote with a reporting verb', text: story('“We will reopen the bridge by the spring,” the mayor said.') },
    { name: 'quote after a colon lead-in', text: story('The mayor added: “We will reopen the bridge by the spring.”') },
    { name: 'speaker named in the paragraph before', text: story('Mayor Jane Holt met residents on Monday night.', '“We will reopen the bridge by the spring.”') },
    { name: 'speaker as a pronoun in the same paragraph', text: story('She did not apologise. “We will reopen the bridge by the spring.”') },
    { name: 'multi-paragraph quote attributed in its first paragraph', text: story('“We will reopen the bridge by the spring,” the mayor said. “The work on the piers has gone better than any of us expected in the winter', '“and it is nearly done and the money is there.”') },
    { name: 'multi-paragraph quote attributed in its last paragraph', text: story('“We will reopen the bridge, and we will do it without closing the ferry or the footpath along the river for a single day', '“by the spring at the latest,” the mayor said.') },
    { name: 'dash sign-off after the quote', text: story('“The bridge is the heart of this town.” — Jane Holt, resident') },
    { name: 'sign-off on the next line', text: story('“The bridge is the heart of this town and always was.”', '— Jane Holt') },
    { name: 'scare quotes', text: story('The so-called “temporary” closure has lasted a year.') },
    { name: 'short mixed quote', text: story('Residents called the plan “a mess from start to finish” at the meeting.') },
    { name: 'title of a work', text: story('The exhibition “The Bridges of the Old River Valley” opens on Friday.') },
    { name: 'name after dubbed', text: story('The project was dubbed “the long walk to the river and back again” by locals.') },
    { name: 'quoted question', text: story('“Why would anyone build a bridge in a place like that?”') },
    { name: 'quotation used as a noun', text: story('“Build it once and build it well” became the motto of the works.') },
    { name: 'quotes in the headline are not checked', text: '“We will rebuild this bridge for good”\n\nThe council met on Tuesday.\n' },
    { name: 'quotes off', text: story('The bridge will close next week.', '“This is a disaster for every shop on the high street.”'), options: { quotes: false } },
    { name: 'extra reporting verb', text: story('“We are done with this whole process now,” Holt harrumphed.'), options: { reportingVerbs: ['harrumph'] } },

    // vagueSource
    { name: 'hedge with a named source in the sentence', text: story('The minister reportedly offered to resign, the Daily Post reported.') },
    { name: 'reports that are named', text: story('According to reports in The Evening Star, the talks collapsed.') },
    { name: 'vague wording inside a quotation', text: story('“It is believed the fire started in the kitchen,” the fire chief said.') },
    { name: 'unnamed sources are off by default', text: story('Sources said the deal was done. Critics say the plan is too expensive.') },
    { name: 'anonymity explained', text: story('Two officials, speaking on condition of anonymity because they were not authorized to discuss the talks, said a deal was near. Sources said it would be signed on Friday.'), options: { unnamedSources: true } },
    { name: 'people close to a place are not a source', text: story('Those close to the river were moved to the school hall.'), options: { unnamedSources: true } },
    { name: 'hedged passives are off by default', text: story('The vote is expected to be close.') },
    { name: 'vague sources off', text: story('The minister reportedly offered to resign.'), options: { vagueSources: false } },
    { name: 'judgement with an agent', text: story('The plan was widely criticised by engineers as too costly.') },
    { name: 'judgement with a cue in the next sentence', text: story('The plan has come under fire. The engineers union said it was too costly.') },
    { name: 'judgement with a cue in the sentence before', text: story('The mayor told residents the plan would go ahead. It is widely seen as too costly.') },
    { name: 'judgement with the critic in the next paragraph', text: story('The toll has come under fire from the start.', '“It is a tax on the poorest drivers in the town,” a local driver said.') },
    { name: 'described as, with an agent', text: story('The scheme was described as reckless by the town auditor.') },
    { name: 'described, not as a judgement', text: story('The route was described in detail in the council papers.') },
    { name: 'judgement without a crowd adverb', text: story('The plan was seen as a compromise and passed easily.') },

    // unsourcedClaim
    { name: 'casualty count with a source', text: story('Twelve people were killed in the explosion, police said.') },
    { name: 'casualty count with according to', text: story('According to the health ministry, 30 people died in the floods.') },
    { name: 'source in the next sentence', text: story('Twelve people were killed in the explosion. Police confirmed the toll on Monday.') },
    { name: 'accusation with an agent', text: story('He was accused by the opposition of misleading parliament.') },
    { name: 'accusation in a court report', text: story('The driver is accused of causing the crash. He will stand trial in June.') },
    { name: 'background in a relative clause', text: story('The crash, which killed 12 people in 2009, led to new rules.') },
    { name: 'not a casualty count', text: story('The team won 3-1 and two players were injured in the second half. She turned 45 on Monday.') },
    { name: 'general statistics are off by default', text: story('Unemployment rose to 7.5% last year.') },
    { name: 'wire dateline in the lead', text: story('LONDON (Reuters) — Twelve people were killed when a gas main exploded under a busy street in the south of the city on Monday morning, and dozens of homes were evacuated.') },
    { name: 'claims off', text: story('Twelve people were killed in the explosion.'), options: { claims: false } },

    // missingByline
    { name: 'byline present', text: story('Published: 3 May 2024', 'By Jane Holt', LONG) },
    { name: 'all-capitals byline', text: story('Published: 3 May 2024', 'JANE HOLT', LONG) },
    { name: 'wire credit', text: story('Updated 3 May 2024', 'The Associated Press', LONG) },
    { name: 'dateline credit', text: story('Published: 3 May 2024', `LONDON, May 3 (Reuters) — ${LONG}`) },
    { name: 'no publication header (auto)', text: story(LONG) },
    { name: 'house byline pattern', text: story('Published: 3 May 2024', 'Words: Jane Holt', LONG), options: { bylinePattern: '^Words: ' } },
    { name: 'author in front matter', text: `---\ntitle: Bridge to close\nauthor: Jane Holt\n---\n\n# Bridge to close\n\n${LONG}\n`, format: 'markdown' },
    { name: 'byline off', text: story('Published: 3 May 2024', LONG), options: { byline: 'off' } },

    // emptyMetadata
    { name: 'date label with a value', text: story('Published on 3 May 2024', 'By Jane Holt', LONG) },
    { name: 'value on the next line', text: '' + story('Published on\n3 May 2024', 'By\nJane Holt', LONG) },
    { name: 'metadata off', text: story('Published on', 'By Jane Holt', LONG), options: { metadata: false } },

    // unnamedCredit
    { name: 'credit naming a domain', text: story(LONG, 'This story was first published on example.com.') },
    { name: 'credit naming an outlet', text: story(LONG, 'This article first appeared in The Evening Star.') },
    { name: 'outlet named before the phrase', text: story(LONG, 'Jane Holt writes for The Evening Star, where this essay was first published.') },
    { name: 'named source label', text: story(LONG, 'Source: Evening Star') },
    { name: 'a date, not a credit', text: story('The novel was first published in 1954 and never went out of print.') },
    { name: 'credits off', text: story(LONG, 'Source:'), options: { credits: false } },
  ],
  invalid: [
    // quoteWithoutSource
    { name: 'quote paragraph with nobody named before', text: story('The bridge will close next week.', '“This is a disaster for every shop on the high street.”'), errors: [{ messageId: 'quoteWithoutSource', line: 5, column: 1 }] },
    { name: 'quote after narration', text: story('The bridge closed on Monday after the inspection. “Nobody warned us that the repairs would take a whole year.”'), errors: [{ messageId: 'quoteWithoutSource', line: 3, column: 51 }] },
    { name: 'straight quotes', text: story('"This is a disaster for every shop on the high street."'), errors: [{ messageId: 'quoteWithoutSource', line: 3, column: 1 }] },
    { name: 'single quotes', text: story('‘We have never seen anything like this storm before.’'), errors: [{ messageId: 'quoteWithoutSource', line: 3, column: 1 }] },
    { name: 'unattributed multi-paragraph quote reported once', text: story('“The repairs will take far longer than anyone in the town hall was prepared to admit when the first cracks appeared', '“and nobody was told at the start of the year.”'), errors: [{ messageId: 'quoteWithoutSource', line: 3, column: 1 }] },
    { name: 'unknown reporting verb', text: story('“We are done with this whole process now,” Holt harrumphed.'), errors: [{ messageId: 'quoteWithoutSource', line: 3, column: 1 }] },

    // vagueSource
    { name: 'reportedly', text: story('The minister reportedly offered to resign.'), errors: [{ messageId: 'vagueSource', line: 3, column: 14 }] },
    { name: 'it is believed', text: story('It is believed that the fire started in the kitchen.'), errors: [{ messageId: 'vagueSource', line: 3, column: 1 }] },
    { name: 'is said to be', text: story('The company is said to be close to a deal.'), errors: [{ messageId: 'vagueSource', line: 3, column: 13 }] },
    { name: 'according to reports', text: story('According to reports, the talks collapsed.'), errors: [{ messageId: 'vagueSource', line: 3, column: 1 }] },
    { name: 'there are reports', text: story('There are reports that the border has closed.'), errors: [{ messageId: 'vagueSource', line: 3, column: 1 }] },
    { name: 'rumours', text: story('Rumours that the club will be sold have unsettled fans.'), errors: [{ messageId: 'vagueSource', line: 3, column: 1 }] },
    { name: 'sources said (unnamedSources)', text: story('Sources said the deal was done.'), options: { unnamedSources: true }, errors: [{ messageId: 'vagueSource', line: 3, column: 1 }] },
    { name: 'critics say (unnamedSources)', text: story('The plan is too expensive, critics say.'), options: { unnamedSources: true }, errors: [{ messageId: 'vagueSource', line: 3, column: 28 }] },
    { name: 'people familiar with (unnamedSources)', text: story('People familiar with the talks said a deal was near.'), options: { unnamedSources: true }, errors: [{ messageId: 'vagueSource', line: 3, column: 1 }] },
    { name: 'view with no holder', text: story('The bridge is widely seen as the weak point of the ring road.'), errors: [{ messageId: 'vagueSource', line: 3, column: 12 }] },
    { name: 'criticism with no critic', text: story('The toll was roundly criticised when it was introduced.'), errors: [{ messageId: 'vagueSource', line: 3, column: 10 }] },
    { name: 'came under fire', text: story('The council came under heavy criticism for the delay.'), errors: [{ messageId: 'vagueSource', line: 3, column: 13 }] },
    { name: 'drew criticism', text: story('The closure drew sharp criticism from the start.'), errors: [{ messageId: 'vagueSource', line: 3, column: 13 }] },
    { name: 'judgement after a paragraph with an unrelated speaker', text: story('“We will open on time,” the engineer said.', 'The bridge is widely seen as the weak point of the ring road.'), errors: [{ messageId: 'vagueSource', line: 5, column: 12 }] },
    { name: 'described as, with no one describing', text: story('The scheme has been described as reckless and costly.'), errors: [{ messageId: 'vagueSource', line: 3, column: 12 }] },
    { name: 'deemed, with no one deeming', text: story('The old piers were deemed unsafe in the spring.'), errors: [{ messageId: 'vagueSource', line: 3, column: 15 }] },
    { name: 'expected to (hedgedPassives)', text: story('The vote is expected to be close.'), options: { hedgedPassives: true }, errors: [{ messageId: 'vagueSource', line: 3, column: 10 }] },

    // unsourcedClaim
    { name: 'casualty count', text: story('Twelve people were killed in the explosion.'), errors: [{ messageId: 'unsourcedClaim', line: 3, column: 1 }] },
    { name: 'arrest count', text: story('At least 30 protesters were arrested on Sunday.'), errors: [{ messageId: 'unsourcedClaim', line: 3, column: 10 }] },
    { name: 'count after the verb', text: story('The blast killed 14 people and injured dozens more.'), errors: [{ messageId: 'unsourcedClaim', line: 3, column: 11 }] },
    { name: 'passive accusation', text: story('The official was accused of taking bribes.'), errors: [{ messageId: 'unsourcedClaim', line: 3, column: 14 }] },
    { name: 'so-called is not a reporting cue', text: story('The treasurer, a so-called reformer, was accused of taking bribes.'), errors: [{ messageId: 'unsourcedClaim', line: 3, column: 38 }] },
    { name: 'responsibility as fact', text: story('The militia was behind the attack on the convoy.'), errors: [{ messageId: 'unsourcedClaim', line: 3, column: 13 }] },
    { name: 'money tied to fraud', text: story('The treasurer embezzled $2 million from the charity.'), errors: [{ messageId: 'unsourcedClaim', line: 3, column: 15 }] },
    { name: 'statistics option', text: story('Unemployment rose to 7.5% last year.'), options: { statistics: true }, errors: [{ messageId: 'unsourcedClaim', line: 3, column: 22 }] },

    // missingByline
    { name: 'publication header without a byline', text: story('Published: 3 May 2024', LONG), errors: [{ messageId: 'missingByline', line: 1, column: 1 }] },
    { name: 'byline always', text: story(LONG), options: { byline: 'always' }, errors: [{ messageId: 'missingByline', line: 1, column: 1 }] },
    { name: 'front matter without an author', text: `---\ntitle: Bridge to close\n---\n\n# Bridge to close\n\n${LONG}\n`, format: 'markdown', errors: [{ messageId: 'missingByline', line: 5, column: 3 }] },

    // emptyMetadata
    {
      name: 'empty Published on, and no byline',
      text: story('Published on', LONG),
      errors: [
        { messageId: 'missingByline', line: 1, column: 1 },
        { messageId: 'emptyMetadata', line: 3, column: 1 },
      ],
    },
    { name: 'empty Updated label', text: story('Updated:', 'By Jane Holt', LONG), errors: [{ messageId: 'emptyMetadata', line: 3, column: 1 }] },
    { name: 'empty By (no separate missing byline)', text: story('By', LONG), errors: [{ messageId: 'emptyMetadata', line: 3, column: 1 }] },
    { name: 'template placeholder', text: story('Published: undefined', 'By Jane Holt', LONG), errors: [{ messageId: 'emptyMetadata', line: 3, column: 1 }] },

    // unnamedCredit
    { name: 'credit to an unnamed site', text: story(LONG, 'This article was originally published on our partner site.'), errors: [{ messageId: 'unnamedCredit', line: 5, column: 18 }] },
    { name: 'empty source label', text: story(LONG, 'Source:'), errors: [{ messageId: 'unnamedCredit', line: 5, column: 1 }] },
    { name: 'credit pointing here', text: story(LONG, 'A version of this story first appeared here.'), errors: [{ messageId: 'unnamedCredit', line: 5, column: 25 }] },
  ],
});

describe('missing-attribution helpers', () => {
  it('pairs curly, straight and doubled-apostrophe quotes', () => {
    const t = 'He said “one two” and "three four" and \'\'five six\'\' and ‘seven eight’.';
    expect(findQuotes(t).map((q) => t.slice(q.contentStart, q.contentEnd))).toEqual(['one two', 'three four', 'five six', 'seven eight']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(findQuotes("The players' union and the fans' group met at Rick's.")).toEqual([]);
  });

  it('runs an unclosed quote to the end of the paragraph', () => {
    const [q] = findQuotes('“It runs on');
    expect(q?.open).toBe(true);
  });

  it('quotes the phrase in the vague-source message', () => {
    const { messages } = runRule(rule, story('The minister reportedly offered to resign.'));
    expect(messages[0]?.message).toContain('`reportedly`');
  });

  it('finishes on adversarial 1 MB paragraphs', () => {
    const MB = 1024 * 1024;
    const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    for (const unit of ['"a ', '“a ', "'a ", 'Aa ', 'said ', '12 killed ', 'By ', 'critics say, ', 'it is ', ', ', 'Published on ']) {
      const started = performance.now();
      runRule(rule, `Headline\n\n${fill(unit)}\n`, { options: { unnamedSources: true, hedgedPassives: true, statistics: true } });
      expect(performance.now() - started, unit).toBeLessThan(30_000);
    }
  }, 120_000);

  it('finishes on many long adversarial paragraphs', () => {
    const para = (unit: string) => unit.repeat(Math.ceil(8000 / unit.length)).slice(0, 8000);
    for (const unit of ['"a ', 'Aa ', '12 killed ', 'critics say, ', 'it is ', ', ', 'the ']) {
      const started = performance.now();
      runRule(rule, `Headline\n\n${Array.from({ length: 30 }, () => para(unit)).join('\n\n')}\n`, { options: { unnamedSources: true, hedgedPassives: true, statistics: true } });
      expect(performance.now() - started, unit).toBeLessThan(30_000);
    }
  }, 240_000);
});
