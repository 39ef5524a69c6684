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
import { fixtureGraph } from '../helpers/graph-fixture.ts';
import type { Graph } from '../../src/schemas/graph.ts';
import { toBibtex, toRis } from '../../src/formats/cite.ts';
import { essayRecord } from '../../src/formats/csl-record.ts';
import { toCsv } from '../../src/formats/to-csv.ts';
import { toArgdown } from '../../src/formats/to-argdown.ts';
import { parseArgdown } from '../helpers/argdown.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import pLimit from 'p-limit';
import { runScriptAsync } from '../helpers/run-script.ts';
import escapeStringRegexp from 'escape-string-regexp';

type Outcome = { lines: string[]; threw?: string };

/** Reads a copy of the good content after `change`; the problems as printed. */
async function content(change: (dir: string) => Promise<void>): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), 'hostile-'));
  try {
    await cp(GOOD, dir, { recursive: true });
    await change(dir);
    try {
      const { problems } = await readContent(dir, (path) => relative(dir, path));
      return { lines: problems.length > 0 ? problems.map(formatProblem) : ['(accepted) build:graph finds nothing to say: the words match the capture'] };
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
// The same paragraph with its titles, so a round-2 input's own message is not behind a missing title.
const TITLED = ':claim[Annexation rewarded is annexation repeated.]{#gamma-annexation kind=reason title="Rewarding annexation invites more of it" supports="gamma-thesis" rebuts="gamma-land-for-peace"} :claim[The world forced aggressors back before.]{#gamma-precedents kind=evidence title="The world forced aggressors back before" supports="gamma-annexation"}';

let graphs = 0;

/**
 * Runs a script with `env`; its stderr lines. Each run writes its graph (and the site data beside it)
 * to a folder of its own, so runs side by side never share an output file.
 */
async function script(file: string, env: Record<string, string>, args: string[] = []): Promise<Outcome> {
  const out = join(tmpdir(), `hostile-graph-${process.pid}-${(graphs += 1)}`);
  try {
    const result = await runScriptAsync(process.execPath, [file, ...args], { cwd: ROOT, env: { ...process.env, GRAPH_OUT: join(out, 'graph.json'), ...env } });
    const lines = result.stderr.trim().split('\n').filter(Boolean);
    return result.status === 0 && lines.length === 0 ? { lines: [`(accepted) ${result.stdout.trim().split('\n').at(-1)}`] } : { lines };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** The new-essay cases share one content folder: their runs go one at a time. */
const oneAtATime = pLimit(1);

let scratch: string;

/** Runs build:graph, as an instructor would, on a copy of the real content after `change`. */
async function realContent(change: (dir: string) => Promise<void>, env: Record<string, string> = {}): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), 'hostile-real-'));
  try {
    await cp(join(ROOT, 'content'), dir, { recursive: true });
    await change(dir);
    return await script('scripts/build-graph.ts', { CONTENT_DIR: dir, ...env });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * An export of the good fixture after `change`, the way the build writes it: refused by build:graph's
 * checks, or built and handed to `check`, which asserts the format holds and says what it wrote.
 */
async function exported(change: (dir: string) => Promise<void>, check: (graph: Graph) => string): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), 'hostile-export-'));
  try {
    await cp(GOOD, dir, { recursive: true });
    await change(dir);
    const { problems } = await readContent(dir, (path) => relative(dir, path));
    if (problems.some((problem) => problem.severity === 'error')) return { lines: problems.map(formatProblem) };
    return { lines: [`(accepted) ${check(await fixtureGraph(dir))}`] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const frontmatter = (field: string, value: string) => (dir: string) => edit(dir, 'essays/gamma.md', (text) => text.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${JSON.stringify(value)}`));
const CITED = (graph: Graph) => graph.essays.find((essay) => essay.id === 'gamma')!;
const newEssay = (args: string[]) => oneAtATime(() => script('scripts/new-essay.ts', { CONTENT_DIR: join(scratch, 'content'), INIT_CWD: scratch }, args));
/** One edit of a capture and another of its essay (`[from, to]` each). */
const pair = (name: string, [captureFrom, captureTo]: [string, string], [essayFrom, essayTo]: [string, string]) => async (dir: string) => {
  await edit(dir, `sources/${name}.txt`, (text) => text.replace(captureFrom, captureTo));
  await edit(dir, `essays/${name}.md`, (text) => text.replace(essayFrom, essayTo));
};
/** The same edit of a capture and of its essay. */
const both = (name: string, from: string, to: string) => pair(name, [from, to], [from, to]);

const CASES: ReadonlyArray<readonly [string, () => Promise<Outcome> | Outcome]> = [
  // Fidelity and Markdown that changes meaning.
  ['claim paragraph fenced with ```', () => content(gamma(`\`\`\`\n${TITLED}\n\`\`\``))],
  ['claim paragraph indented with a tab', () => content(gamma(`\t${TITLED}`))],
  ['claim paragraph turned into a heading by a "---" line under it', () => content(gamma(`${TITLED}\n---`))],
  ['hard break by a trailing backslash inside a claim', () => content(gamma(TITLED.replace('rewarded is', 'rewarded\\\nis')))],
  ['reference link "[text][ref]" in essay text', () => content(gamma(`${TITLED} [see][ref]`))],
  ['raw <span> tag around essay words', () => content(gamma(`<span>${TITLED}</span>`))],
  ['essay paragraph moved above the one before it', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace(/^(Many echo.*)\n\n(:claim\[Annexation.*)$/m, '$2\n\n$1')))],
  ['a word changed outside any claim', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('Many echo', 'Many repeat')))],
  ['Cyrillic "о" in essay text outside claims', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('Many echo', 'Many ech\u043e')))],
  ['our own bold note added in a paragraph', () => content(gamma(`${TITLED} **(Editor: see below.)**`))],
  ['a byline note whose words are not the capture\'s', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('By G. Writer, of the Third Review', 'By G. Writer')))],
  ['a 200,000-character paragraph in no capture', () => content(gamma(`${TITLED}\n\n${'Invented words go on. '.repeat(9000)}`))],
  ['tweet author attribute changed', () => content((dir) => edit(dir, 'essays/beta.md', (text) => text.replace('handle="@cposter"', 'handle="@cposter2"')))],
  ['tweet date attribute invented', () => content((dir) => edit(dir, 'essays/beta.md', (text) => text.replace('date="December 5th 2021"', 'date="December 6th 2021"')))],
  // Markup.
  ['relation line inside a blockquote', () => content(gamma(`${TITLED}\n\n> ::supports[Ours.]{from=gamma-precedents to=gamma-thesis}`))],
  ['relation from="a b" (two claims)', () => content(gamma(`${TITLED}\n\n::supports[Ours.]{from="gamma-precedents gamma-annexation" to=gamma-thesis}`))],
  ['claim marked inside an undercut\'s note', () => content(gamma(`${TITLED}\n\n::undercuts[:claim[x]{#gamma-x kind=reason}]{from=gamma-precedents to=gamma-annexation--supports--gamma-thesis}`))],
  ['contestable="yes" on a relation line', () => content(gamma(`${TITLED}\n\n::supports[Ours.]{from=gamma-precedents to=alpha-thesis contestable="yes"}`))],
  ['undercut naming a claim instead of a relation', () => content(gamma(`${TITLED}\n\n::undercuts[Ours.]{from=gamma-precedents to=gamma-thesis}`))],
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
  ['new-essay given a folder named x.txt', () => newEssay(['folder.txt'])],
  ['new-essay given an .html capture', () => newEssay(['page.html'])],
  ['new-essay given --id Upper_Case', () => newEssay(['plain.txt', '--id', 'Upper_Case'])],
  ['new-essay given bytes in no encoding chardet is sure of', () => newEssay(['noise.txt'])],
  ['new-essay given a path that does not exist', () => newEssay(['no such file.txt'])],

  // ---- Round 2 (issue 25's leftovers): new inputs per class, each with its exact message. ----
  // 1. Fidelity, both ways.
  ['R2 a claim\'s words reordered', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('Annexation rewarded is annexation repeated.', 'Annexation repeated is annexation rewarded.')))],
  ['R2 a curly apostrophe in the capture typed straight in the essay', () => content(async (dir) => { await edit(dir, 'sources/gamma.txt', (text) => text.replace('Many echo', 'Many’s echo')); await edit(dir, 'essays/gamma.md', (text) => text.replace('Many echo', "Many's echo")); })],
  ['R2 a sentence moved to the next paragraph', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace(/ :claim\[Peace can only come through victory\.\]\{[^}]*\}/, '').replace(':claim[Annexation rewarded', ':claim[Peace can only come through victory.]{#gamma-thesis kind=thesis title="Peace can only come through victory" rebuts="question"} :claim[Annexation rewarded')))],
  ['R2 an extra sentence in a reader comment', () => content((dir) => edit(dir, 'essays/alpha.md', (text) => text.replace('Nothing at all.', 'Nothing at all. Trust me.')))],
  ['R2 a sentence dropped from a reader comment', () => content((dir) => edit(dir, 'essays/alpha.md', (text) => text.replace(' Nothing at all.', '')))],
  ['R2 tweet handle attribute changed', () => content((dir) => edit(dir, 'essays/beta.md', (text) => text.replace('author="C. Poster"', 'author="C. Postr"')))],
  ['R2 tweet text changed', () => content((dir) => edit(dir, 'essays/beta.md', (text) => text.replace('Talks are not a reward.', 'Talks are no reward.')))],
  ['R2 a no-break space for a space inside a claim', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('annexation repeated', 'annexation\u00a0repeated')))],
  ['R2 a heading of ours added above a paragraph', () => content(gamma(`## Our heading\n\n${TITLED}`))],
  ['R2 a zero-width space inside a word', () => content((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('Many echo', 'Many ec\u200bho')))],
  // 4. Markdown that changes meaning.
  ['R2 a paragraph opening "1986. " (an ordered list)', () => content(pair('gamma', ['Annexation rewarded is', '1986. Annexation rewarded is'], ['\n:claim[Annexation rewarded', '\n1986. :claim[Annexation rewarded']))],
  ['R2 a paragraph opening "+ " (a bullet list)', () => content(pair('gamma', ['Annexation rewarded is', '+ Annexation rewarded is'], ['\n:claim[Annexation rewarded', '\n+ :claim[Annexation rewarded']))],
  ['R2 a blockquote marker before a claim paragraph', () => content(gamma(`> ${TITLED}`))],
  ['R2 "***" on a line inside a paragraph (a thematic break)', () => content(gamma(TITLED.replace(' :claim[The world', '\n***\n:claim[The world')))],
  ['R2 footnote syntax [^1] in essay text', () => content(gamma(`${TITLED} [^1]\n\n[^1]: Ours.`))],
  ['R2 a trailing backslash at the end of a paragraph', () => content(gamma(`${TITLED}\\`))],
  ['R2 an escaped bracket \\[ in essay text the capture has as [', () => content(pair('gamma', ['Many echo', '[Many] echo'], ['Many echo', '\\[Many\\] echo']))],
  ['R2 an HTML comment inside a paragraph', () => content(gamma(`${TITLED} <!-- ours -->`))],
  ['R2 a setext "===" line under a claim paragraph', () => content(gamma(`${TITLED}\n===`))],
  // 2. Content files checked in build:graph, never at render time.
  ['R2 reading-guide.yaml names an unknown claim id', () => realContent((dir) => edit(dir, 'reading-guide.yaml', (text) => text.replace('- evans-test-by-talks', '- evans-test-by-talk')))],
  ['R2 reading-guide.yaml with a duplicate key', () => realContent((dir) => edit(dir, 'reading-guide.yaml', (text) => text.replace(/^essays:/m, 'essays: []\nessays:')))],
  ['R2 reading-guide.yaml with a list where a text goes', () => realContent((dir) => edit(dir, 'reading-guide.yaml', (text) => text.replace('    context: >-', '    context: [a, b]\n    old-context: >-')))],
  ['R2 clash-questions.yaml with a question id used twice', () => realContent((dir) => edit(dir, 'clash-questions.yaml', (text) => text.replace('  - id: security-or-regime', '  - id: security-or-regime\n    question: Twice?\n    note: Ours.\n    claims: []\n  - id: security-or-regime')))],
  ['R2 method.md link with an upper-case JAVASCRIPT: scheme', () => realContent((dir) => edit(dir, 'method.md', (text) => `${text}\n[x](JAVASCRIPT:alert(1))\n`))],
  ['R2 method.md link whose scheme is spelt with an entity (jav&#x61;script:)', () => realContent((dir) => edit(dir, 'method.md', (text) => `${text}\n[x](jav&#x61;script:alert(1))\n`))],
  ['R2 method.md reference-style image on another host', () => realContent((dir) => edit(dir, 'method.md', (text) => `${text}\n![x][pic]\n\n[pic]: https://cdn.example.org/x.png\n`))],
  ['R2 method.md autolink <vbscript:…>', () => realContent((dir) => edit(dir, 'method.md', (text) => `${text}\n<vbscript:msgbox(1)>\n`))],
  ['R2 captures.json naming a file outside content/ (../)', () => realContent((dir) => edit(dir, 'captures.json', (text) => text.replace('"file": "000_2cb6fd4a0e923418.txt"', '"file": "../../../etc/passwd"')))],
  ['R2 a capture in sources/ that is a symlink out of content/', () => realContent(async (dir) => { await rm(join(dir, 'sources/002_f96620cda919961a.txt')); await symlink('/etc/hostname', join(dir, 'sources/002_f96620cda919961a.txt')); })],
  ['R2 an essay in essays/ that is a symlink out of content/', () => content(async (dir) => { await writeFile(join(scratch, 'outside.md'), '# not ours\n'); await symlink(join(scratch, 'outside.md'), join(dir, 'essays/delta.md')); })],
  ['R2 captures.json with a trailing comma', () => realContent((dir) => edit(dir, 'captures.json', (text) => text.replace(/\}\s*\]\s*\}\s*$/, '},\n]}\n')))],
  ['R2 question.json with no text', () => realContent((dir) => writeFile(join(dir, 'question.json'), '{ "id": "question" }\n'))],
  // 5. Environment and files.
  ['R2 BASE with a backslash', () => script('scripts/build-graph.ts', { BASE: '/course\\argmap/' })],
  ['R2 BASE with a double-encoded dot (%252e%252e)', () => script('scripts/build-graph.ts', { BASE: '/a/%252e%252e/b/' })],
  ['R2 BASE with non-ASCII letters', () => script('scripts/build-graph.ts', { BASE: '/cours/été/' })],
  ['R2 SITE with a query', () => script('scripts/build-graph.ts', { SITE: 'https://teach.example.edu/?term=2' })],
  ['R2 SITE with a user name and password', () => script('scripts/build-graph.ts', { SITE: 'https://ann:secret@teach.example.edu' })],
  ['R2 OUT_DIR pointing into content/', () => script('scripts/build-headers.ts', { OUT_DIR: 'content/essays' })],
  ['R2 CONTENT_DIR naming a file', () => script('scripts/build-graph.ts', { CONTENT_DIR: 'package.json' })],
  ['R2 MAP_TOP_CLAIMS=-3', () => script('scripts/build-graph.ts', { MAP_TOP_CLAIMS: '-3' })],
  ['R2 GRAPH_OUT inside content/', () => script('scripts/build-graph.ts', { GRAPH_OUT: 'content/graph.json' })],
  // 6. new-essay.
  ['R2 new-essay given an empty file with a BOM', () => newEssay(['bom-only.txt'])],
  ['R2 new-essay given a capture of spaces and blank lines', () => newEssay(['blank.txt'])],
  ['R2 new-essay given a CRLF capture', async () => {
    const outcome = await newEssay(['crlf.txt', '--id', 'crlf-essay']);
    const essay = await readFile(join(scratch, 'content/essays/crlf-essay.md'), 'utf8');
    assert.doesNotMatch(essay, /\r/);
    assert.match(essay, /^First paragraph of the essay\.$/m);
    return outcome.lines[0]?.startsWith('(accepted)') ? { lines: ['(accepted) essays/crlf-essay.md written with LF line ends, one paragraph a capture line'] } : outcome;
  }],
  ['R2 new-essay given a 50 MB capture', () => newEssay(['huge.txt', '--id', 'huge-essay'])],
  ['R2 new-essay given a dangling symlink', () => newEssay(['dangling.txt'])],
  ['R2 new-essay given a capture with NUL bytes in text', () => newEssay(['nul.txt'])],
  ['R2 new-essay given --id with non-ASCII letters', () => newEssay(['plain.txt', '--id', 'été'])],
  // 7. Exports.
  ['R2 title with a carriage return and a RIS tag after it', () => exported(frontmatter('title', 'Gamma\rTY  - JOUR'), (graph) => {
    const ris = toRis(essayRecord(CITED(graph), 'https://example.org/essays/gamma/'));
    assert.equal(ris.match(/^TY {2}- /gm)?.length, 1);
    return `cite.ris holds 1 record; its title line: ${JSON.stringify(ris.split('\n').find((line) => line.startsWith('TI')))}`;
  })],
  ['R2 title with "}" and "@misc{" (BibTeX)', () => exported(frontmatter('title', 'Gamma} @misc{x, title={y}'), (graph) => {
    const bibtex = toBibtex(essayRecord(CITED(graph), 'https://example.org/essays/gamma/'));
    assert.equal(bibtex.match(/^@/gm)?.length, 1);
    return `cite.bib holds 1 entry; ${JSON.stringify(bibtex.split('\n').find((line) => /title/.test(line))?.trim())}`;
  })],
  ['R2 claim words starting "=" (a CSV formula)', () => exported(both('gamma', 'Annexation rewarded is', '=HYPERLINK("x")+Annexation rewarded is'), (graph) => {
    const rows = parseCsv(toCsv(graph, { absoluteUrl: () => undefined }), { columns: true, bom: true }) as Record<string, string>[];
    const cell = rows.find((row) => row.id === 'gamma-annexation')!.text!;
    assert.ok(!/^[=+\-@]/.test(cell));
    return `claims.csv cell: ${JSON.stringify(cell)}`;
  })],
  ['R2 a claim title starting "@" or "+" (a CSV formula)', () => exported((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('title="Rewarding annexation invites more of it"', 'title="@SUM(A1)+Rewarding annexation"')), (graph) => {
    const rows = parseCsv(toCsv(graph, { absoluteUrl: () => undefined }), { columns: true, bom: true }) as Record<string, string>[];
    const cell = rows.find((row) => row.id === 'gamma-annexation')!.title!;
    assert.ok(!/^[=+\-@]/.test(cell));
    return `claims.csv title cell: ${JSON.stringify(cell)}`;
  })],
  ['R2 claim words with "{" and "}" (Argdown)', () => exported(both('gamma', 'Annexation rewarded is', 'Annexation {rewarded: x} is'), (graph) => {
    const document = toArgdown(graph, { absoluteUrl: () => undefined });
    const parsed = parseArgdown(document);
    assert.equal(parsed.errors.length, 0);
    return `graph.argdown parses with 0 errors; ${JSON.stringify(document.split('\n').find((line) => line.includes('rewarded'))?.slice(0, 90))}`;
  })],
];

