import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { toAif } from '../../../src/formats/to-aif.ts';
import { assertAifMatches } from '../../helpers/export-checks.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import { absoluteUrl } from '../../../src/urls/absolute-url.ts';

const SITE = 'https://example.org/';
/** The site's own absolute-URL helper, on SITE's origin and base. */
const at = (path: string) => absoluteUrl(path, { site: new URL(SITE).origin, base: new URL(SITE).pathname });

describe('toAif', () => {
  test('gives an I-node per claim, an RA per support, a CA per rebuttal, with their edges (fixture)', async () => {
    const graph = await fixtureGraph();
    assertAifMatches(graph, JSON.parse(JSON.stringify(toAif(graph, { absoluteUrl: at }))));
  });

  test('gives an I-node per claim, an RA per support, a CA per rebuttal, with their edges (real essays)', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    assertAifMatches(graph, toAif(graph, { absoluteUrl: at }));
  });

  test('names each essay author once as a participant and keeps our notes off the claims', async () => {
    const graph = await fixtureGraph();
    const aif = toAif(graph, { absoluteUrl: at });
    const names = aif.participants.map((person) => `${person.firstname} ${person.surname}`.trim());
    for (const essay of graph.essays) assert.equal(names.filter((name) => name === essay.author).length, 1);
    const noted = graph.relations.find((relation) => relation.note)!;
    assert.ok(aif.nodes.some((node) => (node.type === 'RA' || node.type === 'CA') && node.note === noted.note));
    assert.ok(aif.nodes.filter((node) => node.type === 'I').every((node) => node.note === undefined));
  });

  test('gives no node a url when the build has no SITE', async () => {
    const graph = await fixtureGraph();
    const aif = JSON.parse(JSON.stringify(toAif(graph, { absoluteUrl: () => undefined }))) as { nodes: Record<string, unknown>[] };
    assert.ok(aif.nodes.length > 0);
    assert.ok(aif.nodes.every((node) => !('url' in node)));
  });
});
