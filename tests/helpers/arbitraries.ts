import fc from 'fast-check';

/** Pieces of real-looking article text, so that generated inputs reach the rules' interesting paths. */
const FRAGMENTS = [
  'More', 'More like this', 'HomeNewsWorld ReactionThe Story', 'Home › World › Asia', 'Share this article', 'Subscribe to our newsletter',
  '© 2024 Example Media. All rights reserved.', 'Published on', 'By', 'Updated:', 'Source:', 'This story was first published on',
  'The minister said on Tuesday that talks would resume.', '“We will not back down,” she said.', '"It is a disgrace"',
  'Sources said 12 people were killed.', 'reportedly', 'Background', 'What happened', "Jupiter's Journey to Jupiter",
  'Pakistan Withdraws Envoy Amid Tensions', 'recieve teh adress', 'Jaish al-Adl', 'U.S.', 'e-mail@example.com', 'https://example.com/a?b=c',
  '@handle', '#tag', '1st', '45-year-old', '£3.5m', '—', '…', "it's", 'don’t',
];

const MARKUP = ['# ', '## ', '> ', '- ', '1. ', '**', '_', '`', '[link](http://x)', '<p>', '</p>', '<div>', '</div>', '<br>', '<script>alert(1)</script>', '<!-- copydesk-disable -->', '&amp;', '&#x1F600;', '<a href="x">', '</a>', '<h1>', '</h1>', '---\ntitle: x\n---\n', '```\n', '|a|b|\n|-|-|\n'];

const EOL = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\n\n');

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 3, arbitrary: EOL },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '\u00a0', '\u200b', '\u2028', '\ufeff', '\u0000', '\u001b[31m') },
  { weight: 1, arbitrary: fc.nat({ max: 3000 }).map((n) => 'word '.repeat(n)) },
  { weight: 1, arbitrary: fc.nat({ max: 40 }).map((n) => '> '.repeat(n) + '- '.repeat(n) + 'deep') },
  { weight: 1, arbitrary: fc.nat({ max: 40 }).map((n) => '<div>'.repeat(n) + 'nested' + '</div>'.repeat(n)) },
);

/** A generated article: fragments, markup, line breaks and raw Unicode, glued together. */
export const articleText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

export const format = fc.constantFrom('text' as const, 'markdown' as const, 'html' as const);
