import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import type { Graph } from '../../../src/schemas/graph.ts';

const DIST = join(ROOT, 'dist');
const graph = JSON.parse(await readFile(join(DIST, 'graph.json'), 'utf8')) as Graph;
const schema = JSON.parse(await readFile(join(DIST, 'graph.schema.json'), 'utf8')) as Record<string, unknown>;

describe('/graph.json', () => {
  test('is valid against /graph.schema.json (JSON Schema 2020-12)', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    assert.ok(validate(graph), ajv.errorsText(validate.errors));
  });

  test('the schema rejects a graph that breaks the contract', () => {
    const validate = new Ajv2020({ strict: true }).compile(schema);
    const broken = structuredClone(graph);
    (broken.claims[0] as { kind: string }).kind = 'opinion';
    assert.equal(validate(broken), false);
    const badDate = structuredClone(graph);
    badDate.essays[0]!.published = 'Dec 2022';
    assert.equal(validate(badDate), false);
  });

  test('is the graph the build step wrote, byte for byte', async () => {
    assert.equal(await readFile(join(DIST, 'graph.json'), 'utf8'), await readFile(join(ROOT, 'src/data/graph.json'), 'utf8'));
  });

  test('has at least 45 claims', () => {
    assert.ok(graph.claims.length >= 45, `${graph.claims.length} claims`);
  });

  test('has at least 15 cross-essay relations, each with a note', () => {
    const essayOf = new Map(graph.claims.map((claim) => [claim.id, claim.essay]));
    const cross = graph.relations.filter((relation) => relation.to !== graph.question.id && essayOf.get(relation.from) !== essayOf.get(relation.to));
    assert.ok(cross.length >= 15, `${cross.length} cross-essay relations`);
    assert.deepEqual(cross.filter((relation) => !relation.note), []);
  });

  test('gives every essay exactly one thesis, linked to the question on the side of its stance', () => {
    assert.equal(graph.essays.length, 4);
    for (const essay of graph.essays) {
      const theses = graph.claims.filter((claim) => claim.essay === essay.id && claim.kind === 'thesis');
      assert.equal(theses.length, 1, essay.id);
      const answer = graph.relations.filter((relation) => relation.from === theses[0]!.id && relation.to === graph.question.id);
      assert.deepEqual(answer.map((relation) => relation.type), [essay.stance === 'for' ? 'supports' : 'rebuts'], essay.id);
    }
  });
});
