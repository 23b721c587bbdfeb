/** HTML escaping for text and attribute values. Everything from an article or a report passes here. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;

export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (c) => ENTITIES[c]!);
}

/** Message text with `backtick` spans shown as code (both parts escaped). */
export function messageHtml(message: string): string {
  const parts = message.split('`');
  // An odd number of backticks leaves the last one unpaired: keep it literal.
  if (parts.length % 2 === 0) return escapeHtml(message);
  return parts.map((p, i) => (i % 2 === 1 ? `<code>${escapeHtml(p)}</code>` : escapeHtml(p))).join('');
}

/** Shorten text for a label or a note, on a code point boundary. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Text without its trailing full stops and spaces (a loop: no regex backtracking on long runs). */
export function withoutFinalStop(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}
