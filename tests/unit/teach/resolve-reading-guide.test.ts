import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { resolveReadingGuide } from '../../../src/teach/resolve-reading-guide.ts';
import { readReadingGuide } from '../../../src/io/read-reading-guide.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';

const content = resolve(import.meta.dirname, '../../../content');

/** The real guide, read as the build reads it. */
const readingGuide = readReadingGuide(resolve(import.meta.dirname, '../../../content')).source!.guide;

describe('resolveReadingGuide', () => {
  test('keeps every question and claim of the guide with the real essays, then lists the essays it does not cover by date', async () => {
    const graph = await fixtureGraph(content);
    const guide = resolveReadingGuide(readingGuide, graph);
    const covered = readingGuide.essays.map((entry) => entry.essay);
    const rest = [...graph.essays].filter((essay) => !covered.includes(essay.id)).sort((a, b) => a.published.localeCompare(b.published)).map((essay) => essay.id);
    assert.deepEqual(guide.essays.map((item) => item.essay.id), [...covered, ...rest]);
    assert.deepEqual(
      guide.essays.slice(0, covered.length).map((item) => item.questions.map((question) => question.claims.map((claim) => claim.id))),
      readingGuide.essays.map((entry) => entry.questions.map((question) => question.claims)),
    );
    assert.equal(guide.exercises.length, readingGuide.exercises.length);
  });

  test('drops a renamed claim from its question, without dropping the question', async () => {
    const graph = await fixtureGraph(content);
    const question = readingGuide.essays[0]!.questions[1]!;
    const gone = question.claims[0]!;
    graph.claims = graph.claims.filter((claim) => claim.id !== gone);
    const guide = resolveReadingGuide(readingGuide, graph);
    const resolved = guide.essays[0]!.questions[1]!;
    assert.equal(resolved.text, question.text);
    assert.deepEqual(resolved.claims.map((claim) => claim.id), question.claims.slice(1));
  });

  test('lists essays the guide does not cover by date, without questions', async () => {
    const graph = await fixtureGraph();
    const guide = resolveReadingGuide(readingGuide, graph);
    const byDate = [...graph.essays].sort((a, b) => a.published.localeCompare(b.published)).map((essay) => essay.id);
    assert.deepEqual(guide.essays.map((item) => item.essay.id), byDate);
    assert.ok(guide.essays.every((item) => item.questions.length === 0 && item.context === undefined));
    assert.equal(guide.exercises.length, 0);
  });
});
