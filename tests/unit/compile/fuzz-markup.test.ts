/**
 * The markup fuzzer: random edits drawn from the markup's grammar (brackets, braces, quotes, colons,
 * blank lines, indentation, attributes, ids, relation lines, look-alike letters, Markdown that changes
 * meaning) applied to the real essays, then the graph step run on the result in-process. Whatever the
 * edit, it must either succeed with every claim word for word in its capture, or fail with problems
 * that each name a content file, a line inside it and what to do: never throw, never a stack trace.
 *
 * A fixed seed and FUZZ_RUNS runs (default 30) in `npm test`; `FUZZ_RUNS=2000 FUZZ_SEED=7 node --test
 * tests/unit/compile/fuzz-markup.test.ts` to look further. A failure prints the seed, the path and the
 * shrunk edit list, to replay it.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { readContent } from '../../../src/compile/read-content.ts';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import { collapseSpace } from '../../../src/words/collapse-space.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 25);

/** Pieces of the markup's grammar, and of Markdown that changes what a line means. */
const TOKENS = [
  '[', ']', '{', '}', '"', "'", '“', '”', ':', '::', ':::', '::::', '\n\n', '\n', '    ', '\t', '#', '# ', '> ', '- ', '1. ', '|', ' | ', '`', '```\n', '*', '_', '\\', '<', '>', '<!-- x -->', '<div>', '&quot;', '=',
  ' kind=reason', ' kind=thesis', ' kind=contestable', ' supports="question"', ' rebuts=""', ' undercuts="x"', ' to="a b"', ' #', '{#', '.', '..', ' title="T"',
  ':claim[', ']{#fz-new kind=reason supports="question"}', '::supports[a note]{from=a to=b}', '::rebuts[]{from= to=}', ':::note{kind=byline}\n', ':::\n', ':::tweet{author="A" datetime="2022-01-01"}\n',
  '[x]: https://example.org', '  \n', '![i](https://e.org/x.png)', '[l](javascript:alert(1))', '\u200b', '\u00a0', 'е', 'а', 'о', 'і', '\u2028', '\r',
] as const;

/** One edit: insert a token, delete a span, duplicate or drop a line, or swap a Latin letter for its look-alike. */
type Edit =
  | { kind: 'insert'; at: number; token: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'drop-line'; at: number }
  | { kind: 'look-alike'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('look-alike' as const), at: fc.nat() }) },
);

const LOOK_ALIKE: Record<string, string> = { a: 'а', e: 'е', o: 'о', i: 'і', c: 'с', p: 'р' };

/** Applies `edits` to the body (after the frontmatter, which has its own checks) of `text`. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const start = text.indexOf('\n---', 3) + 4;
  const head = text.slice(0, start);
  let body = text.slice(start);
  for (const change of edits) {
    const at = change.at % Math.max(1, body.length);
    const lines = body.split('\n');
    const line = change.at % Math.max(1, lines.length);
    if (change.kind === 'insert') body = body.slice(0, at) + change.token + body.slice(at);
    else if (change.kind === 'delete') body = body.slice(0, at) + body.slice(at + change.length);
    else if (change.kind === 'duplicate-line') body = [...lines.slice(0, line + 1), lines[line]!, ...lines.slice(line + 1)].join('\n');
    else if (change.kind === 'drop-line') body = [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
    else {
      const index = body.slice(at).search(/[aeoicp]/);
      if (index >= 0) body = body.slice(0, at + index) + LOOK_ALIKE[body[at + index]!]! + body.slice(at + index + 1);
    }
  }
  return head + body;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/**
 * The oracle, written apart from the compiler: the text of every paragraph and heading the essay shows
 * (claim markup read as its words, relation lines left out as ours), each of which must be in a capture.
 */
function shownBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  visit(parser.parse(markdown), (node) => {
    if (node.type === 'leafDirective') return SKIP;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code' || node.type === 'html') {
      const text = collapseSpace(node.type === 'code' || node.type === 'html' ? node.value : toString(node));
      if (text) blocks.push(text);
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}

describe('the graph step on fuzzed essays', () => {
  let dir: string;
  let essays: string[];
  const originals = new Map<string, string>();
  let captures: string[];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'counterpoint-fuzz-'));
    await cp(join(ROOT, 'content'), dir, { recursive: true });
    essays = (await readdir(join(dir, 'essays'))).filter((name) => name.endsWith('.md')).sort();
    for (const name of essays) originals.set(name, await readFile(join(dir, 'essays', name), 'utf8'));
    captures = await Promise.all((await readdir(join(dir, 'sources'))).map((name) => readFile(join(dir, 'sources', name), 'utf8').then(collapseSpace)));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test(`either builds with every claim verbatim or fails with file:line problems (${RUNS} runs, seed ${SEED})`, async () => {
    const show = (path: string) => relative(dir, path);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 6 }), async (pick, edits) => {
        const name = essays[pick % essays.length]!;
        const mutated = applyEdits(originals.get(name)!, edits);
        await writeFile(join(dir, 'essays', name), mutated);
        try {
          let result;
          try {
            result = await readContent(dir, show);
          } catch (error) {
            assert.fail(`readContent threw on ${name}: ${(error as Error).stack}`);
          }
          const errors = result.problems.filter((problem) => problem.severity === 'error');
          if (result.graph && errors.length === 0) {
            for (const claim of result.graph.claims) {
              assert.ok(captures.some((capture) => capture.includes(collapseSpace(claim.text))), `claim ${claim.id} built but is not verbatim in any capture: ${JSON.stringify(claim.text)}`);
            }
            for (const block of shownBlocks(mutated)) {
              assert.ok(captures.some((capture) => capture.includes(block)), `${name} built, but shows text in no capture: ${JSON.stringify(block.slice(0, 200))}`);
            }
            return;
          }
          assert.ok(errors.length > 0, 'no graph and no error: failed in silence');
          for (const problem of result.problems) {
            const text = `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
            assert.doesNotMatch(problem.message, /^\s+at |\bat .*\.ts:\d+:\d+|\bundefined\b|\[object Object\]|\bNaN\b/m, `a message that leaks code: ${text}`);
            assert.ok(problem.message.length > 10, `an empty message: ${text}`);
            assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && Number.isInteger(problem.column) && problem.column >= 1, `no line: ${text}`);
            const file = await readFile(join(dir, problem.file), 'utf8').catch(() => undefined);
            if (file === undefined) {
              // A folder (essays/, sources/) is a fine place for a problem about the folder.
              assert.ok((await readdir(join(dir, problem.file)).catch(() => undefined)) !== undefined, `names no content file: ${text}`);
              continue;
            }
            assert.ok(problem.line <= file.split('\n').length + 1, `line ${problem.line} is past the end of ${problem.file}: ${text}`);
          }
        } finally {
          await writeFile(join(dir, 'essays', name), originals.get(name)!);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
