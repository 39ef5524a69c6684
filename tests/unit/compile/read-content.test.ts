import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readContent } from '../../../src/compile/read-content.ts';
import { formatProblem } from '../../../src/compile/problem.ts';
import { GOOD } from '../../helpers/content.ts';

/** A copy of the good fixture content, changed by `change`, read as the build reads it. */
async function readChanged(change: (dir: string) => Promise<void>): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'content-'));
  try {
    await cp(GOOD, dir, { recursive: true });
    await change(dir);
    const { graph, problems } = await readContent(dir, (path) => relative(dir, path));
    assert.equal(graph, undefined);
    return problems.map(formatProblem);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

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
    assert.deepEqual(lines, ['essays/gamma.md:8:1: error: frontmatter field "sources": "gamma.txt" is not a capture in sources/: name one of the files there: alpha-comments.txt, alpha.txt, beta.txt']);
  });
});
