import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildContentDir, ROOT } from '../../../scripts/lib/project-copy.ts';
import { loadGraph } from '../../../src/data-files/load-graph.ts';

const DIST = join(ROOT, 'dist');
const graph = loadGraph(join(DIST, 'graph.json'));
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

  test('lists every essay of the content folder, and no claim outside them', async () => {
    const files = (await readdir(join(buildContentDir(), 'essays'))).filter((name) => name.endsWith('.md')).map((name) => name.replace(/\.md$/, ''));
    assert.deepEqual(graph.essays.map((essay) => essay.id).sort(), files.sort());
    for (const claim of graph.claims) assert.ok(files.includes(claim.essay), `${claim.id} belongs to no essay file`);
  });
});
