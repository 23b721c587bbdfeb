import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/off-topic-insertion/index.js';

const TITLE = "Council approves harbour expansion despite traders' objections";
const P1 =
  'The county council voted on Tuesday to approve a plan to widen the harbour at Kestrel Bay, adding a second ferry berth and a new breakwater by the spring of next year.';
const P2 =
  'Councillors backed the scheme by 31 votes to 12 after a three-hour debate in which several harbour traders warned that the construction work would drive visitors away from the quay during the summer season.';
const P3 =
  'The harbour master, Ellen Morrow, told councillors that the existing berth could no longer handle the larger ferries now used on the island route, and that the breakwater was needed to protect moored boats in winter storms.';
const P4 =
  'Traders on the quay said they were not opposed to the expansion itself but wanted the council to phase the work so that the fish market and the cafés along the waterfront could stay open.';
const P5 =
  'The council said the first construction contracts would be signed within a month, and that the cost of the scheme would be shared with the ferry operator and a regional transport fund.';

const SPACE_HEADING = 'Astronomers map the icy rings of distant Neptune';
const SPACE_SECTION_HEADING = 'Saturn probe sends back images of frozen moons';
const SPACE_SECTION_TEXT =
  'A robotic spacecraft orbiting the gas giant has photographed craters and cracked glaciers on two of its smallest moons, according to the mission scientists.';
const SPORT_PARAGRAPH =
  'The striker scored twice in the second half as the champions came from behind to win the cup semi-final, sending their fans into raptures at the whistle.';
const VOLCANO_SENTENCE =
  'A volcanic eruption on a remote Pacific atoll sent plumes of ash drifting over coral reefs and grounded seaplanes across the archipelago.';
const HOUSE_LABEL = 'Tidewater Dispatch Insider Briefing';
/** Foreign but for one common word of the story (`council`). */
const ORCHID_SENTENCE =
  'Botanists in the council greenhouse say a rare orchid from the Andean cloud forest has bloomed in captivity for the first time.';
/** Short and foreign: little evidence, enough only in a short article. */
const FEVERS_SENTENCE = 'Doctors say a new vaccine against fevers has passed its first trials in three towns.';
/**
 * The same with `tropical`: its words are unlike any of the story's in meaning (word vectors),
 * so it counts for more and is reported in a longer article too.
 */
const VACCINE_SENTENCE = 'Doctors say a new vaccine against tropical fevers has passed its first trials in three towns.';
/** Shares no key word at all and carries eight: reported even in a longer article. */
const TRIALS_SENTENCE = 'Doctors say a new vaccine against tropical fevers has passed clinical trials in three provinces.';
/** New words, but two of the story's own (`ferry`, `harbour`): it belongs. */
const WHALE_SENTENCE =
  'The ferry operator also plans a seasonal whale-watching cruise from the harbour to the puffin colonies offshore.';
const MORE = [
  'The new breakwater will be built from granite blocks shipped from the quarry at Fenwick Point. Engineers expect the foundations to take most of the winter.',
  'Ferry passengers will use a temporary landing stage while the second berth is dredged. The operator has promised extra sailings on summer weekends.',
  'Several councillors who voted against the plan said the harbour budget had already overrun twice. They asked for monthly reports on the cost of the works.',
  'Fishermen on the quay welcomed the breakwater but feared losing moorings during construction. The harbour master said no boat would be moved without a month of notice.',
];

const article = (...blocks: string[]) => `${blocks.join('\n\n')}\n`;

