import type { LintResult } from '../types.js';
import { cdata, xmlEscape } from './xml.js';

/**
 * JUnit XML (as ESLint's junit formatter): one <testsuite> per file, one failing <testcase>
 * per finding, and one passing <testcase> for a file without findings.
 */
export function junit(results: LintResult[]): string {
  const total = results.reduce((n, r) => n + Math.max(1, r.messages.length), 0);
  const failures = results.reduce((n, r) => n + r.messages.length, 0);
  const out = ['<?xml version="1.0" encoding="utf-8"?>', `<testsuites name="copydesk" tests="${total}" failures="${failures}" errors="0">`];
  for (const r of results) {
    const classname = xmlEscape(r.filePath.replace(/\.[^./\\]+$/, ''));
    out.push(`  <testsuite package="org.copydesk" time="0" tests="${Math.max(1, r.messages.length)}" errors="0" failures="${r.messages.length}" name="${xmlEscape(r.filePath)}">`);
    if (r.messages.length === 0) out.push(`    <testcase time="0" name="${xmlEscape(r.filePath)}" classname="${classname}" />`);
    for (const m of r.messages) {
      const sev = m.severity === 2 ? 'Error' : 'Warning';
      out.push(`    <testcase time="0" name="org.copydesk.${xmlEscape(m.ruleId)}" classname="${classname}">`);
      out.push(`      <failure message="${xmlEscape(m.message)}" type="${sev.toLowerCase()}">${cdata(`line ${m.line}, col ${m.column}, ${sev} - ${m.message} (${m.ruleId})`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
