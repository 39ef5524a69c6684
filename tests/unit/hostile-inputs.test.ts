/**
 * Hostile and odd inputs beyond issue 25's examples, across the classes it names: each must be refused
 * with at least one `place: error: …` line that names the file (or the variable) and what to do, or be
 * accepted only with a warning or note saying what was done: never a crash, never a stack trace, never
 * silence. `HOSTILE_TABLE=<file>` writes the table kept in docs/hostile-inputs.md (input, message).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readContent } from '../../src/compile/read-content.ts';
import { formatProblem } from '../../src/compile/problem.ts';
import { methodProblems } from '../../src/compile/check-method.ts';
import { ROOT } from '../../scripts/lib/project-copy.ts';
import { GOOD } from '../helpers/content.ts';
import { runScript } from '../helpers/run-script.ts';

type Outcome = { lines: string[]; threw?: string };

/** Reads a copy of the good content after `change`; the problems as printed. */
async function content(change: (dir: string) => Promise<void>): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), 'hostile-'));
  try {
    await cp(GOOD, dir, { recursive: true });
    await change(dir);
    try {
      const { problems } = await readContent(dir, (path) => relative(dir, path));
      return { lines: problems.map(formatProblem) };
    } catch (error) {
      return { lines: [], threw: (error as Error).stack };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const edit = async (dir: string, path: string, change: (text: string) => string) => writeFile(join(dir, path), change(await readFile(join(dir, path), 'utf8')));
/** Replaces gamma's second paragraph (two claims) with `text`. */
const gamma = (text: string) => (dir: string) => edit(dir, 'essays/gamma.md', (source) => source.replace(/^:claim\[Annexation.*$/m, text));
const ANNEX = ':claim[Annexation rewarded is annexation repeated.]{#gamma-annexation kind=reason supports="gamma-thesis" rebuts="gamma-land-for-peace"} :claim[The world forced aggressors back before.]{#gamma-precedents kind=evidence supports="gamma-annexation"}';

/** Runs a script with `env`; its stderr lines. */
function script(file: string, env: Record<string, string>, args: string[] = []): Outcome {
  const result = runScript(process.execPath, [file, ...args], { cwd: ROOT, env: { ...process.env, GRAPH_OUT: join(tmpdir(), `hostile-graph-${process.pid}.json`), ...env } });
  const lines = result.stderr.trim().split('\n').filter(Boolean);
  return result.status === 0 && lines.length === 0 ? { lines: [`(accepted) ${result.stdout.trim().split('\n').at(-1)}`] } : { lines };
}

let scratch: string;

const CASES: ReadonlyArray<readonly [string, () => Promise<Outcome> | Outcome]> = [
  // Fidelity and Markdown that changes meaning.
  ['claim paragraph fenced with ```', () => content(gamma(`\`\`\`\n${ANNEX}\n\`\`\``))],
  ['claim paragraph indented with a tab', () => content(gamma(`\t${ANNEX}`))],
  ['claim paragraph turned into a heading by a "---" line under it', () => content(gamma(`${ANNEX}\n---`))],
  ['hard break by a trailing backslash inside a claim', () => content(gamma(ANNEX.replace('rewarded is', 'rewarded\\\nis')))],
  ['reference link "[text][ref]" in essay text', () => content(gamma(`${ANNEX} [see][ref]`))],
  ['raw <span> tag around essay words', () => content(gamma(`<span>${ANNEX}</span>`))],
  ['essay paragraph moved above the one before it', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace(/^(Many echo.*)\n\n(:claim\[Annexation.*)$/m, '$2\n\n$1')))],
  ['a word changed outside any claim', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('Many echo', 'Many repeat')))],
  ['Cyrillic "о" in essay text outside claims', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('Many echo', 'Many ech\u043e')))],
  ['our own bold note added in a paragraph', () => content(gamma(`${ANNEX} **(Editor: see below.)**`))],
  ['a byline note whose words are not the capture\'s', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('By G. Writer, of the Third Review', 'By G. Writer')))],
  ['a 200,000-character paragraph in no capture', () => content(gamma(`${ANNEX}\n\n${'Invented words go on. '.repeat(9000)}`))],
  ['tweet author attribute changed', () => content((dir) => edit(dir, 'essays/beta.md', (text) => text.replace('handle="@cposter"', 'handle="@cposter2"')))],
  ['tweet date attribute invented', () => content((dir) => edit(dir, 'essays/beta.md', (text) => text.replace('date="December 5th 2021"', 'date="December 6th 2021"')))],
  // Markup.
  ['relation line inside a blockquote', () => content(gamma(`${ANNEX}\n\n> ::supports[Ours.]{from=gamma-precedents to=gamma-thesis}`))],
  ['relation from="a b" (two claims)', () => content(gamma(`${ANNEX}\n\n::supports[Ours.]{from="gamma-precedents gamma-annexation" to=gamma-thesis}`))],
  ['claim marked inside an undercut\'s note', () => content(gamma(`${ANNEX}\n\n::undercuts[:claim[x]{#gamma-x kind=reason}]{from=gamma-precedents to=gamma-annexation--supports--gamma-thesis}`))],
  ['contestable="yes" on a relation line', () => content(gamma(`${ANNEX}\n\n::supports[Ours.]{from=gamma-precedents to=alpha-thesis contestable="yes"}`))],
  ['undercut naming a claim instead of a relation', () => content(gamma(`${ANNEX}\n\n::undercuts[Ours.]{from=gamma-precedents to=gamma-thesis}`))],
  ['essay file of 0 bytes', () => content((dir) => writeFile(join(dir, 'essays/delta.md'), ''))],
  ['essay file with CRLF line ends and a changed word', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('Many echo', 'Many say').replace(/\n/g, '\r\n')))],
  // Content files.
  ['captures.json split with no "into"', () => content((dir) => edit(dir, 'captures.json', (text) => text.replace(/"into": \[[^\]]*\],/, '')))],
  ['captures.json lists a chrome line that is in no capture', () => content((dir) => edit(dir, 'captures.json', (text) => text.replace('{ "text": "Gamma", "as": "metadata", "why": "title" }', '{ "text": "Gamma", "as": "metadata", "why": "title" }, { "text": "Subscribe now", "as": "chrome" }')))],
  ['captures.json record for a capture named in another case', () => content((dir) => edit(dir, 'captures.json', (text) => text.replace('"file": "gamma.txt"', '"file": "Gamma.txt"')))],
  ['published.json that is not JSON', () => script('scripts/build-graph.ts', { CONTENT_DIR: join(scratch, 'bad-ledger') })],
  ['sources/ capture saved as UTF-16', () => content((dir) => readFile(join(dir, 'sources/gamma.txt'), 'utf8').then((text) => writeFile(join(dir, 'sources/gamma.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))))],
  ['a Vim swap file and an Office lock in essays/', () => content(async (dir) => { await writeFile(join(dir, 'essays/.gamma.md.swp'), Buffer.from([0, 1, 2])); await writeFile(join(dir, 'essays/~$gamma.md'), 'x'); })],
  ['method.md link "java&#x09;script:" (a tab browsers ignore)', () => ({ lines: methodProblems('content/method.md', '[x](java&#x09;script:alert(1))\n').map(formatProblem) })],
  ['method.md protocol-relative image //host/x.png', () => ({ lines: methodProblems('content/method.md', '![x](//cdn.example.org/x.png)\n').map(formatProblem) })],
  ['method.md <img onerror> raw HTML', () => ({ lines: methodProblems('content/method.md', '<img src=x onerror="alert(1)">\n').map(formatProblem) })],
  ['method.md link to file:///etc/passwd', () => ({ lines: methodProblems('content/method.md', '[p](file:///etc/passwd)\n').map(formatProblem) })],
  // Environment.
  ['SITE=javascript:alert(1)', () => script('scripts/build-graph.ts', { SITE: 'javascript:alert(1)' })],
  ['SITE=https://host/with/path', () => script('scripts/build-graph.ts', { SITE: 'https://teach.example.edu/course' })],
  ['BASE=//evil.example/', () => script('scripts/build-graph.ts', { BASE: '//evil.example/' })],
  ['BASE=/a%5c..%5cb/ (encoded backslashes)', () => script('scripts/build-graph.ts', { BASE: '/a%5c..%5cb/' })],
  ['BASE with a newline', () => script('scripts/build-graph.ts', { BASE: '/course\n/' })],
  ['MAP_TOP_CLAIMS=0', () => script('scripts/build-graph.ts', { MAP_TOP_CLAIMS: '0' })],
  ['MAP_TOP_CLAIMS=1e3', () => script('scripts/build-graph.ts', { MAP_TOP_CLAIMS: '1e3' })],
  ['NEW_SITE=maybe', () => script('scripts/build-graph.ts', { NEW_SITE: 'maybe' })],
  ['CONTENT_DIR set but empty', () => script('scripts/build-graph.ts', { CONTENT_DIR: '' })],
  ['GRAPH_OUT naming a folder', () => script('scripts/build-graph.ts', { GRAPH_OUT: 'src' })],
  ['OUT_DIR naming a file', () => script('scripts/build-headers.ts', { OUT_DIR: 'package.json' })],
  ['PAGEFIND_BINARY_PATH not executable', () => script('scripts/index-search.ts', { PAGEFIND_BINARY_PATH: 'package.json' })],
  ['GRAPH_OUT inside a file (package.json/graph.json)', () => script('scripts/build-graph.ts', { GRAPH_OUT: 'package.json/graph.json' })],
  // Scripts.
  ['ledger run with a graph file that is not JSON', () => script('scripts/ledger.ts', { GRAPH_OUT: join(scratch, 'not-json.json') })],
  ['review-table with no graph built', () => script('scripts/review-table.ts', { GRAPH_OUT: join(scratch, 'missing.json') })],
  ['new-essay given a folder named x.txt', () => script('scripts/new-essay.ts', { CONTENT_DIR: join(scratch, 'content'), INIT_CWD: scratch }, ['folder.txt'])],
  ['new-essay given an .html capture', () => script('scripts/new-essay.ts', { CONTENT_DIR: join(scratch, 'content'), INIT_CWD: scratch }, ['page.html'])],
  ['new-essay given --id Upper_Case', () => script('scripts/new-essay.ts', { CONTENT_DIR: join(scratch, 'content'), INIT_CWD: scratch }, ['plain.txt', '--id', 'Upper_Case'])],
  ['new-essay given bytes in no encoding chardet is sure of', () => script('scripts/new-essay.ts', { CONTENT_DIR: join(scratch, 'content'), INIT_CWD: scratch }, ['noise.txt'])],
  ['new-essay given a path that does not exist', () => script('scripts/new-essay.ts', { CONTENT_DIR: join(scratch, 'content'), INIT_CWD: scratch }, ['no such file.txt'])],
];

const rows: string[] = [];

describe('hostile inputs', () => {
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'hostile-scratch-'));
    await cp(GOOD, join(scratch, 'content'), { recursive: true });
    await cp(GOOD, join(scratch, 'bad-ledger'), { recursive: true });
    await writeFile(join(scratch, 'bad-ledger/published.json'), '{ "schemaVersion": 1, "claims": [ ');
    await writeFile(join(scratch, 'not-json.json'), '{ nope');
    await mkdir(join(scratch, 'folder.txt'));
    await writeFile(join(scratch, 'page.html'), '<html><body>Words</body></html>');
    await writeFile(join(scratch, 'plain.txt'), 'Plain words.\n');
    await writeFile(join(scratch, 'noise.txt'), Buffer.from([0xc3, 0x28, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xa0, 0xfe, 0x41, 0x0a]));
    void symlink;
  });
  after(async () => {
    await rm(scratch, { recursive: true, force: true });
    if (process.env.HOSTILE_TABLE) await writeFile(process.env.HOSTILE_TABLE, `| # | Input | Message |\n| --- | --- | --- |\n${rows.sort((a, b) => Number(a.split(' ')[1]) - Number(b.split(' ')[1])).join('\n')}\n`);
  });

  test(`has at least 40 cases (${CASES.length})`, () => assert.ok(CASES.length >= 40));

  for (const [index, [name, run]] of CASES.entries()) {
    test(`${name}: refused or noted clearly, no crash, no trace`, async () => {
      const outcome = await run();
      assert.equal(outcome.threw, undefined, `crashed: ${outcome.threw}`);
      const text = outcome.lines.join('\n');
      assert.doesNotMatch(text, /^\s+at |\bat .*\.ts:\d+:\d+/m, `a stack trace: ${text}`);
      const said = outcome.lines.filter((line) => /: (error|warning|bug): |^new-essay: |error: /.test(line));
      assert.ok(said.length > 0, `silent: ${text || '(nothing)'}`);
      assert.ok(!said.some((line) => /: bug: /.test(line)), `a bug: ${text}`);
      // The most specific line: one about the input itself before the fidelity lines it also causes.
      const first = said.find((line) => /error: /.test(line) && !/error: line \d+ of capture/.test(line)) ?? said.find((line) => /error: /.test(line)) ?? said[0]!;
      rows.push(`| ${index + 1} | ${name.replace(/\|/g, '\\|')} | \`${first.replace(new RegExp(tmpdir().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '/[^/ ]+', 'g'), '…').replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`);
    });
  }
});
