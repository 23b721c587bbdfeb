import rule from '../../src/rules/boilerplate-leakage/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

const P1 =
  'The county council approved the new budget on Tuesday evening after a long debate about road repairs and school funding.';
const P2 =
  'Officials said the plan would take effect in the spring, and residents will be able to comment on the details at two public meetings.';
const P3 = 'The vote was seven to two, with both dissenting members saying the tax rise was larger than it needed to be.';

const story = (...lines: string[]) => lines.join('\n\n') + '\n';

/** The top of a scraped page (a title with its site name, then site chrome), lines 1–11. */
const PAGE_TOP = ['Council Passes Budget | Example Gazette', 'Subscribe', 'Sign In', 'News', 'Sport', 'Weather', 'Privacy Policy', 'Facebook', 'Twitter', 'Newsletters', 'Site Map'];
const PAGE_TOP_ERRORS = [
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
];

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
    { name: 'a caption line after the last paragraph is kept', text: story('Council Passes Budget', P1, P2, 'Councillors vote on the spending plan at City Hall') },
    { name: 'a subheading ending in a page name between paragraphs', text: story('Council Passes Budget', P1, 'Parking FAQs', P2, P3) },
    {
      name: 'calls to the reader inside a long quoted sentence',
      text: story(
        'Council Passes Budget',
        P1,
        '"Please support local businesses this winter and pick up a copy of the festival guide at the library," the mayor told residents on Tuesday.',
        P2,
      ),
    },
    { name: 'a moderated debate is prose', text: story('Council Passes Budget', 'The debate was moderated by a local radio host and lasted almost three hours, officials said.', P1, P2) },
    {
      name: 'a company that does not sell data, in prose',
      text: story('Council Passes Budget', P1, 'The contractor said it does not sell customer data to advertisers, according to its annual report.', P2),
    },
    { name: 'a dated paragraph is prose', text: story('Council Passes Budget', P1, P2, '12 March 2024: The council met again and approved the final budget.') },
    { name: 'a sentence trailing off in the middle of the story', text: story('Council Passes Budget', P1, 'The treasurer paused before adding that the reserves were, in her words, not quite what they used to be...', P2) },
    { name: 'a foreign word with a colon inside prose', text: story('Council Passes Budget', P1, 'The sign read Passwort: Sommer, which the visitors found amusing.', P2) },
    { name: 'a wire credit naming a newspaper group', text: story('Council Passes Budget', 'By Ann Example', 'Example Newspapers', P1, P2) },
    { name: 'a press-release heading about a media company', text: story('Council Passes Budget', P1, P2, 'About Example Media Group', P3) },
    { name: 'a section name used as a subheading between paragraphs', text: story('Council Passes Budget', P1, 'Transport', P2, P3) },
    { name: 'a link after a line ending in a colon', text: story('Council Passes Budget', P1, 'The full report is online:', 'https://example.org/report?id=12&format=pdf', P2) },
    {
      name: 'a bulleted list of the story about comments',
      text: story('Council Passes Budget', P1, 'Residents raised three points:', '- comments on the bus timetable', '- parking near the school', P2),
    },
    { name: 'a fact box after the story', text: story('Council Passes Budget', P1, P2, 'Budget: 12 million', 'Vote: seven to two') },
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
        ...PAGE_TOP,
        'Council Passes Budget',
        P1,
        P2,
        P3,
        'Most Read',
        'Mayor Opens New Library Branch Downtown',
        'Contact the desk',
      ].join('\n') + '\n',
      errors: [
        ...PAGE_TOP_ERRORS,
        { messageId: 'teaserRun', line: 16 },
        { messageId: 'teaserRun', line: 17 },
        { messageId: 'outsideArticle', line: 18 },
      ],
    },
    {
      name: 'outsideArticle: a "Related articles" box inside the story does not end it',
      text: [
        ...PAGE_TOP,
        'Council Passes Budget',
        P1,
        P2,
        'Related articles',
        'Mayor Opens New Library Branch Downtown',
        'Harbour Ferry Fares Rise Again',
        P3,
        'Work on the first roads is expected to begin in April, and the council will publish a list of the streets affected next month.',
        'Contact the desk',
      ].join('\n') + '\n',
      errors: [
        ...PAGE_TOP_ERRORS,
        { messageId: 'teaserRun', line: 15 },
        { messageId: 'teaserRun', line: 16 },
        { messageId: 'teaserRun', line: 17 },
        { messageId: 'outsideArticle', line: 20 },
      ],
    },
    {
      name: 'teaserRun: a headline beside chrome after the story',
      text: story('Council Passes Budget', P1, P2, 'Advertisement', 'Harbour Ferry Fares Rise Again'),
      errors: [
        { messageId: 'chromePhrase', line: 7 },
        { messageId: 'teaserRun', line: 9 },
      ],
    },
    {
      name: 'chromePhrase: a share bar, with the deck under it kept',
      text: story('Council Passes Budget', 'Share', 'Road Repairs Come First', P1, P2),
      errors: [{ messageId: 'chromePhrase', line: 3 }],
    },
    {
      name: 'navigation: a label above a menu line, above the story',
      text: story('Council Passes Budget', 'Island Extra', 'Print Email', P1, P2),
      errors: [
        { messageId: 'navigation', line: 3 },
        { messageId: 'chromePhrase', line: 5 },
      ],
    },
    {
      name: 'navigation: links to the site service pages',
      text: story('Council Passes Budget', 'Gazette Media Kit', 'Reader FAQs', P1, P2, 'Editor\'s Bio'),
      errors: [
        { messageId: 'navigation', line: 3 },
        { messageId: 'navigation', line: 5 },
        { messageId: 'navigation', line: 11 },
      ],
    },
    {
      name: 'chromePhrase: the site talking to its readers on short lines',
      text: story(
        'Council Passes Budget',
        P1,
        P2,
        'Thanks for visiting!',
        'Please support our advertisers.',
        'Pick up a print copy at a newsstand near you.',
        'A weekly publication of the Example Press Group',
        'Our website is updated every weekday morning.',
        'Join our reader club today',
      ),
      errors: [
        { messageId: 'chromePhrase', line: 7 },
        { messageId: 'chromePhrase', line: 9 },
        { messageId: 'chromePhrase', line: 11 },
        { messageId: 'chromePhrase', line: 13 },
        { messageId: 'chromePhrase', line: 15 },
        { messageId: 'chromePhrase', line: 17 },
      ],
    },
    {
      name: 'chromePhrase: comment moderation and formatting help',
      text: story('Council Passes Budget', P1, P2, 'This discussion is pre-moderated. Read our house rules.', 'Allowed HTML tags: <a> <em> <strong>'),
      errors: [
        { messageId: 'chromePhrase', line: 7 },
        { messageId: 'chromePhrase', line: 9 },
      ],
    },
    {
      name: 'chromePhrase: the privacy note of an e-mail form',
      text: story('Council Passes Budget', P1, P2, 'Note: the address you enter is used for the sole purpose of sending this page to a friend.'),
      errors: [{ messageId: 'chromePhrase', line: 7 }],
    },
    {
      name: 'formField: a login form in another language',
      text: story('Council Passes Budget', P1, P2, 'Benutzername:', 'Mot de passe :'),
      errors: [
        { messageId: 'formField', line: 7 },
        { messageId: 'formField', line: 9 },
      ],
    },
    {
      name: 'teaserRun: a dated teaser and a truncated blurb after the story',
      text: story('Council Passes Budget', P1, P2, '12 March 2024: Harbour ferry fares rise again', 'Library: The branch on Quay Street will open its doors lat...'),
      errors: [
        { messageId: 'teaserRun', line: 7 },
        { messageId: 'teaserRun', line: 9 },
      ],
    },
    {
      name: 'navigation: a menu whose last label was cut off',
      text: story('Council Passes Budget', 'Roads | Schools | Parks | Libraries | Other servi...', P1, P2),
      errors: [{ messageId: 'navigation', line: 3 }],
    },
    {
      name: 'teaserRun: a "Current news" label and its headlines',
      text: story('Council Passes Budget', P1, P2, 'Current news', 'Mayor Opens New Library Branch Downtown'),
      errors: [
        { messageId: 'teaserRun', line: 7 },
        { messageId: 'teaserRun', line: 9 },
      ],
    },
    {
      name: 'legalFooter: the publisher imprint after the story',
      text: story('Council Passes Budget', P1, P2, 'Example Valley Publishing Group.'),
      errors: [{ messageId: 'legalFooter', line: 7 }],
    },
    {
      name: 'navigation: a desk name above the story',
      text: story('Council Passes Budget', 'Cycling', P1, P2),
      errors: [{ messageId: 'navigation', line: 3 }],
    },
    {
      name: 'navigation: a question between two menu lines above the story',
      text: story('Council Passes Budget', 'Advanced Search | Site Index', 'What Is New Here?', 'Next » Local', P1, P2),
      errors: [
        { messageId: 'navigation', line: 3 },
        { messageId: 'navigation', line: 5 },
        { messageId: 'navigation', line: 7 },
      ],
    },
    {
      name: 'chromePhrase: a date line between two share links is kept',
      text: story('Council Passes Budget', 'Print', 'March 12, 2024', 'Email', P1, P2),
      errors: [
        { messageId: 'chromePhrase', line: 3 },
        { messageId: 'chromePhrase', line: 7 },
      ],
    },
    {
      name: 'navigation: a page address with a query string between paragraphs',
      text: story('Council Passes Budget', P1, 'https://www.example.org/cms/view?id=4711&section=local', P2),
      errors: [{ messageId: 'navigation', line: 5 }],
    },
    {
      name: 'chromePhrase: the rules of a comment section',
      text: story('Council Passes Budget', P1, P2, '* Comments not related to the article.', '* Posts that disguise your identity or affiliation.'),
      errors: [
        { messageId: 'chromePhrase', line: 7 },
        { messageId: 'chromePhrase', line: 9 },
      ],
    },
    {
      name: 'teaserRun: a "Name: quote" teaser continues a teaser list',
      text: story('Council Passes Budget', P1, P2, 'Advertisement', 'Harbour Ferry Fares Rise Again', 'Mayor: We kept our promise'),
      errors: [
        { messageId: 'chromePhrase', line: 7 },
        { messageId: 'teaserRun', line: 9 },
        { messageId: 'teaserRun', line: 11 },
      ],
    },
    {
      name: 'formField: a login label beside other chrome after the story',
      text: story('Council Passes Budget', P1, P2, 'Sign in', 'Username or Email Address'),
      errors: [
        { messageId: 'chromePhrase', line: 7 },
        { messageId: 'formField', line: 9 },
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
