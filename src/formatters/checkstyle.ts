import type { LintResult } from '../types.js';
import { xmlEscape } from './xml.js';

/** Checkstyle XML (as ESLint's checkstyle formatter): one <file> per linted file. */
export function checkstyle(results: LintResult[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const r of results) {
    out.push(`  <file name="${xmlEscape(r.filePath)}">`);
    for (const m of r.messages) {
      out.push(
        `    <error line="${m.line}" column="${m.column}" severity="${m.severity === 2 ? 'error' : 'warning'}" message="${xmlEscape(`${m.message} (${m.ruleId})`)}" source="${xmlEscape(`copydesk.${m.ruleId}`)}" />`,
      );
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
}