ruleTester(rule, {
  valid: [
    { name: 'an article that keeps to its subject', text: article(TITLE, P1, P2, P3, P4, P5) },
    {
      name: 'generic section labels are never reported',
      text: article(TITLE, P1, 'Background', P2, P3, 'Why it matters', P4, 'The Path Forward', P5),
    },
    {
      name: 'more discourse labels',
      text: article(TITLE, P1, 'What happened', P2, 'Key points', P3, 'Reaction', P4, 'What comes next', P5),
    },
    {
      name: 'a subheading that names its own section',
      text: article(TITLE, P1, P2, 'Ferry operator to share the cost', P5, P3, P4),
    },
    {
      name: 'byline, dateline and photo credit above the body',
      text: article(TITLE, 'By Jonah Whitcombe', 'Tuesday 4 March 2025', 'Photo: Marisol Quenby', P1, P2, P3, P4, P5),
    },
    {
      name: 'a run of short lines (a list) is not a section heading',
      text: article(TITLE, P1, P2, 'Neptune rings', 'Saturn moons', 'Comet tails', P3, P4, P5),
    },
    {
      name: 'too short an article to compare',
      text: article(TITLE, P1, SPACE_HEADING, P2),
    },
    {
      name: 'allowLabels: a house label',
      text: article(TITLE, P1, P2, HOUSE_LABEL, P3, P4, P5),
      options: { allowLabels: ['tidewater dispatch insider briefing'] },
    },
    {
      name: 'headings: false',
      text: article(TITLE, P1, P2, SPACE_HEADING, P3, P4, P5),
      options: { headings: false },
    },
    {
      name: 'sentences: false',
      text: article(TITLE, P1, P2, `${P3} ${VOLCANO_SENTENCE}`, P4, P5),
      options: { sentences: false },
    },
    {
      name: 'paragraphs: false',
      text: article(TITLE, P1, SPORT_PARAGRAPH, P2, P3, P4, P5),
      options: { paragraphs: false },
    },
    {
      name: 'a quotation that wanders is left alone',
      text: article(TITLE, P1, P2, '"We have weathered gales, floods and a pandemic, and the lifeboat crews have never once let us down," she said.', P3, P4, P5),
    },
    {
      name: 'a sentence tied to the one before it by a pronoun',
      text: article(TITLE, P1, P2, `${P3} She once sailed a schooner single-handed around the Orkney archipelago.`, P4, P5),
    },
    {
      name: 'a new sentence tied to the story by two of its words',
      text: article(TITLE, P1, P2, `${P3} ${WHALE_SENTENCE}`, P4, P5),
    },
    {
      // Its address's parts (http, www, the site's name, com) are no words of another subject.
      name: 'a line giving a web address',
      text: article(TITLE, P1, P2, `${P3} Booking details: http://www.lighthousetours.org/`, P4, P5),
    },
    {
      name: 'a longer article asks for more evidence: a short foreign sentence is left alone',
      text: article(TITLE, P1, P2, `${P3} ${FEVERS_SENTENCE}`, P4, P5, ...MORE),
    },
  ],
  invalid: [
    {
      name: 'a stray heading between two paragraphs',
      text: article(TITLE, P1, P2, SPACE_HEADING, P3, P4, P5),
      errors: [{ messageId: 'heading', line: 7, column: 1, endLine: 7 }],
    },
    {
      name: 'the seed defect: a stray heading under "Background"',
      text: article(TITLE, P1, 'Background', 'Jupiter’s Journey to Jupiter and space exploration', P2, P3, P4, P5),
      errors: [{ messageId: 'heading', line: 7, column: 1 }],
    },
    {
      name: 'a house label is reported when not allowed',
      text: article(TITLE, P1, P2, HOUSE_LABEL, P3, P4, P5),
      errors: [{ messageId: 'heading', line: 7, column: 1 }],
    },
    {
      name: 'a label with a stray subject after the colon',
      text: article(TITLE, P1, P2, `Background: ${SPACE_HEADING}`, P3, P4, P5),
      errors: [{ messageId: 'heading', line: 7 }],
    },
    {
      name: 'a stray section: heading and its paragraph',
      text: article(TITLE, P1, P2, P3, SPACE_SECTION_HEADING, SPACE_SECTION_TEXT, P4, P5),
      errors: [{ messageId: 'section', line: 9, column: 1, endLine: 11 }],
    },
    {
      name: 'a stray paragraph',
      text: article(TITLE, P1, SPORT_PARAGRAPH, P2, P3, P4, P5),
      errors: [{ messageId: 'paragraph', line: 5, column: 1, endLine: 5 }],
    },
    {
      name: 'a stray sentence at the end of a paragraph',
      text: article(TITLE, P1, P2, `${P3} ${VOLCANO_SENTENCE}`, P4, P5),
      errors: [{ messageId: 'sentence', line: 7, column: P3.length + 2, endLine: 7 }],
    },
    {
      name: 'a stray sentence sharing one common word with the story',
      text: article(TITLE, P1, P2, `${P3} ${ORCHID_SENTENCE}`, P4, P5),
      errors: [{ messageId: 'sentence', line: 7, column: P3.length + 2, endLine: 7 }],
    },
    {
      name: 'a short stray sentence in a short article',
      text: article(TITLE, P1, P2, `${P3} ${FEVERS_SENTENCE}`, P4, P5),
      errors: [{ messageId: 'sentence', line: 7, column: P3.length + 2, endLine: 7 }],
    },
    {
      name: 'word vectors: a short sentence whose words are unlike all of the story\'s, in a longer article',
      text: article(TITLE, P1, P2, `${P3} ${VACCINE_SENTENCE}`, P4, P5, ...MORE),
      errors: [{ messageId: 'sentence', line: 7, column: P3.length + 2, endLine: 7 }],
    },
    {
      name: 'a longer article: a sentence sharing no key word at all is still reported',
      text: article(TITLE, P1, P2, `${P3} ${TRIALS_SENTENCE}`, P4, P5, ...MORE),
      errors: [{ messageId: 'sentence', line: 7, column: P3.length + 2, endLine: 7 }],
    },
    {
      name: 'quotations do not raise the evidence asked for (they are never candidates)',
      text: article(TITLE, P1, P2, `${P3} ${FEVERS_SENTENCE}`, P4, P5, ...MORE.map((p) => `"${p}" a councillor said.`)),
      errors: [{ messageId: 'sentence', line: 7, column: P3.length + 2, endLine: 7 }],
    },
    {
      name: 'Markdown: a stray subheading',
      format: 'markdown',
      text: article(`# ${TITLE}`, P1, P2, `## ${SPACE_HEADING}`, P3, P4, P5),
      errors: [{ messageId: 'heading', line: 7, column: 4 }],
    },
  ],
});
