import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { toAif } from '../../../src/formats/to-aif.ts';
import { assertAifMatches } from '../../helpers/export-checks.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';

const SITE = 'https://example.org/';

describe('toAif', () => {
  test('gives an I-node per claim, an RA per support, a CA per rebuttal, with their edges (fixture)', async () => {
    const graph = await fixtureGraph();
    assertAifMatches(graph, JSON.parse(JSON.stringify(toAif(graph, { siteUrl: SITE }))));
  });

  test('gives an I-node per claim, an RA per support, a CA per rebuttal, with their edges (real essays)', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    assertAifMatches(graph, toAif(graph, { siteUrl: SITE }));
  });

  test('names each essay author once as a participant and keeps our notes off the claims', async () => {
    const graph = await fixtureGraph();
    const aif = toAif(graph, { siteUrl: SITE });
    const names = aif.participants.map((person) => `${person.firstname} ${person.surname}`.trim());
    for (const essay of graph.essays) assert.equal(names.filter((name) => name === essay.author).length, 1);
    const noted = graph.relations.find((relation) => relation.note)!;
    assert.ok(aif.nodes.some((node) => (node.type === 'RA' || node.type === 'CA') && node.note === noted.note));
    assert.ok(aif.nodes.filter((node) => node.type === 'I').every((node) => node.note === undefined));
  });
});
