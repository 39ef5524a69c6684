import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { toArgdown } from '../../../src/formats/to-argdown.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import { withUndercuts } from '../../helpers/undercut-fixture.ts';
import { resolve } from 'node:path';
import { argdown } from '@argdown/core';
import { parseArgdown } from '../../helpers/argdown.ts';
import { runScriptAsync } from '../../helpers/run-script.ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { assertAifMatches, assertArgdownMatches, assertCsvMatches } from '../../helpers/export-checks.ts';
import { AIF_JSON_SCHEMA } from '../../../src/formats/aif-json-schema.ts';
import { aifProblems } from '../../../src/formats/aif-rules.ts';
import type { AifDocument } from '../../../src/schemas/aif.ts';
import { graphFile, loadGraph } from '../../../src/data-files/load-graph.ts';

const root = resolve(import.meta.dirname, '../../..');
const dist = (path: string) => readFile(resolve(root, 'dist', path), 'utf8');
// The graph the build used, and the address astro.config.mjs gave the site.
const graph = loadGraph(graphFile(root));
const siteUrl = process.env.SITE ? new URL(process.env.BASE ?? '/', process.env.SITE).href : undefined;

const ARGDOWN_CLI = resolve(root, 'node_modules/@argdown/cli/dist/cli.js');
// @argdown/cli 2.0.0 with markdown-it-plugin 1.7.7 (the newest published) prints this stack from its
// `markdown` command's set-up on every run; the other commands are unaffected. Anything else fails the test.
const KNOWN_NOISE = /^TypeError: createArgdownPlugin is not a function\n(?: {4}at .*\n?)*/m;
// The same, as it reaches the trace check (colour codes and all).
const KNOWN_NOISE_RAW = /^(?:\x1b\[[0-9;]*m)*TypeError: createArgdownPlugin is not a function[^\n]*\n(?: {4}at .*\n?)*/m;

/** Runs `argdown map --format svg` on a document; gives the SVG and what the CLI printed. */
async function argdownMap(document: string): Promise<{ svg: string; stdout: string; stderr: string }> {
  const dir = await mkdtemp(resolve(tmpdir(), 'argdown-map-'));
  try {
    await writeFile(resolve(dir, 'graph.argdown'), document);
    const { status, stdout, stderr } = await runScriptAsync(process.execPath, [ARGDOWN_CLI, 'map', '--format', 'svg', resolve(dir, 'graph.argdown'), resolve(dir, 'out')], {}, KNOWN_NOISE_RAW);
    assert.equal(status, 0, stderr);
    const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
    return { svg: await readFile(resolve(dir, 'out/graph.svg'), 'utf8'), stdout: plain(stdout), stderr: plain(stderr) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the built exports', () => {
  test('/graph.argdown parses with @argdown/core: a statement per claim, every relation', async () => {
    const argdown = await dist('graph.argdown');
    assertArgdownMatches(graph, argdown, siteUrl);
    const parsed = parseArgdown(argdown);
    assert.ok(parsed.statements.size >= graph.claims.length + 1);
    // A relation that another claim undercuts is drawn through its argument, not as a relation of its own.
    const undercut = new Set(graph.relations.filter((relation) => relation.type === 'undercuts').map((relation) => relation.to));
    assert.ok(parsed.relations.length >= graph.relations.length - undercut.size);
  });

  test('/graph.argdown draws as an Argdown map: a node per claim, an edge per relation, a group per essay', async () => {
    const response = argdown.run({ input: await dist('graph.argdown'), process: 'export-json', logLevel: 'error' });
    assert.deepEqual(response.exceptions ?? [], []);
    type Node = { type: string; title?: string; children?: Node[] };
    const leaves = (nodes: Node[]): Node[] => nodes.flatMap((node) => (node.children ? leaves(node.children) : [node]));
    const titles = new Set(leaves(response.map!.nodes as Node[]).map((node) => node.title));
    // A node is titled by the claim's title (its statement's name), or its id while it has none.
    for (const claim of graph.claims) assert.ok(titles.has(claim.title ?? claim.id), `map node for ${claim.id}`);
    assert.ok(response.map!.edges.length >= graph.relations.length);
    const groups = (response.map!.nodes as Node[]).filter((node) => node.type === 'group-map-node');
    assert.equal(groups.length, graph.essays.length);
  });

  test('@argdown/cli turns /graph.argdown into a map without error: a node per claim, a group per essay', async () => {
    const { svg, stdout, stderr } = await argdownMap(await dist('graph.argdown'));
    assert.match(stdout, /Successfully exported 1 file map to svg/);
    assert.equal(stderr.replace(KNOWN_NOISE, '').trim(), '');
    // A node per claim and the question, per argument standing for an undercut relation, and per
    // reconstructed conclusion of an undercut rebuttal or undercut.
    const undercut = new Set(graph.relations.filter((relation) => relation.type === 'undercuts').map((relation) => relation.to));
    const conclusions = graph.relations.filter((relation) => undercut.has(relation.id) && relation.type !== 'supports').length;
    assert.equal(svg.match(/class="node"/g)?.length, graph.claims.length + 1 + undercut.size + conclusions, 'a node per claim, the question and each undercut relation');
    assert.ok((svg.match(/class="cluster"/g)?.length ?? 0) >= graph.essays.length, 'a group per essay');
    assert.ok((svg.match(/class="edge"/g)?.length ?? 0) >= graph.relations.length, 'an edge per relation');
  });

  test('@argdown/cli draws undercuts: an argument node per undercut relation, undercut edges into it', async () => {
    const fixture = withUndercuts(await fixtureGraph());
    const { svg, stdout, stderr } = await argdownMap(toArgdown(fixture, { absoluteUrl: (path) => (siteUrl ? new URL(path.slice(1), siteUrl).href : undefined) }));
    assert.match(stdout, /Successfully exported 1 file map to svg/);
    assert.equal(stderr.replace(KNOWN_NOISE, '').trim(), '');
    const undercut = new Set(fixture.relations.filter((relation) => relation.type === 'undercuts').map((relation) => relation.to));
    // Each claim, the question, each argument for an undercut relation, and each reconstructed conclusion.
    const conclusions = fixture.relations.filter((relation) => undercut.has(relation.id) && relation.type !== 'supports').length;
    assert.equal(svg.match(/class="node"/g)?.length, fixture.claims.length + 1 + undercut.size + conclusions);
    // Graphviz writes "-" as &#45; and wraps long titles, so look for the start of each argument's title.
    for (const id of undercut) assert.ok(svg.includes(`>${id.slice(0, 24).replace(/-/g, '&#45;')}`), `argument <${id}> drawn`);
  });

  test('/graph.aif.json has an I-node per claim, an RA per support, a CA per rebuttal and undercut, and their edges', async () => {
    assertAifMatches(graph, JSON.parse(await dist('graph.aif.json')));
  });

  test('/graph.aif.json passes the AIF JSON Schema (draft 2020-12) and every rule a schema cannot state', async () => {
    const aif: unknown = JSON.parse(await dist('graph.aif.json'));
    // Union types (string or integer ids, as AIFdb and OVA write them) are valid JSON Schema; ajv's strict mode asks to allow them.
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
    const validate = ajv.compile(AIF_JSON_SCHEMA);
    assert.ok(validate(aif), ajv.errorsText(validate.errors));
    assert.deepEqual(aifProblems(aif as AifDocument), []);
  });

  test('/claims.csv has one row per claim with its relations', async () => {
    assertCsvMatches(graph, await dist('claims.csv'), siteUrl);
  });
});
