import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { parseWithSchema } from '../../../src/data-files/parse-with-schema.ts';

const Schema = z.strictObject({
  /** A name. */
  name: z.string(),
  /** Some tags. */
  tags: z.array(z.string()).min(1),
});

describe('parseWithSchema', () => {
  test('gives the valid value and the place of any value in the file', () => {
    const read = parseWithSchema('name: x\ntags:\n  - a\n  - b\n', 'f.yaml', Schema, { what: 'the file' });
    assert.ok(read.ok);
    assert.deepEqual(read.value, { name: 'x', tags: ['a', 'b'] });
    assert.deepEqual(read.placeOf(['tags', 1]), { file: 'f.yaml', line: 4, column: 5 });
    // A field at its key; a path that is not in the file at the nearest value that is.
    assert.deepEqual(read.placeOf(['name']), { file: 'f.yaml', line: 1, column: 1 });
    assert.deepEqual(read.placeOf(['tags', 7]), { file: 'f.yaml', line: 3, column: 3 });
  });

  test('places each zod issue at its value, an unknown key at the key itself', () => {
    const read = parseWithSchema('name: 3\ntags: []\ncolour: red\n', 'f.yaml', Schema, { what: 'the file' });
    assert.ok(!read.ok);
    assert.deepEqual(read.problems.map(({ line, column }) => [line, column]), [[1, 1], [2, 1], [3, 1]]);
    assert.match(read.problems[0]!.message, /^the file at name: /);
    assert.match(read.problems[2]!.message, /colour.*: remove it or check the spelling$/);
  });

  test('places YAML that does not parse where the parser stopped', () => {
    const read = parseWithSchema('name: x\ntags: [a\n', 'f.yaml', Schema, { what: 'the file' });
    assert.ok(!read.ok);
    assert.equal(read.problems[0]!.line, 3);
    assert.match(read.problems[0]!.message, /^the file is not valid YAML: /);
  });

  test('reads JSON strictly, placing a syntax error on one line and a schema issue at its key', () => {
    const broken = parseWithSchema('{\n  "name": "x"\n  "tags": []\n}', 'f.json', Schema, { what: 'f.json', format: 'json' });
    assert.ok(!broken.ok);
    assert.deepEqual([broken.problems[0]!.line, broken.problems[0]!.column], [3, 3]);
    assert.doesNotMatch(broken.problems[0]!.message, /\n/);
    // A trailing comma: V8's message names no position, so the place must come from elsewhere.
    const trailing = parseWithSchema('{\n  "name": "x",\n  "tags": [\n    "a",\n  ]\n}', 'f.json', Schema, { what: 'f.json', format: 'json' });
    assert.ok(!trailing.ok);
    assert.deepEqual([trailing.problems[0]!.line, trailing.problems[0]!.column], [5, 3]);
    // Comments are not JSON either, however forgiving other readers are.
    const commented = parseWithSchema('{\n  // a note\n  "name": "x", "tags": []\n}', 'f.json', Schema, { what: 'f.json', format: 'json' });
    assert.ok(!commented.ok);
    assert.equal(commented.problems[0]!.line, 2);
    const invalid = parseWithSchema('{\n  "name": "x",\n  "tags": []\n}', 'f.json', Schema, { what: 'f.json', format: 'json', describe: (issue, value) => `${issue.path.join('.')} ${JSON.stringify(value)}` });
    assert.ok(!invalid.ok);
    assert.deepEqual(invalid.problems, [{ file: 'f.json', line: 3, column: 3, message: 'tags []' }]);
  });
});
