/** XML text/attribute escaping shared by the junit and checkstyle formatters. */
// Characters XML 1.0 cannot carry at all are dropped.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlEscape(value: string | number): string {
  return String(value)
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function cdata(value: string): string {
  return `<![CDATA[${value.replace(INVALID, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
