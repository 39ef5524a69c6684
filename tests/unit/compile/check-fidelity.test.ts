/**
 * Fidelity both ways, and every content file checked in the graph step: the examples of issue 25, each
 * as the build prints it. The good fixture content is copied, changed as an instructor might, and read
 * as `build:graph` reads it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readContent } from '../../../src/compile/read-content.ts';
import { formatProblem } from '../../../src/compile/problem.ts';
import { checkClashQuestions } from '../../../src/compile/check-clash-questions.ts';
import { methodProblems } from '../../../src/compile/check-method.ts';
import { findSupportCycles } from '../../../src/compile/build-graph/find-support-cycles.ts';
import type { ExtractedRelation } from '../../../src/compile/extract/extracted-essay.ts';
import { GOOD } from '../../helpers/content.ts';

/** The printed lines for a copy of the good content changed by `change`; asserts nothing was built. */
async function linesFor(change: (dir: string) => Promise<void>): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'content-'));
  try {
    await cp(GOOD, dir, { recursive: true });
    await change(dir);
    const { graph, problems } = await readContent(dir, (path) => relative(dir, path));
    const errors = problems.filter((problem) => problem.severity === 'error');
    assert.ok(graph === undefined || errors.length === 0);
    return problems.map(formatProblem);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const edit = async (dir: string, path: string, change: (text: string) => string) => writeFile(join(dir, path), change(await readFile(join(dir, path), 'utf8')));

const CASES: ReadonlyArray<readonly [string, (dir: string) => Promise<void>, readonly string[]]> = [
  ['a paragraph in no capture', (dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('::supports[Gamma', 'We the editors add this paragraph of our own.\n\n::supports[Gamma')), [
    'essays/gamma.md:20:1: error: this text is not word for word in gamma.txt: nothing like it is in the capture; the essay\'s words must be the capture\'s: copy them exactly, and remove what the capture does not have (our words go in the frontmatter or a relation\'s note)',
  ]],
  ['a sentence after the thesis', (dir) => edit(dir, 'essays/gamma.md', (text) => text.replace(/(\{#gamma-thesis [^}]*\})/, '$1 And so it must be.')), [
    'essays/gamma.md:16:1: error: this text is not word for word in gamma.txt: nearest capture text, with the difference marked ([-capture-] {+essay+}): "[-Review-] Many echo the sentiment that land … can only come through victory. [-Annexation rewarded is-] {+And so it must be.+}"; the essay\'s words must be the capture\'s: copy them exactly, and remove what the capture does not have (our words go in the frontmatter or a relation\'s note)',
  ]],
  ['a heading of our own', (dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('Many echo', '## Why peace needs victory\n\nMany echo')), [
    'essays/gamma.md:16:1: error: this text is not word for word in gamma.txt: nothing like it is in the capture; the essay\'s words must be the capture\'s: copy them exactly, and remove what the capture does not have (our words go in the frontmatter or a relation\'s note)',
  ]],
  ['a tweet whose text is not the capture\'s', (dir) => edit(dir, 'essays/beta.md', (text) => text.replace('Talks are not a reward.\n', 'Talks are never a reward.\n')), [
    'essays/beta.md:17:1: error: line 4 of capture beta.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): "Talks are [-not-] {+never+} a reward."; put the capture\'s words back verbatim, or list the line in captures.json if it is not body text',
  ]],
  ['a tweet attribute that is not the capture\'s', (dir) => edit(dir, 'essays/beta.md', (text) => text.replace('author="C. Poster"', 'author="C. Q. Poster"')), [
    'essays/beta.md:16:1: error: line 4 of capture beta.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): "[-C-] {+Q+}. Poster"; put the capture\'s words back verbatim, or list the line in captures.json if it is not body text',
  ]],
  ['a split line replaced by invented parts', (dir) => edit(dir, 'captures.json', (text) => text.replace('"Talks are not a reward."', '"Talks are a reward."')), [
    'captures.json:25:1: error: captures.json splits "C. Poster @cposterTalks are not a reward.December 5th 2021" of beta.txt, but the part "Talks are a reward." is not in that line: nearest, with the difference marked ([-capture-] {+essay+}): "{+Talks+} are [-not-] a {+reward.+}"; a split keeps the line\'s own words, cut into parts in order: copy them from the line',
    'essays/beta.md:17:1: error: line 4 of capture beta.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): "Talks are {+not+} a reward."; put the capture\'s words back verbatim, or list the line in captures.json if it is not body text',
  ]],
  ['a claim paragraph wrapped in table pipes', (dir) => edit(dir, 'essays/gamma.md', (text) => text.replace(/^(:claim\[Annexation.*)$/m, '| $1 |')), [
    'essays/gamma.md:18:1: error: this line is wrapped in table pipes ("| … |"): the site draws no tables, so the pipes would be shown as the essay\'s words; remove them and keep the words as a paragraph',
    'essays/gamma.md:18:1: error: this text is not word for word in gamma.txt: nearest capture text, with the difference marked ([-capture-] {+essay+}): "{+|+} Annexation rewarded is annexation repeated. The world forced aggressors back before. {+|+}"; the essay\'s words must be the capture\'s: copy them exactly, and remove what the capture does not have (our words go in the frontmatter or a relation\'s note)',
  ]],
  ['captures.json listing one capture twice', (dir) => edit(dir, 'captures.json', (text) => text.replace('"captures": [', '"captures": [\n    { "file": "gamma.txt", "essay": "gamma", "lines": [] },')), [
    'captures.json:32:1: error: captures.json lists gamma.txt twice (first at line 3): one record a capture; merge the two records\' lines into the first and remove this one',
  ]],
  ['captures.json listing a file that does not exist', (dir) => edit(dir, 'captures.json', (text) => text.replace('"captures": [', '"captures": [\n    { "file": "gama.txt", "essay": "gamma", "lines": [] },')), [
    'captures.json:3:1: error: captures.json lists gama.txt, which is not in sources/: fix the name, add the capture, or remove the record',
  ]],
  ['junk files beside the essays', async (dir) => {
    await symlink('user@host.4242:1700000000', join(dir, 'essays/.#gamma.md'));
    await writeFile(join(dir, 'essays/._gamma.md'), Buffer.from([0, 5, 22, 7, 0, 2]));
    await writeFile(join(dir, 'essays/.DS_Store'), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
    await writeFile(join(dir, 'essays/gamma.md~'), 'an old copy');
  }, [
    'essays/._gamma.md:1:1: warning: ignored: this is a macOS resource fork (AppleDouble), made when files are copied to a non-Mac disk, not an essay; nothing to do (delete it if the program that made it is closed)',
    'essays/.#gamma.md:1:1: warning: ignored: this is an editor\'s lock file (Emacs), there while the essay is open, not an essay; nothing to do (delete it if the program that made it is closed)',
    'essays/.DS_Store:1:1: warning: ignored: this is the operating system\'s folder settings, not an essay; nothing to do (delete it if the program that made it is closed)',
    'essays/gamma.md~:1:1: warning: ignored: this is a backup copy an editor or tool made, not an essay; nothing to do (delete it if the program that made it is closed)',
  ]],
];

describe('checkFidelity (both ways) and the content files, on the examples of issue 25', () => {
  for (const [name, change, expected] of CASES) {
    test(`reports ${name} with its exact message`, async () => {
      assert.deepEqual(await linesFor(change), expected);
    });
  }
});

describe('checkClashQuestions', () => {
  test('names an unknown relation id in clash-questions.yaml at its line, in the graph step', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clash-'));
    try {
      await cp(GOOD, dir, { recursive: true });
      const { graph } = await readContent(dir, (path) => relative(dir, path));
      assert.ok(graph);
      const file = join(dir, 'clash-questions.yaml');
      await writeFile(file, 'questions:\n  - id: q1\n    question: Does it hold?\n    relations:\n      - gamma-precedents--rebuts--beta-distrustt\n');
      const lines = checkClashQuestions(file, graph).problems.map(formatProblem).map((line) => line.replace(relative(process.cwd(), file), 'clash-questions.yaml'));
      assert.deepEqual(lines, ['clash-questions.yaml:5:9: error: "gamma-precedents--rebuts--beta-distrustt" is not a relation id in the graph; did you mean "gamma-precedents--rebuts--beta-distrust"? (ids are as in /graph.json; fix or remove it)']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('methodProblems', () => {
  test('names javascript:, vbscript: and data: links and an external image at their lines', () => {
    const text = '# Method\n\nSee [this](javascript:alert(1)), [that](VBScript:msgbox) and [the data](data:text/html,<b>x</b>).\n\n![a chart](https://cdn.example.org/chart.png)\n\n[fine](https://example.org/) [also fine](/about/)\n';
    assert.deepEqual(methodProblems('content/method.md', text).map(formatProblem), [
      'content/method.md:3:5: error: link to "javascript:alert(1)" uses the javascript: scheme, which runs or embeds something instead of opening a page; the page would drop it, leaving dead text: link to an https:// address or a page of the site',
      'content/method.md:3:34: error: link to "VBScript:msgbox" uses the vbscript: scheme, which runs or embeds something instead of opening a page; the page would drop it, leaving dead text: link to an https:// address or a page of the site',
      'content/method.md:3:62: error: link to "data:text/html,<b>x</b>" uses the data: scheme, which runs or embeds something instead of opening a page; the page would drop it, leaving dead text: link to an https:// address or a page of the site',
      'content/method.md:5:1: error: image "https://cdn.example.org/chart.png" is not on this site: the pages load nothing from other origins (their security policy blocks it), so it would show broken; copy it into public/ and write its path (/images/…), or remove it',
    ]);
  });
});

describe('findSupportCycles', () => {
  const place = { file: 'content/essays/chain.md', line: 1, column: 1 };
  const chain = (length: number): ExtractedRelation[] => Array.from({ length }, (_, index) => ({ from: `c${index}`, to: `c${index + 1}`, type: 'supports' as const, place: { ...place, line: index + 1 } }));

  test('walks a 20,000-claim chain without overflowing the stack', () => {
    assert.deepEqual(findSupportCycles(chain(20_000)), []);
  });

  test('finds the cycle that closes a 20,000-claim chain, at its line', () => {
    const relations = [...chain(20_000), { from: 'c20000', to: 'c0', type: 'supports' as const, place: { ...place, line: 20_001 } }];
    const problems = findSupportCycles(relations);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 20_001);
    assert.match(problems[0]!.message, /^supports-cycle: c0 -> c1 -> .* -> c20000 -> c0: a claim cannot support itself through others/);
  });
});
