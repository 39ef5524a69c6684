import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readClashQuestions } from '../../../src/io/read-clash-questions.ts';

async function fileWith(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'clash-questions-')), 'clash-questions.yaml');
  await writeFile(path, text);
  return path;
}

describe('readClashQuestions', () => {
  test('reads the questions and names the line of any value in them', async () => {
    const read = readClashQuestions(await fileWith('questions:\n  - id: one\n    question: One?\n    relations:\n      - a--rebuts--b\n'));
    assert.deepEqual(read.questions.questions[0], { id: 'one', question: 'One?', relations: ['a--rebuts--b'], claims: [] });
    assert.match(read.where(['questions', 0, 'relations', 0]), /clash-questions\.yaml:5:9$/);
  });

  test('rejects a question without its words, naming the file and line', async () => {
    const path = await fileWith('questions:\n  - id: one\n    claims: [a]\n');
    assert.throws(() => readClashQuestions(path), /clash-questions\.yaml:2:\d+: error: questions\.0\.question/);
  });

  test('rejects YAML that does not parse, naming the line', async () => {
    const path = await fileWith('questions:\n  - id: one\n   question: [\n');
    assert.throws(() => readClashQuestions(path), /clash-questions\.yaml:\d+:\d+: error:/);
  });

  test('reads a missing file as no questions, so every clash is listed under “Other clashes”', () => {
    assert.deepEqual(readClashQuestions('/nonexistent/clash-questions.yaml').questions, { questions: [] });
  });
});