const rows: string[] = [];
/** Each refused input's message, to find inputs stopped by one check they were not written to try. */
const messages = new Map<string, string>();

/**
 * Inputs that try one mechanism two ways, and so share a message. Any other two inputs with the same
 * message are an error of the table: one of them is stopped by a check it was not written to try (as ten
 * were once stopped by "has no title" when claims came to need titles), and tries nothing.
 */
const SAME_MECHANISM: ReadonlyArray<readonly string[]> = [
  ['claim paragraph fenced with ```', 'claim paragraph indented with a tab'],
  ['claim paragraph turned into a heading by a "---" line under it', 'R2 a setext "===" line under a claim paragraph'],
  ['R2 a paragraph opening "1986. " (an ordered list)', 'R2 a paragraph opening "+ " (a bullet list)'],
];

/** Groups of refused inputs that share a message without being declared in SAME_MECHANISM. */
function undeclaredSharing(): string[][] {
  const byMessage = new Map<string, string[]>();
  for (const [name, message] of messages) byMessage.set(message, [...(byMessage.get(message) ?? []), name]);
  const declared = (names: string[]) => SAME_MECHANISM.some((group) => names.every((name) => group.includes(name)));
  return [...byMessage.values()].filter((names) => names.length > 1 && !declared(names));
}

