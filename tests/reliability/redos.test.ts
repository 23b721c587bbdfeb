import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { ROOT, copydesk, tempDir } from '../helpers/cli.js';

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every regular-expression literal and `new RegExp('literal')` in src/, found with the TypeScript parser. */
function collectRegexes(): Found[] {
  const out: Found[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const cut = text.lastIndexOf('/');
        out.push({ file: path.relative(ROOT, file), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: text.slice(1, cut), flags: text.slice(cut + 1) });
      } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
        const flagsArg = node.arguments[1];
        out.push({
          file: path.relative(ROOT, file),
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          source: node.arguments[0].text,
          flags: flagsArg && ts.isStringLiteralLike(flagsArg) ? flagsArg.text : '',
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

const MB = 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** One-megabyte lines shaped to trip nested quantifiers and overlapping alternatives. */
const ADVERSARIAL = [
  fill('a'), fill('A'), fill(' '), fill('aA'), fill('Aa '), fill('a-'), fill("a'"), fill('1'), fill('1,'), fill('.'),
  fill('word '), fill('Word Word '), fill('a.'), fill('\t \u00a0'), fill('"a '), fill('© '), fill('» '), fill('By '), fill('|'),
  fill('http://a'), fill('@a'), fill('ab@cd.'),
];

describe('no catastrophic backtracking', () => {
  const regexes = collectRegexes();

  it('finds the regular expressions in src/', () => {
    expect(regexes.length).toBeGreaterThan(10);
  });

  it('every regular expression in src/ finishes on adversarial 1 MB lines', async () => {
    // A linear regex scans a megabyte in milliseconds; a backtracking one takes minutes or more.
    const PER_REGEX_LIMIT_MS = 10_000;
    const slow: string[] = [];
    const runFrom = (first: number) =>
      new Promise<number>((resolve, reject) => {
        // Resolves with the index to continue from, or regexes.length when all are done.
        const worker = new Worker(new URL('./regex-worker.mjs', import.meta.url), {
          workerData: { regexes: regexes.slice(first), inputs: ADVERSARIAL },
        });
        let current = -1;
        let since = Date.now();
        const timer = setInterval(() => {
          if (current >= 0 && Date.now() - since > PER_REGEX_LIMIT_MS) {
            const r = regexes[first + current]!;
            slow.push(`${r.file}:${r.line} /${r.source}/${r.flags}`);
            clearInterval(timer);
            void worker.terminate().then(() => resolve(first + current + 1));
          }
        }, 100);
        worker.on('message', (m: { start?: number; finished?: boolean }) => {
          if (m.start !== undefined) {
            current = m.start;
            since = Date.now();
          }
          if (m.finished) {
            clearInterval(timer);
            void worker.terminate().then(() => resolve(regexes.length));
          }
        });
        worker.on('error', (e) => {
          clearInterval(timer);
          reject(e);
        });
      });
    for (let next = 0; next < regexes.length; ) next = await runFrom(next);
    expect(slow).toEqual([]);
  }, 600_000);

  it('the whole CLI run finishes on a file made of one adversarial 1 MB line per format', () => {
    const dir = tempDir();
    const files = ['txt', 'md', 'html'].map((ext, i) => {
      const name = `long-${i}.${ext}`;
      writeFileSync(path.join(dir, name), ADVERSARIAL[i * 5]! + '\n' + fill('Home News World ') + '\n');
      return name;
    });
    const r = copydesk(['--format', 'json', ...files], { cwd: dir });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout)).toHaveLength(3);
  }, 120_000);
});
