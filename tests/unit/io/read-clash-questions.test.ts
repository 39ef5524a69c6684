import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readClashQuestions } from '../../../src/io/read-clash-questions.ts';
import { formatProblem } from '../../../src/compile/problem.ts';

async function fileWith(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'clash-questions-')), 'clash-questions.yaml');
  await writeFile(path, text);
  return path;
}

describe('readClashQuestions', () => {
  test('reads the questions and names the line of any value in them', async () => {
    const read = readClashQuestions(await fileWith('questions:\n  - id: one\n    question: One?\n    relations:\n      - a--rebuts--b\n'));
    assert.deepEqual(read.questions.questions[0], { id: 'one', question: 'One?', relations: ['a--rebuts--b'], claims: [] });
    assert.deepEqual(read.problems, []);
    const place = read.placeOf(['questions', 0, 'relations', 0]);
    assert.match(`${place.file}:${place.line}:${place.column}`, /clash-questions\.yaml:5:9$/);
  });

  test('reports a question without its words at the file and line', async () => {
    const path = await fileWith('questions:\n  - id: one\n    claims: [a]\n');
    assert.deepEqual(readClashQuestions(path).problems.map(formatProblem).map((line) => line.replace(/^.*?clash-questions-\w+\//, '')), [
      'clash-questions.yaml:2:5: error: the clash-questions file at questions.0.question: Invalid input: expected string, received undefined',
    ]);
  });

  test('reports YAML that does not parse at its line', async () => {
    const path = await fileWith('questions:\n  - id: one\n   question: [\n');
    const [problem] = readClashQuestions(path).problems;
    assert.match(formatProblem(problem!), /clash-questions\.yaml:3:\d+: error: the clash-questions file is not valid YAML: /);
  });

  test('reads a missing file as no questions, so every clash is listed under “Other clashes”', () => {
    assert.deepEqual(readClashQuestions('/nonexistent/clash-questions.yaml').questions, { questions: [] });
  });
});