/** Inputs that are rightly accepted: the check asserts what the build made of them. */
const ACCEPTED = new Set<string>([
  'R2 a no-break space for a space inside a claim',
  'R2 an escaped bracket \\[ in essay text the capture has as [',
  'R2 a blockquote marker before a claim paragraph',
  'R2 new-essay given a CRLF capture',
  'R2 title with a carriage return and a RIS tag after it',
  'R2 title with "}" and "@misc{" (BibTeX)',
  'R2 claim words starting "=" (a CSV formula)',
  'R2 a claim title starting "@" or "+" (a CSV formula)',
  'R2 claim words with "{" and "}" (Argdown)',
]);

/**
 * A temporary folder of these tests, written absolute or relative to the project (scripts print paths
 * relative to where they run): `/tmp/hostile-x1`, `../../../tmp/hostile-x1`, or `../hostile-x1` from a
 * checkout in /tmp. Shown as `…`, so a message reads the same from any checkout.
 */
const TEMP_FOLDER = new RegExp(`(?:${escapeStringRegexp(tmpdir())}|${escapeStringRegexp(relative(ROOT, tmpdir()) || '.')})/hostile-[^/ "]+`, 'g');

/** The exact message of each round-2 input (tmpdir paths shown as …). */
const EXPECTED: Record<string, string> = {
  "R2 a claim's words reordered":
    "essays/gamma.md:18:1: error: claim \"gamma-annexation\" is not word for word in gamma.txt: nearest capture text, with the difference marked ([-capture-] {+essay+}): \"Annexation [-rewarded-] {+repeated+} is annexation [-repeated-] {+rewarded+}.\"; copy the words exactly as captured",
  "R2 a curly apostrophe in the capture typed straight in the essay":
    "essays/gamma.md:16:1: error: line 3 of capture gamma.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): \"Many[-’-] {+'+}s echo the sentiment that land …\"; put the capture's words back verbatim, or list the line in captures.json if it is not body text",
  "R2 a sentence moved to the next paragraph":
    "essays/gamma.md:18:1: error: this paragraph runs across a paragraph break of gamma.txt (its line ends before \"Annexation rewarded is annexation repeat…\"): the essay's paragraphs are the capture's, so a sentence was moved into or out of this one; split or join it where the capture's lines end",
  "R2 an extra sentence in a reader comment":
    "essays/alpha.md:40:1: error: reader comment 1 is not word for word in alpha-comments.txt: nearest capture text, with the difference marked ([-capture-] {+essay+}): \"Talking costs nothing. Nothing at all. {+Trust me.+}\"; copy the comment exactly as captured",
  "R2 a sentence dropped from a reader comment":
    "essays/alpha.md:40:1: error: line 2 of capture alpha-comments.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): \"Talking costs nothing. [-Nothing at all.-]\"; put the capture's words back verbatim, or list the line in captures.json if it is not body text",
  "R2 tweet handle attribute changed":
    "essays/beta.md:16:1: error: line 4 of capture beta.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): \"C. [-Poster-] {+Postr+}\"; put the capture's words back verbatim, or list the line in captures.json if it is not body text",
  "R2 tweet text changed":
    "essays/beta.md:17:1: error: line 4 of capture beta.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): \"Talks are [-not a-] {+no+} reward.\"; put the capture's words back verbatim, or list the line in captures.json if it is not body text",
  "R2 a no-break space for a space inside a claim":
    "(accepted) build:graph finds nothing to say: the words match the capture",
  "R2 a heading of ours added above a paragraph":
    "essays/gamma.md:18:1: error: this text is not word for word in gamma.txt: nothing like it is in the capture; the essay's words must be the capture's: copy them exactly, and remove what the capture does not have (our words go in the frontmatter or a relation's note)",
  "R2 a zero-width space inside a word":
    "essays/gamma.md:16:1: error: line 3 of capture gamma.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): \"Many [-echo-] {+ec​ho+} the sentiment that land should …\"; put the capture's words back verbatim, or list the line in captures.json if it is not body text",
  "R2 a paragraph opening \"1986. \" (an ordered list)":
    "essays/gamma.md:18:1: error: this line starts a list (\"1986. \", \"1) \", \"- \", \"+ \" or \"* \" at the start of a line): Markdown shows the number or mark as a list marker, outside the words the build checks against the capture, so it could be anything; if the capture's paragraph starts so, write it with a backslash (\"1986\\. …\", \"\\+ …\") so it stays a paragraph, and if it is not the capture's, remove it",
  "R2 a paragraph opening \"+ \" (a bullet list)":
    "essays/gamma.md:18:1: error: this line starts a list (\"1986. \", \"1) \", \"- \", \"+ \" or \"* \" at the start of a line): Markdown shows the number or mark as a list marker, outside the words the build checks against the capture, so it could be anything; if the capture's paragraph starts so, write it with a backslash (\"1986\\. …\", \"\\+ …\") so it stays a paragraph, and if it is not the capture's, remove it",
  "R2 a blockquote marker before a claim paragraph":
    "(accepted) build:graph finds nothing to say: the words match the capture",
  "R2 \"***\" on a line inside a paragraph (a thematic break)":
    "essays/gamma.md:19:1: error: this line (\"***\", \"---\" or \"___\" alone) is a thematic break, drawn as a rule across the page and splitting the paragraph around it: if it is a separator the capture has, list it in captures.json as chrome and delete it here; otherwise remove it",
  "R2 footnote syntax [^1] in essay text":
    "essays/gamma.md:18:1: error: this text is not word for word in gamma.txt: nearest capture text, with the difference marked ([-capture-] {+essay+}): \"Annexation rewarded is annexation repeated. The world forced aggressors back before. {+^1+}\"; the essay's words must be the capture's: copy them exactly, and remove what the capture does not have (our words go in the frontmatter or a relation's note)",
  "R2 a trailing backslash at the end of a paragraph":
    "essays/gamma.md:18:1: error: this text is not word for word in gamma.txt: nearest capture text, with the difference marked ([-capture-] {+essay+}): \"Annexation rewarded is annexation repeated. The world forced aggressors back before.{+\\+}\"; the essay's words must be the capture's: copy them exactly, and remove what the capture does not have (our words go in the frontmatter or a relation's note)",
  "R2 an escaped bracket \\[ in essay text the capture has as [":
    "(accepted) build:graph finds nothing to say: the words match the capture",
  "R2 an HTML comment inside a paragraph":
    "essays/gamma.md:18:1: error: this text is not word for word in gamma.txt: nearest capture text, with the difference marked ([-capture-] {+essay+}): \"Annexation rewarded is annexation repeated. The world forced aggressors back before. {+<!-- ours -->+}\"; the essay's words must be the capture's: copy them exactly, and remove what the capture does not have (our words go in the frontmatter or a relation's note)",
  "R2 a setext \"===\" line under a claim paragraph":
    "essays/gamma.md:19:1: error: this \"===\" or \"---\" line under a paragraph turns the paragraph into a heading: if it is a separator the capture has, list it in captures.json as chrome and delete it here (or leave a blank line above it); write headings as \"## Heading\"",
  "R2 reading-guide.yaml names an unknown claim id":
    "…/reading-guide.yaml:19:13: error: reading guide (call-putin-out, question 1): unknown claim \"evans-test-by-talk\": did you mean \"evans-test-by-talks\"?",
  "R2 reading-guide.yaml with a duplicate key":
    "…/reading-guide.yaml:6:1: error: the reading guide is not valid YAML: Map keys must be unique",
  "R2 reading-guide.yaml with a list where a text goes":
    "…/reading-guide.yaml:7:5: error: the reading guide at essays.0.context: write a context paragraph as text",
  "R2 clash-questions.yaml with a question id used twice":
    "…/clash-questions.yaml:12:5: error: question id \"security-or-regime\" is used twice: give each question its own id",
  "R2 method.md link with an upper-case JAVASCRIPT: scheme":
    "…/method.md:46:1: error: link to \"JAVASCRIPT:alert(1)\" uses the javascript: scheme, which runs or embeds something instead of opening a page; the page would drop it, leaving dead text: link to an https:// address or a page of the site",
  "R2 method.md link whose scheme is spelt with an entity (jav&#x61;script:)":
    "…/method.md:46:1: error: link to \"javascript:alert(1)\" uses the javascript: scheme, which runs or embeds something instead of opening a page; the page would drop it, leaving dead text: link to an https:// address or a page of the site",
  "R2 method.md reference-style image on another host":
    "…/method.md:48:1: error: image \"https://cdn.example.org/x.png\" is not on this site: the pages load nothing from other origins (their security policy blocks it), so it would show broken; copy it into public/ and write its path (/images/…), or remove it",
  "R2 method.md autolink <vbscript:…>":
    "…/method.md:46:1: error: link to \"vbscript:msgbox(1)\" uses the vbscript: scheme, which runs or embeds something instead of opening a page; the page would drop it, leaving dead text: link to an https:// address or a page of the site",
  "R2 captures.json naming a file outside content/ (../)":
    "…/captures.json:4:1: error: captures.json lists ../../../etc/passwd, which is not in sources/: fix the name, add the capture, or remove the record",
  "R2 a capture in sources/ that is a symlink out of content/":
    "…/sources/002_f96620cda919961a.txt:1:1: error: this file is a link to /etc/hostname, outside the content folder: the site would publish whatever that file holds as content; copy the file itself into the content folder",
  "R2 an essay in essays/ that is a symlink out of content/":
    "essays/delta.md:1:1: error: this file is a link to …/outside.md, outside the content folder: the site would publish whatever that file holds as content; copy the file itself into the content folder",
  "R2 captures.json with a trailing comma":
    "…/captures.json:167:1: error: captures.json is not valid JSON: Unexpected token ']', ...\" ] }, ]} \" is not valid JSON",
  "R2 question.json with no text":
    "…/question.json:1:1: error: the central question has no \"text\": add it ({\"id\": \"question\", \"text\": \"…?\"})",
  "R2 BASE with a backslash":
    "environment: error: BASE=\"/course\\\\argmap/\" has a character a path segment cannot carry unescaped in \"course\\\\argmap\"; set it to the path the site is served under, e.g. BASE=/course/argmap/",
  "R2 BASE with a double-encoded dot (%252e%252e)":
    "environment: error: BASE=\"/a/%252e%252e/b/\" holds \"%25\", a percent-encoded \"%\" (decoded twice by some servers, it hides a \".\" or \"/\"), which browsers decode, so links could resolve outside the base: write the path plainly; set it to the path the site is served under, e.g. BASE=/course/argmap/",
  "R2 BASE with non-ASCII letters":
    "environment: error: BASE=\"/cours/été/\" has a character a path segment cannot carry unescaped in \"été\"; set it to the path the site is served under, e.g. BASE=/course/argmap/",
  "R2 SITE with a query":
    "environment: error: SITE=\"https://teach.example.edu/?term=2\" is not an origin alone (it has a path, query or fragment); set it to the origin the site is served from, e.g. SITE=https://courses.example.edu (a subpath goes in BASE)",
  "R2 SITE with a user name and password":
    "environment: error: SITE=\"https://ann:secret@teach.example.edu\" carries a user name or password; set it to the origin the site is served from, e.g. SITE=https://courses.example.edu (a subpath goes in BASE)",
  "R2 OUT_DIR pointing into content/":
    "environment: error: OUT_DIR=\"content/essays\" is inside the content folder (<project>/content), which holds what people write: the build would write its output among the essays; point OUT_DIR outside it, e.g. OUT_DIR=dist",
  "R2 CONTENT_DIR naming a file":
    "environment: error: CONTENT_DIR=\"package.json\" is a file (<project>/package.json), not a folder: point CONTENT_DIR at a folder",
  "R2 MAP_TOP_CLAIMS=-3":
    "environment: error: MAP_TOP_CLAIMS=\"-3\" is not a whole number above 0: unset it or give one, e.g. MAP_TOP_CLAIMS=60",
  "R2 GRAPH_OUT inside content/":
    "environment: error: GRAPH_OUT=\"content/graph.json\" is inside the content folder (<project>/content), which holds what people write: the build would write its output among the essays; point GRAPH_OUT outside it, e.g. GRAPH_OUT=src/data/graph.json",
  "R2 new-essay given an empty file with a BOM":
    "bom-only.txt:1:1: error: the capture holds only blank space: open the page in a browser, select the essay and its comments, and save them as plain text (.txt, UTF-8)",
  "R2 new-essay given a capture of spaces and blank lines":
    "blank.txt:1:1: error: the capture holds only blank space: open the page in a browser, select the essay and its comments, and save them as plain text (.txt, UTF-8)",
  "R2 new-essay given a CRLF capture":
    "(accepted) essays/crlf-essay.md written with LF line ends, one paragraph a capture line",
  "R2 new-essay given a 50 MB capture":
    "huge.txt: error: the capture is 49.1 MB, more than the 5 MB an essay page with its comments comes to (this one's text is likely more than one page: a log, an export, a whole site): save just the essay's page as text",
  "R2 new-essay given a dangling symlink":
    "dangling.txt: error: cannot read it (ENOENT): check the path (a path with spaces needs quotes: npm run new-essay -- \"my capture.txt\")",
  "R2 new-essay given a capture with NUL bytes in text":
    "nul.txt:1:6: error: the capture holds a control character (U+0000) no text file holds, so it is binary or damaged: open the page in a browser, select the essay and its comments, and save them as plain text (.txt, UTF-8)",
  "R2 new-essay given --id with non-ASCII letters":
    "new-essay: essay id \"été\" is not kebab-case: use lower-case letters, digits and single hyphens (--id why-putin-fights)",
  "R2 title with a carriage return and a RIS tag after it":
    "(accepted) cite.ris holds 1 record; its title line: \"TI  - Gamma TY - JOUR\\r\"",
  "R2 title with \"}\" and \"@misc{\" (BibTeX)":
    "(accepted) cite.bib holds 1 entry; \"booktitle = {Third {Review}},\"",
  "R2 claim words starting \"=\" (a CSV formula)":
    "(accepted) claims.csv cell: \"'=HYPERLINK(\\\"x\\\")+Annexation rewarded is annexation repeated.\"",
  "R2 a claim title starting \"@\" or \"+\" (a CSV formula)":
    "(accepted) claims.csv title cell: \"'@SUM(A1)+Rewarding annexation\"",
  "R2 claim words with \"{\" and \"}\" (Argdown)":
    "(accepted) graph.argdown parses with 0 errors; \"[Rewarding annexation invites more of it]: Annexation \\\\{rewarded: x\\\\} is annexation repeat\"",
};

