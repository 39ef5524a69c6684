import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEssayMarkdown } from '../../../src/compile/extract.ts';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { toAif } from '../../../src/formats/to-aif.ts';
import type { AifDocument } from '../../../src/schemas/aif.ts';
import { AIF_JSON_SCHEMA } from '../../../src/formats/aif-json-schema.ts';
import { aifProblems, textSpans } from '../../../src/formats/aif-rules.ts';
import { assertAifMatches } from '../../helpers/export-checks.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import { absoluteUrl } from '../../../src/urls/absolute-url.ts';
import { withUndercuts } from '../../helpers/undercut-fixture.ts';

const SITE = 'https://example.org/';
/** The site's own absolute-URL helper, on SITE's origin and base. */
const at = (path: string) => absoluteUrl(path, { site: new URL(SITE).origin, base: new URL(SITE).pathname });
const GOOD = resolve(import.meta.dirname, '../../fixtures/good');
const CONTENT = resolve(import.meta.dirname, '../../../content');

async function texts(dir: string) {
  const names = (await readdir(join(dir, 'essays'))).filter((name) => name.endsWith('.md'));
  return Promise.all(names.map(async (name) => ({ essay: name.replace(/\.md$/, ''), tree: parseEssayMarkdown(await readFile(join(dir, 'essays', name), 'utf8')) })));
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
const validate = ajv.compile(AIF_JSON_SCHEMA);

function assertValid(aif: AifDocument): void {
  const json: unknown = JSON.parse(JSON.stringify(aif));
  assert.ok(validate(json), ajv.errorsText(validate.errors));
  assert.deepEqual(aifProblems(json as AifDocument), []);
}

describe('toAif', () => {
  test('gives an I-node per claim, an RA per support, a CA per rebuttal and undercut, with their edges (fixture)', async () => {
    const graph = withUndercuts(await fixtureGraph());
    const aif = toAif(graph, { absoluteUrl: at, texts: await texts(GOOD) });
    assertAifMatches(graph, JSON.parse(JSON.stringify(aif)));
    assertValid(aif);
  });

  test('passes the AIF schema and every rule on the real essays', async () => {
    const graph = await fixtureGraph(CONTENT);
    const aif = toAif(graph, { absoluteUrl: at, texts: await texts(CONTENT) });
    assertAifMatches(graph, aif);
    assertValid(aif);
  });

  test('draws an undercut as a CA-node from the undercutting claim to the S-node of the relation it undercuts', async () => {
    const graph = withUndercuts(await fixtureGraph());
    const aif = toAif(graph, { absoluteUrl: at });
    const [first, second] = graph.relations.filter((relation) => relation.type === 'undercuts');
    const node = (id: string) => aif.nodes.find((item) => item.nodeID === id);
    const out = (id: string) => aif.edges.filter((edge) => edge.fromID === id).map((edge) => edge.toID);
    const into = (id: string) => aif.edges.filter((edge) => edge.toID === id).map((edge) => edge.fromID);
    const ca = `CA__${first!.id}`;
    assert.equal(node(ca)?.type, 'CA');
    assert.deepEqual(into(ca), [first!.from, `CA__${second!.id}`], "the undercutter, and the undercut of this undercut");
    assert.deepEqual(out(ca), [`RA__${first!.to}`]);
    assert.equal(node(`RA__${first!.to}`)?.type, 'RA');
    assert.deepEqual(out(`CA__${second!.id}`), [ca], 'an undercut of an undercut attacks its CA-node');
  });

  test('wraps each claim in the text as OVA expects, escaping the words, leaving out our notes', async () => {
    const graph = await fixtureGraph();
    const aif = toAif(graph, { absoluteUrl: at, texts: await texts(GOOD) });
    const spans = textSpans(aif.text);
    assert.deepEqual(spans.map((span) => span.id).sort(), graph.claims.map((claim) => `node${claim.id}`).sort());
    for (const claim of graph.claims) assert.equal(spans.find((span) => span.id === `node${claim.id}`)?.words, claim.text);
    const note = graph.relations.find((relation) => relation.note)!.note!;
    assert.ok(!aif.text.includes(note.slice(0, 30)), 'relation notes are ours, not the text');
    assert.doesNotMatch(aif.text, /<(?!\/?(p|b|br|span|blockquote)\b)/, 'only our own markup');
  });

  test('says whose view a reported claim is, and names each author once as a participant', async () => {
    const graph = await fixtureGraph();
    const aif = toAif(graph, { absoluteUrl: at });
    const names = aif.participants.map((person) => `${person.firstname} ${person.surname}`.trim());
    for (const essay of graph.essays) assert.equal(names.filter((name) => name === essay.author).length, 1);
    const reported = graph.claims.find((claim) => claim.kind === 'reported')!;
    assert.match(aif.nodes.find((node) => node.nodeID === reported.id)?.voice ?? '', /argues against|reports it/);
    const noted = graph.relations.find((relation) => relation.note)!;
    assert.ok(aif.nodes.some((node) => (node.type === 'RA' || node.type === 'CA') && node.note === noted.note));
    assert.ok(aif.nodes.filter((node) => node.type === 'I').every((node) => node.note === undefined));
  });
});

describe('aifProblems', () => {
  test('names each broken rule', async () => {
    const graph = await fixtureGraph();
    const aif = JSON.parse(JSON.stringify(toAif(graph, { absoluteUrl: at, texts: await texts(GOOD) }))) as AifDocument;
    const [i1, i2] = aif.nodes.filter((node) => node.type === 'I');
    const ra = aif.nodes.find((node) => node.type === 'RA')!;
    const broken: AifDocument = {
      ...aif,
      nodes: [...aif.nodes, { ...i1! }],
      edges: [
        ...aif.edges,
        { edgeID: 'x1', fromID: i1!.nodeID, toID: i2!.nodeID },
        { edgeID: 'x2', fromID: 'nowhere', toID: i1!.nodeID },
        { edgeID: 'x3', fromID: ra.nodeID, toID: i2!.nodeID },
        { edgeID: 'x3', fromID: i2!.nodeID, toID: 'nowhere' },
      ],
      text: `${aif.text}<span class="highlighted" id="nodeL__${graph.claims[0]!.id}">x</span>`,
    };
    const problems = aifProblems(broken).join('\n');
    assert.match(problems, /node id ".*" is used twice/);
    assert.match(problems, /edge id "x3" is used twice/);
    assert.match(problems, /joins two I-nodes/);
    assert.match(problems, /comes from "nowhere", which is no node/);
    assert.match(problems, /goes to "nowhere", which is no node/);
    assert.match(problems, /RA-node ".*" has 2 outgoing edges/);
    assert.match(problems, /span id="nodeL__.*" names no I-node/);
    assert.match(problems, /"AIF" block differs/);
  });

  test('the schema rejects an unknown node type and a node without text', async () => {
    const graph = await fixtureGraph();
    const aif = JSON.parse(JSON.stringify(toAif(graph, { absoluteUrl: at }))) as AifDocument;
    assert.equal(validate({ ...aif, nodes: [...aif.nodes, { nodeID: 'z', text: 'x', type: 'XX' }] }), false);
    assert.equal(validate({ ...aif, nodes: [...aif.nodes, { nodeID: 'z', type: 'I' }] }), false);
    assert.equal(validate({ ...aif, nodes: [...aif.nodes, { nodeID: 'z', text: '', type: 'I' }] }), false);
    assert.equal(validate({ ...aif, edges: [{ edgeID: 'e', fromID: 'a' }] }), false);
  });
});
