import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readReadingGuide, parseReadingGuide } from '../../../src/io/read-reading-guide.ts';

describe('readReadingGuide', () => {
  test('reads and validates the real guide', () => {
    const read = readReadingGuide(resolve(import.meta.dirname, '../../../content'));
    assert.deepEqual(read.problems, []);
    assert.ok(read.source!.guide.essays.length > 0);
    assert.ok(read.source!.guide.exercises.length > 0);
  });

  test('gives no guide and no problem for content without one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guide-'));
    try {
      assert.deepEqual(readReadingGuide(dir), { problems: [] });
      await writeFile(join(dir, 'reading-guide.yaml'), 'essays: 3\n');
      const read = readReadingGuide(dir, () => 'shown.yaml');
      assert.equal(read.source, undefined);
      assert.equal(read.problems[0]?.file, 'shown.yaml');
      assert.equal(read.problems[0]?.line, 1);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe('parseReadingGuide', () => {
  test('places a value by its path, falling back to the nearest that exists', () => {
    const text = 'essays:\n  - essay: a\n    context: Ours.\n    questions:\n      - { text: Q1, claims: [x] }\n      - { text: Q2, claims: [y, z] }\n      - { text: Q3, claims: [w] }\nexercises:\n  - { title: T, task: Do., start: [x] }\n';
    const { source, problems } = parseReadingGuide(text, 'g.yaml');
    assert.deepEqual(problems, []);
    assert.deepEqual(source!.placeOf(['essays', 0, 'questions', 1, 'claims', 1]), { file: 'g.yaml', line: 6, column: 33 });
    assert.deepEqual(source!.placeOf(['essays', 0, 'nothing']), { file: 'g.yaml', line: 2, column: 5 });
  });
});
