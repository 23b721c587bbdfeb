import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintResult } from '../types.js';
import type { FormatterContext, RuleDoc } from './index.js';

const DIRECTIVE_DOC: RuleDoc = {
  id: 'copydesk-directive',
  description: 'Report unknown rule names and unused copydesk-disable directives.',
  type: 'problem',
  defaultSeverity: 'error',
};

/**
 * SARIF 2.1.0, one run: the tool with every rule's metadata (description, default level,
 * README as help text), and one result per finding with its region. Paths are relative to
 * the working directory (`%SRCROOT%`), as code-scanning upload expects.
 */
export function sarif(results: LintResult[], { cwd, rules = [], version = '0.0.0' }: FormatterContext): string {
  const docs = [...rules];
  const seen = new Set(docs.map((d) => d.id));
  for (const r of results) {
    for (const m of r.messages) {
      if (!seen.has(m.ruleId)) {
        seen.add(m.ruleId);
        docs.push(m.ruleId === DIRECTIVE_DOC.id ? DIRECTIVE_DOC : { id: m.ruleId, description: m.ruleId, type: 'problem', defaultSeverity: m.severity === 2 ? 'error' : 'warning' });
      }
    }
  }
  const index = new Map(docs.map((d, i) => [d.id, i]));
  const uri = (file: string) => {
    const rel = path.isAbsolute(file) ? path.relative(cwd, file) : file;
    return rel.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version,
            informationUri: 'https://www.npmjs.com/package/copydesk',
            rules: docs.map((d) => ({
              id: d.id,
              shortDescription: { text: d.description },
              fullDescription: { text: d.description },
              ...(d.readme ? { help: { text: d.readme, markdown: d.readme } } : { help: { text: d.description } }),
              defaultConfiguration: { level: d.defaultSeverity === 'error' ? 'error' : 'warning' },
              properties: { tags: [d.type], ...(d.fixable ? { fixable: true } : {}) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        results: results.flatMap((r) =>
          r.messages.map((m) => {
            const location = (line: number, column: number, endLine: number, endColumn: number) => ({
              physicalLocation: {
                artifactLocation: { uri: uri(r.filePath), uriBaseId: '%SRCROOT%' },
                region: { startLine: line, startColumn: column, endLine, endColumn },
              },
            });
            return {
              ruleId: m.ruleId,
              ruleIndex: index.get(m.ruleId)!,
              level: m.severity === 2 ? 'error' : 'warning',
              message: { text: m.message },
              locations: [location(m.line, m.column, m.endLine, m.endColumn)],
              ...(m.related?.length
                ? { relatedLocations: m.related.map((rel, i) => ({ id: i + 1, ...location(rel.line, rel.column, rel.endLine, rel.endColumn), ...(rel.message ? { message: { text: rel.message } } : {}) })) }
                : {}),
              partialFingerprints: { messageId: `${m.ruleId}/${m.messageId}` },
            };
          }),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
