/**
 * Makes the bundle pure ASCII. V8 keeps a source of ASCII characters at one byte per character;
 * a single other character makes the whole source two-byte, which doubles its memory and slows
 * reading it and compiling its functions (measured: about 12 ms of a one-article cold start).
 *
 * esbuild already escapes string literals, but leaves regular expression literals and raw
 * templates (String.raw`…`) as written, since escaping changes their `source` or raw text. Here
 * each of their non-ASCII characters becomes a `\uXXXX` escape (a surrogate pair of escapes past
 * U+FFFF), which a regular expression reads as the same character, with or without the u flag.
 * The raw templates in copydesk are regular expression sources. A character that follows a
 * backslash (an identity escape) cannot be rewritten this way, and stops the build.
 */
import { tokenizer } from 'acorn';

/** `text` with every character past U+007F written as a `\uXXXX` escape. */
export function escapeNonAscii(text) {
  let out = '';
  let backslashes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += text[i];
      backslashes = text[i] === '\\' ? backslashes + 1 : 0;
      continue;
    }
    if (backslashes % 2 === 1) throw new Error(`an escaped non-ASCII character (\\${text[i]}) cannot be written as \\u${code.toString(16)}`);
    out += `\\u${code.toString(16).padStart(4, '0')}`;
    backslashes = 0;
  }
  return out;
}

/**
 * The bundle `code` (a CommonJS body) with its regular expression literals and raw templates
 * escaped as above. Throws if any non-ASCII character is left elsewhere (an identifier, a
 * comment), so a bundle that would be two-byte is never written unnoticed.
 */
export function asciiOnly(code) {
  const edits = [];
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowHashBang: true })) {
    const label = token.type.label;
    if (label !== 'regexp' && label !== 'template') continue;
    const text = code.slice(token.start, token.end);
    if (/[^\x00-\x7f]/.test(text)) edits.push({ start: token.start, end: token.end, text: escapeNonAscii(text) });
  }
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += code.slice(at);
  const left = /[^\x00-\x7f]/.exec(out);
  if (left) throw new Error(`a non-ASCII character is left in the bundle at ${left.index}: …${out.slice(Math.max(0, left.index - 40), left.index + 10)}…`);
  return out;
}
