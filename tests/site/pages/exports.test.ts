import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { argdown } from '@argdown/core';
import { GraphSchema } from '../../../src/schemas/graph.ts';
import { parseArgdown } from '../../helpers/argdown.ts';
import { assertAifMatches, assertArgdownMatches, assertCsvMatches } from '../../helpers/export-checks.ts';

const root = resolve(import.meta.dirname, '../../..');
const dist = (path: string) => readFile(resolve(root, 'dist', path), 'utf8');
// The graph the build used, and the address astro.config.mjs gave the site.
const graph = GraphSchema.parse(JSON.parse(await readFile(resolve(root, 'src/data/graph.json'), 'utf8')));
const siteUrl = process.env.SITE ? new URL(process.env.BASE ?? '/', process.env.SITE).href : undefined;

describe('the built exports', () => {
  test('/graph.argdown parses with @argdown/core: a statement per claim, every relation', async () => {
    const argdown = await dist('graph.argdown');
    assertArgdownMatches(graph, argdown, siteUrl);
    const parsed = parseArgdown(argdown);
    assert.ok(parsed.statements.size >= graph.claims.length + 1);
    assert.ok(parsed.relations.length >= graph.relations.length);
  });

  test('/graph.argdown draws as an Argdown map: a node per claim, an edge per relation, a group per essay', async () => {
    const response = argdown.run({ input: await dist('graph.argdown'), process: 'export-json', logLevel: 'error' });
    assert.deepEqual(response.exceptions ?? [], []);
    type Node = { type: string; title?: string; children?: Node[] };
    const leaves = (nodes: Node[]): Node[] => nodes.flatMap((node) => (node.children ? leaves(node.children) : [node]));
    const titles = new Set(leaves(response.map!.nodes as Node[]).map((node) => node.title));
    for (const claim of graph.claims) assert.ok(titles.has(claim.id), `map node for ${claim.id}`);
    assert.ok(response.map!.edges.length >= graph.relations.length);
    const groups = (response.map!.nodes as Node[]).filter((node) => node.type === 'group-map-node');
    assert.equal(groups.length, graph.essays.length);
  });

  test('/graph.aif.json has an I-node per claim, an RA per support, a CA per rebuttal, and their edges', async () => {
    assertAifMatches(graph, JSON.parse(await dist('graph.aif.json')));
  });

  test('/claims.csv has one row per claim with its relations', async () => {
    assertCsvMatches(graph, await dist('claims.csv'), siteUrl);
  });
});
