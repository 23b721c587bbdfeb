/**
 * The lines of a block's text as [start, end) offsets into that text, each trimmed of
 * surrounding white space; blank lines are left out. A line ends at LF, CR or CRLF.
 */
export function blockLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from <= text.length) {
    let nl = from;
    while (nl < text.length && text[nl] !== '\n' && text[nl] !== '\r') nl++;
    let a = from;
    let b = nl;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push([a, b]);
    if (nl === text.length) break;
    from = text[nl] === '\r' && text[nl + 1] === '\n' ? nl + 2 : nl + 1;
  }
  return out;
}
