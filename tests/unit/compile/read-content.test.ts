import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readContent } from '../../../src/compile/read-content.ts';
import { formatProblem } from '../../../src/compile/problem.ts';
import { GOOD } from '../../helpers/content.ts';

/** A copy of the good fixture content, changed by `change`, read as the build reads it: graph and printed lines. */
async function readCopy(change: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'content-'));
  try {
    await cp(GOOD, dir, { recursive: true });
    await change(dir);
    const { graph, problems } = await readContent(dir, (path) => relative(dir, path));
    return { graph, lines: problems.map(formatProblem) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** As `readCopy`, for a change the build must refuse: the printed lines. */
async function readChanged(change: (dir: string) => Promise<void>): Promise<string[]> {
  const { graph, lines } = await readCopy(change);
  assert.equal(graph, undefined, lines.join('\n'));
  return lines;
}

/** Rewrites a file of the copy. */
const edit = async (dir: string, path: string, change: (text: string) => string) => writeFile(join(dir, path), change(await readFile(join(dir, path), 'utf8')));

describe('readContent', () => {
  test('reports a question file that is not JSON', async () => {
    const lines = await readChanged((dir) => writeFile(join(dir, 'question.json'), '{ "id": "question", '));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^question\.json:1:1: error: the central question is not valid JSON: /);
  });

  test('reports a question without its text', async () => {
    const lines = await readChanged((dir) => writeFile(join(dir, 'question.json'), '{ "id": "question" }'));
    assert.deepEqual(lines, ['question.json:1:1: error: the central question has no "text": add it ({"id": "question", "text": "…?"})']);
  });

  test('reports a content folder without essays', async () => {
    const lines = await readChanged((dir) => rm(join(dir, 'essays'), { recursive: true }));
    assert.deepEqual(lines, ['essays:1:1: error: no essays: put one Markdown file per essay in this folder']);
  });

  test('checks essays\' sources against the captures present', async () => {
    const lines = await readChanged((dir) => rm(join(dir, 'sources/gamma.txt')));
    assert.deepEqual(lines, [
      'captures.json:31:1: error: captures.json lists gamma.txt, which is not in sources/: fix the name, add the capture, or remove the record',
      'essays/gamma.md:8:1: error: frontmatter field "sources": "gamma.txt" is not a capture in sources/: name one of the files there: alpha-comments.txt, alpha.txt, beta.txt',
    ]);
  });
});

describe('readContent on odd files', () => {
  test('reports a folder named like an essay instead of crashing (EISDIR)', async () => {
    const lines = await readChanged((dir) => mkdir(join(dir, 'essays/notes.md')));
    assert.deepEqual(lines, ['essays/notes.md:1:1: error: this is a folder, not an essay: essays are files named <essay-id>.md; rename the folder or move it out of essays/']);
  });

  test('reports a symbolic-link loop instead of crashing (ELOOP)', async () => {
    const lines = await readChanged((dir) => symlink('loop.md', join(dir, 'essays/loop.md')));
    assert.deepEqual(lines, ['essays/loop.md:1:1: error: this is a symbolic link that leads back to itself (a loop): replace it with the essay file itself']);
  });

  test('reports essays saved as .markdown or .MD, which would be left out in silence', async () => {
    const lines = await readChanged(async (dir) => {
      await writeFile(join(dir, 'essays/delta.markdown'), 'words');
      await writeFile(join(dir, 'essays/epsilon.MD'), 'words');
    });
    assert.deepEqual(lines, [
      'essays/delta.markdown:1:1: error: this file is not read: essays are named <essay-id>.md (lower-case ".md"); rename it to "delta.md"',
      'essays/epsilon.MD:1:1: error: this file is not read: essays are named <essay-id>.md (lower-case ".md"); rename it to "epsilon.md"',
    ]);
  });

  test('rejects bytes that are not UTF-8, naming the byte offset', async () => {
    let offset = 0;
    const lines = await readChanged(async (dir) => {
      const bytes = await readFile(join(dir, 'essays/gamma.md'));
      offset = bytes.indexOf('Annexation');
      await writeFile(join(dir, 'essays/gamma.md'), Buffer.concat([bytes.subarray(0, offset), Buffer.from([0xff, 0xfe]), bytes.subarray(offset)]));
    });
    assert.deepEqual(lines, [`essays/gamma.md:18:8: error: the file is not valid UTF-8: byte 0xFF at byte offset ${offset} is not part of a UTF-8 character (it would show as "�"); save the file as UTF-8`]);
  });

  test('names a byte-order mark at the start of question.json', async () => {
    const lines = await readChanged((dir) => edit(dir, 'question.json', (text) => `\uFEFF${text}`));
    assert.deepEqual(lines, ['question.json:1:1: error: the file starts with a byte-order mark (U+FEFF), which hides the first line from the parser: save it as UTF-8 without a BOM']);
  });

  test('names a captures.json it cannot read, and no fidelity error that only follows from it', async () => {
    const lines = await readChanged((dir) => edit(dir, 'captures.json', (text) => `\uFEFF${text}`));
    assert.deepEqual(lines, ['captures.json:1:1: error: the file starts with a byte-order mark (U+FEFF), which hides the first line from the parser: save it as UTF-8 without a BOM']);
  });

  test('rejects a captures.json line with an unknown "as", at its line', async () => {
    const lines = await readChanged((dir) => edit(dir, 'captures.json', (text) => text.replace('"as": "metadata", "why": "title" }', '"as": "title", "why": "title" }')));
    assert.deepEqual(lines, [
      'captures.json:20:27: error: captures.json captures.2.lines.0.as: "as": "title" is not a kind of capture line: use one of "chrome", "metadata", "split" (chrome: removed; metadata: moved to the frontmatter; split: cut into parts)',
    ]);
  });

  test('warns when a title has characters the preview-card fonts cannot draw', async () => {
    const { graph, lines } = await readCopy((dir) => edit(dir, 'essays/gamma.md', (text) => text.replace('title: "Gamma"', 'title: "Gamma 🕊 和平"')));
    assert.ok(graph, 'a warning does not stop the build');
    assert.deepEqual(lines, [
      'essays/gamma.md:2:1: warning: frontmatter field "title" has "🕊" (U+1F54A), "和" (U+548C), "平" (U+5E73), which the preview-card fonts (src/og/fonts) cannot draw: the card shared for this page will show an empty box for each; the page itself is fine',
    ]);
  });
});

describe('readContent checks fidelity to the captures', () => {
  test('rejects a reworded claim, showing the capture text with the difference marked', async () => {
    const lines = await readChanged(async (dir) => {
      await edit(dir, 'essays/gamma.md', (text) => text.replace('land should be traded for peace', 'land must be traded for peace'));
    });
    assert.deepEqual(lines, [
      'essays/gamma.md:16:1: error: line 3 of capture gamma.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): "Many echo the sentiment that land [-should-] {+must+} be traded for peace. Peace can only come through victory."; put the capture\'s words back verbatim, or list the line in captures.json if it is not body text',
      'essays/gamma.md:16:30: error: claim "gamma-land-for-peace" is not word for word in gamma.txt: nearest capture text, with the difference marked ([-capture-] {+essay+}): "land [-should-] {+must+} be traded for peace"; copy the words exactly as captured',
    ]);
  });

  test('rejects an essay that leaves out a body line of its capture', async () => {
    const lines = await readChanged((dir) => edit(dir, 'sources/gamma.txt', (text) => `${text}The capture has one more sentence here.\n`));
    assert.deepEqual(lines, [
      'essays/gamma.md:1:1: error: line 5 of capture gamma.txt is not in the essay: nothing like "The capture has one more sentence here." is in it; put the capture\'s words back verbatim, or list the line in captures.json if it is not body text',
    ]);
  });

  test('rejects a reader comment that is not in the capture it names', async () => {
    const lines = await readChanged((dir) => edit(dir, 'essays/alpha.md', (text) => text.replace('Nothing at all.', 'Nothing whatsoever.')));
    assert.deepEqual(lines, [
      'essays/alpha.md:40:1: error: line 2 of capture alpha-comments.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): "Talking costs nothing. Nothing [-at all-] {+whatsoever+}."; put the capture\'s words back verbatim, or list the line in captures.json if it is not body text',
      'essays/alpha.md:40:1: error: reader comment 1 is not word for word in alpha-comments.txt: nearest capture text, with the difference marked ([-capture-] {+essay+}): "Talking costs nothing. Nothing [-at all-] {+whatsoever+}."; copy the comment exactly as captured',
    ]);
  });

  test('rejects a captures.json entry that names no line of its capture', async () => {
    const lines = await readChanged((dir) => edit(dir, 'captures.json', (text) => text.replace('{ "text": "Gamma", "as": "metadata"', '{ "text": "Gamma!", "as": "metadata"')));
    assert.deepEqual(lines, [
      'captures.json:34:27: error: captures.json lists "Gamma!" as metadata of gamma.txt, but no line of that capture reads so: copy the line exactly as captured, or remove the entry',
      'essays/gamma.md:1:1: error: line 1 of capture gamma.txt is not in the essay: nothing like "Gamma" is in it; put the capture\'s words back verbatim, or list the line in captures.json if it is not body text',
    ]);
  });
});
