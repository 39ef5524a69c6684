import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { checkClashQuestions } from '../../../src/compile/check-clash-questions.ts';
import { formatProblem } from '../../../src/compile/problem.ts';
import { crossEssayClashes } from '../../../src/graph/clashes.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import type { Graph } from '../../../src/schemas/graph.ts';

describe('checkClashQuestions', () => {
  let dir: string;
  let graph: Graph;
  let clash: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clash-questions-'));
    graph = await fixtureGraph();
    const crossing = crossEssayClashes(graph)[0];
    assert.ok(crossing, 'the fixture has a cross-essay clash');
    clash = crossing.id;
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const check = async (yaml: string) => {
    const file = join(dir, 'clash-questions.yaml');
    await writeFile(file, yaml);
    return { ...checkClashQuestions(file, graph), shown: relative(process.cwd(), file) };
  };

  test('names the file, line and column of an unknown relation id, with a did-you-mean', async () => {
    const { problems, shown } = await check(`questions:\n  - id: q\n    question: Why?\n    relations:\n      - ${clash}x\n`);
    assert.deepEqual(problems.map(formatProblem), [`${shown}:5:9: error: "${clash}x" is not a relation id in the graph; did you mean "${clash}"? (ids are as in /graph.json; fix or remove it)`]);
  });

  test('reports YAML that does not fit the schema at its line', async () => {
    const { problems, shown } = await check('questions:\n  - id: q\n');
    assert.ok(problems.length > 0);
    assert.ok(problems.every((problem) => problem.file === shown && problem.severity === 'error'), problems.map(formatProblem).join('\n'));
  });

  test('returns the questions of a file that matches the graph, and none for a missing file', async () => {
    const { questions, problems } = await check(`questions:\n  - id: q\n    question: Why?\n    relations:\n      - ${clash}\n`);
    assert.deepEqual(problems, []);
    assert.deepEqual(questions.questions.map((question) => question.id), ['q']);
    assert.deepEqual(checkClashQuestions(join(dir, 'absent.yaml'), graph), { questions: { questions: [] }, problems: [] });
  });
});
