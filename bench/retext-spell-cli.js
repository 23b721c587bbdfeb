#!/usr/bin/env node
// Peer for `npm run bench`: retext-spell (nspell + dictionary-en) behind unified-args, the way
// a unified-based prose linter is usually run: `node bench/retext-spell-cli.js FILES...`.
import { args } from 'unified-args';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextSpell from 'retext-spell';
import dictionaryEn from 'dictionary-en';

/** Checking only: no output text is needed, so the compiler writes nothing. */
function noOutput() {
  this.compiler = () => '';
}

args({
  processor: unified().use(retextEnglish).use(retextSpell, { dictionary: dictionaryEn }).use(noOutput),
  name: 'retext-spell-cli',
  description: 'Check spelling with retext-spell and dictionary-en',
  version: '0.0.0',
  pluginPrefix: 'retext',
  packageField: 'retextConfig',
  rcName: '.retextspellrc',
  ignoreName: '.retextspellignore',
  extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm'],
});
