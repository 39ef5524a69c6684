import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { checkReadingGuide, readingGuideProblems } from '../../../src/teach/check-reading-guide.ts';
import { parseReadingGuide } from '../../../src/io/read-reading-guide.ts';
import { readReadingGuide } from '../../../src/io/read-reading-guide.ts';

import { fixtureGraph } from '../../helpers/graph-fixture.ts';

/** The real guide, read as the build reads it. */
const readingGuide = readReadingGuide(resolve(import.meta.dirname, '../../../content')).source!.guide;

describe('checkReadingGuide', () => {
  test('finds every essay and claim of the guide in the real graph', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    assert.deepEqual(checkReadingGuide(readingGuide, graph), []);
  });

  test('reports a claim id the graph does not have', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    const renamed = graph.claims.find((claim) => claim.id === readingGuide.essays[0]!.questions[0]!.claims[0])!;
    renamed.id = `${renamed.id}-renamed`;
    assert.ok(checkReadingGuide(readingGuide, graph).some((problem) => problem.message.includes(`unknown claim "${readingGuide.essays[0]!.questions[0]!.claims[0]}"`)));
  });

  test('puts the essays it covers in the order they were written, each once', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    const dates = readingGuide.essays.map((entry) => graph.essays.find((essay) => essay.id === entry.essay)!.published);
    assert.ok(dates.length > 1, 'the guide covers essays');
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(new Set(readingGuide.essays.map((entry) => entry.essay)).size, readingGuide.essays.length);
  });
});

describe('readingGuideProblems', () => {
  const guideText = (claim: string) =>
    [
      'essays:',
      '  - essay: call-putin-out',
      '    context: Ours.',
      '    questions:',
      `      - { text: One?, claims: [${claim}] }`,
      '      - text: Two?',
      '        claims:',
      '          - evans-test-by-talks',
      `          - ${claim}`,
      '      - { text: Three?, claims: [evans-test-by-talks] }',
      'exercises:',
      '  - title: One',
      '    task: Do it.',
      '    start:',
      `      - ${claim}`,
      '',
    ].join('\n');

  test('puts an unknown claim at its line in the guide, with a did-you-mean', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    const problems = readingGuideProblems(parseReadingGuide(guideText('evans-test-by-talk'), 'guide.yaml'), graph);
    assert.deepEqual(
      problems.map((problem) => `${problem.file}:${problem.line}: ${problem.severity}`),
      ['guide.yaml:5: error', 'guide.yaml:9: error', 'guide.yaml:15: error'],
    );
    assert.ok(problems.every((problem) => problem.message.includes('unknown claim "evans-test-by-talk": did you mean "evans-test-by-talks"?')), problems[0]?.message);
  });

  test('finds nothing wrong with a guide whose ids all exist', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    assert.deepEqual(readingGuideProblems(parseReadingGuide(guideText('evans-reveal-intentions'), 'guide.yaml'), graph), []);
  });

  test('reports bad YAML and schema errors at their line (a field at its key), without throwing', () => {
    const graph = { essays: [], claims: [] };
    const broken = readingGuideProblems(parseReadingGuide('essays:\n  - essay: x\n    context: [oops\n', 'guide.yaml'), graph);
    assert.equal(broken.length, 1);
    assert.match(broken[0]!.message, /not valid YAML/);
    const short = readingGuideProblems(parseReadingGuide('essays:\n  - essay: x\n    context: Ours.\n    questions: []\nexercises: []\n', 'guide.yaml'), graph);
    assert.deepEqual(short.map((problem) => [problem.line, problem.column]), [[4, 5], [5, 1]]);
    assert.match(short[0]!.message, /essays\.0\.questions/);
  });
});