// Three cases at a time: most run a script, which waits on its own process start far more than on the CPU.
describe('hostile inputs', { concurrency: 3 }, () => {
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
    await writeFile(join(scratch, 'bom-only.txt'), '\ufeff');
    await writeFile(join(scratch, 'blank.txt'), '  \n\n\t\n   \n');
    await writeFile(join(scratch, 'crlf.txt'), 'A Title\r\nBy Ann Author\r\nFirst paragraph of the essay.\r\nSecond paragraph of the essay.\r\n');
    await writeFile(join(scratch, 'huge.txt'), `${'A long paragraph of essay words, repeated for size. '.repeat(60)}\n`.repeat(16_500));
    await symlink(join(scratch, 'nowhere.txt'), join(scratch, 'dangling.txt'));
    await writeFile(join(scratch, 'nul.txt'), 'Words\u0000 and more words.\nA second line.\n');
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
      const accepted = ACCEPTED.has(name);
      if (accepted) assert.match(outcome.lines[0] ?? '', /^\(accepted\) /, `should be accepted: ${text}`);
      else assert.ok(said.length > 0, `silent: ${text || '(nothing)'}`);
      assert.ok(!said.some((line) => /: bug: /.test(line)), `a bug: ${text}`);
      // The most specific line: one about the input itself before the fidelity lines it also causes.
      const first = accepted ? outcome.lines[0]! : (said.find((line) => /error: /.test(line) && !/error: line \d+ of capture/.test(line)) ?? said.find((line) => /error: /.test(line)) ?? said[0]!);
      // Temporary folders as …, the project as <project>: the same message from any checkout.
      const message = first.replace(TEMP_FOLDER, '…').replaceAll(ROOT, '<project>');
      rows.push(`| ${index + 1} | ${name.replace(/\|/g, '\\|')} | \`${message.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`);
      if (process.env.HOSTILE_MESSAGES) console.log(JSON.stringify([name, message]));
      if (!accepted) messages.set(name, message);
      if (EXPECTED[name] !== undefined) assert.equal(message, EXPECTED[name]);
    });
  }
});

// After every input has run (top-level suites run one after another): a failing after() hook would not fail the run.
describe('hostile inputs, as a table', () => {
  test('no two refused inputs share a message unless they try one mechanism (SAME_MECHANISM)', () => {
    assert.ok(messages.size > 0, 'run with the hostile inputs: no message was recorded');
    assert.deepEqual(undeclaredSharing(), [], 'inputs with one message: each should try its own check, or be declared in SAME_MECHANISM');
  });
});
