import rule from '../../src/rules/boilerplate-leakage/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

const P1 =
  'The county council approved the new budget on Tuesday evening after a long debate about road repairs and school funding.';
const P2 =
  'Officials said the plan would take effect in the spring, and residents will be able to comment on the details at two public meetings.';
const P3 = 'The vote was seven to two, with both dissenting members saying the tax rise was larger than it needed to be.';

const story = (...lines: string[]) => lines.join('\n\n') + '\n';

ruleTester(rule, {
  valid: [
    { name: 'a plain story', text: story('Council Passes Budget After Long Debate', P1, P2, P3) },
    {
      name: 'subheadings between paragraphs',
      text: story('Council Passes Budget After Long Debate', P1, 'What happens next', P2, 'Why it matters', P3),
    },
    { name: 'a credit line is not chrome', text: story('Council Passes Budget', P1, P2, 'This story was first published on example.org.') },
    {
      name: 'prose mentioning share, print and comments',
      text: story('Council Passes Budget', 'The agency said it would share data with the print edition and invite comments from readers before the final vote.', P2),
    },
    { name: 'CamelCase company names in prose', text: story('Council Passes Budget', 'Residents can book rooms through WeWork and pay with PayPal, the council said on Monday in a statement.', P2) },
    { name: 'a bare agency credit', text: story('Council Passes Budget', P1, P2, '© Example Wire') },
    { name: 'an image credit alone in the story', text: story('Council Passes Budget', P1, 'Photo: Jane Doe', P2) },
    {
      name: 'a list of data rows after the story',
      text: story('Tour Dates Announced', P1, P2, 'June 9 – Springfield, IL @ State Arena', 'June 10 – Shelbyville, IL @ Civic Hall'),
    },
    { name: 'allowPhrases keeps a line', text: story('Council Passes Budget', P1, P2, 'Advertisement'), options: { allowPhrases: ['advertisement'] } },
    {
      name: 'Markdown story with a link inside prose',
      format: 'markdown',
      text: '# Council Passes Budget\n\nThe council [approved the budget](https://example.org/budget) on Tuesday after a long debate about roads and schools.\n\n' + P2 + '\n',
    },
  ],
  invalid: [
    {
      name: 'gluedBreadcrumb: labels run together',
      text: story('HomeLocal NewsCouncilCouncil Passes Budget', 'Council Passes Budget', P1, P2),
      errors: [{ messageId: 'gluedBreadcrumb', line: 1, column: 1 }],
    },
    {
      name: 'navigation: a separator trail and a lone More',
      text: story('More', 'Home › Local › Politics', 'Council Passes Budget', P1, P2),
      errors: [
        { messageId: 'navigation', line: 1, column: 1 },
        { messageId: 'navigation', line: 3, column: 1 },
      ],
    },
    {
      name: 'navigation: section labels at the top of the story',
      text: story('Council Passes Budget', 'Weather', 'Traffic', P1, P2),
      errors: [
        { messageId: 'navigation', line: 3 },
        { messageId: 'navigation', line: 5 },
      ],
    },
    {
      name: 'chromePhrase: share bar and advert',
      text: story('Council Passes Budget', P1, 'Advertisement', P2, 'Share on Facebook', 'Print Email'),
      errors: [
        { messageId: 'chromePhrase', line: 5 },
        { messageId: 'chromePhrase', line: 9 },
        { messageId: 'chromePhrase', line: 11 },
      ],
    },
    {
      name: 'chromePhrase: sign-up message, with the fix removing the line',
      text: story('Council Passes Budget', P1, 'Sign up for our newsletter to get the latest local news.', P2),
      errors: [{ messageId: 'chromePhrase', line: 5, output: story('Council Passes Budget', P1, P2) }],
    },
    {
      name: 'teaserRun: a label and the teasers after the story',
      text: story('Council Passes Budget', P1, P2, 'More like this', 'Mayor Opens New Library Branch', 'A new branch opens downtown with longer hours.', 'School Board Delays Vote on Calendar'),
      errors: [
        { messageId: 'teaserRun', line: 7 },
        { messageId: 'teaserRun', line: 9 },
        { messageId: 'teaserRun', line: 11 },
        { messageId: 'teaserRun', line: 13 },
      ],
    },
    {
      name: 'teaserRun: unlabelled headlines after the story',
      text: story('Council Passes Budget', P1, P2, 'Mayor Opens New Library Branch Downtown', 'School Board Delays Vote on Calendar'),
      errors: [
        { messageId: 'teaserRun', line: 7 },
        { messageId: 'teaserRun', line: 9 },
      ],
    },
    {
      name: 'legalFooter: copyright and terms',
      text: story('Council Passes Budget', P1, P2, 'Copyright © 2024 Example Media Ltd. All rights reserved.', 'Privacy Policy | Terms of Use'),
      errors: [
        { messageId: 'legalFooter', line: 7 },
        { messageId: 'legalFooter', line: 9 },
      ],
    },
    {
      name: 'formField: a comment form',
      text: story('Council Passes Budget', P1, P2, 'Your name: *', 'Enter the security code shown below:'),
      errors: [
        { messageId: 'formField', line: 7 },
        { messageId: 'formField', line: 9 },
      ],
    },
    {
      name: 'imageCredit: a credit beside other chrome',
      text: story('Council Passes Budget', 'Share', 'Photo: Jane Doe', P1, P2),
      errors: [
        { messageId: 'chromePhrase', line: 3 },
        { messageId: 'imageCredit', line: 5 },
      ],
    },
    {
      name: 'outsideArticle: a whole scraped page',
      text: [
        'Council Passes Budget | Example Gazette',
        'Subscribe',
        'Sign In',
        'News',
        'Sport',
        'Weather',
        'Privacy Policy',
        'Facebook',
        'Twitter',
        'Newsletters',
        'Site Map',
        'Council Passes Budget',
        P1,
        P2,
        P3,
        'Most Read',
        'Mayor Opens New Library Branch Downtown',
        'Contact the desk',
      ].join('\n') + '\n',
      errors: [
        { messageId: 'outsideArticle', line: 1 },
        { messageId: 'chromePhrase', line: 2 },
        { messageId: 'chromePhrase', line: 3 },
        { messageId: 'navigation', line: 4 },
        { messageId: 'navigation', line: 5 },
        { messageId: 'navigation', line: 6 },
        { messageId: 'legalFooter', line: 7 },
        { messageId: 'chromePhrase', line: 8 },
        { messageId: 'chromePhrase', line: 9 },
        { messageId: 'chromePhrase', line: 10 },
        { messageId: 'chromePhrase', line: 11 },
        { messageId: 'teaserRun', line: 16 },
        { messageId: 'teaserRun', line: 17 },
        { messageId: 'outsideArticle', line: 18 },
      ],
    },
    {
      name: 'extraPhrases adds a chrome phrase',
      text: story('Council Passes Budget', P1, P2, 'Tip the desk'),
      options: { extraPhrases: ['tip the desk'] },
      errors: [{ messageId: 'chromePhrase', line: 7 }],
    },
    {
      name: 'extraTriggers opens a teaser list',
      text: story('Council Passes Budget', P1, P2, 'From the archive', 'Mayor Opens New Library Branch Downtown'),
      options: { extraTriggers: ['from the archive'] },
      errors: [
        { messageId: 'teaserRun', line: 7 },
        { messageId: 'teaserRun', line: 9 },
      ],
    },
    {
      name: 'Markdown: a list of links at the end',
      format: 'markdown',
      text: '# Council Passes Budget\n\n' + P1 + '\n\n' + P2 + '\n\n- [Home](/)\n- [Local](/local)\n',
      errors: [
        { messageId: 'navigation', line: 7 },
        { messageId: 'navigation', line: 8 },
      ],
    },
    {
      name: 'HTML: share links after the story',
      format: 'html',
      text: '<h1>Council Passes Budget</h1>\n<p>' + P1 + '</p>\n<p>' + P2 + '</p>\n<p><a href="/share">Share this article</a></p>\n',
      errors: [{ messageId: 'chromePhrase', line: 4 }],
    },
  ],
});
