import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS } from '../../src/formats/to-csv.ts';
import type { AifDocument } from '../../src/schemas/aif.ts';
import type { Graph } from '../../src/schemas/graph.ts';
import { parseArgdown } from './argdown.ts';
import { collapseSpace } from '../../src/words/collapse-space.ts';

/** Checks an export against its graph: same ids, same words, every relation, each in its essay. */
export function assertArgdownMatches(graph: Graph, argdown: string, siteUrl: string | undefined): void {
  const parsed = parseArgdown(argdown);
  assert.deepEqual(parsed.errors, []);
  const question = parsed.statements.get(graph.question.id);
  assert.equal(question?.text, collapseSpace(graph.question.text));
  // A statement is titled by the claim's title (ours), by its id while it has none; its id is in its data.
  const titles = new Map(graph.claims.map((claim) => [claim.id, claim.title ?? claim.id]));
  const name = (id: string) => titles.get(id) ?? id;
  for (const claim of graph.claims) {
    const statement = parsed.statements.get(name(claim.id));
    assert.ok(statement, `no statement [${name(claim.id)}] for ${claim.id}`);
    assert.equal(statement.data.id, claim.id, `id of [${name(claim.id)}]`);
    assert.equal(statement.text, collapseSpace(claim.text), `text of [${claim.id}]`);
    assert.equal(statement.data.kind, claim.kind);
    // No SITE, no url: the export leaves it out rather than name a host the site is not on.
    assert.equal(statement.data.url, siteUrl === undefined ? undefined : new URL(claim.url.slice(1), siteUrl).href);
    const essay = graph.essays.find((item) => item.id === claim.essay)!;
    assert.ok(statement.section?.includes(essay.title), `[${claim.id}] in the section of "${essay.title}", got "${statement.section}"`);
  }
  const undercut = new Set(graph.relations.filter((relation) => relation.type === 'undercuts').map((relation) => relation.to));
  for (const relation of graph.relations) {
    if (undercut.has(relation.id)) {
      // Argdown undercuts an argument's inference: the undercut relation is the argument <id>, (1) [from] ---- (2) …
      const argument = parsed.arguments.get(relation.id);
      assert.ok(argument, `no argument <${relation.id}> for the undercut relation`);
      assert.deepEqual(argument.premises, [name(relation.from)], `premise of <${relation.id}>`);
      if (relation.type === 'supports') assert.equal(argument.conclusion, name(relation.to), `conclusion of <${relation.id}>`);
      continue;
    }
    const type = { supports: 'support', rebuts: 'attack', undercuts: 'undercut' }[relation.type];
    assert.ok(
      parsed.relations.some((item) => item.from === name(relation.from) && item.to === (relation.type === 'undercuts' ? relation.to : name(relation.to)) && item.type === type),
      `missing ${relation.from} ${relation.type} ${relation.to}`,
    );
  }
}

/** Structural checks of AIF-JSON against its graph; also used on dist/graph.aif.json. */
export function assertAifMatches(graph: Graph, aif: AifDocument): void {
  const nodes = new Map(aif.nodes.map((node) => [node.nodeID, node]));
  assert.equal(nodes.size, aif.nodes.length, 'node ids are unique');
  assert.equal(new Set(aif.edges.map((edge) => edge.edgeID)).size, aif.edges.length, 'edge ids are unique');
  for (const edge of aif.edges) {
    assert.ok(nodes.has(edge.fromID) && nodes.has(edge.toID), `edge ${edge.edgeID} joins existing nodes`);
  }
  const has = (fromID: string, toID: string) => aif.edges.some((edge) => edge.fromID === fromID && edge.toID === toID);
  assert.equal(nodes.get(graph.question.id)?.type, 'I');
  for (const claim of graph.claims) {
    const node = nodes.get(claim.id);
    assert.equal(node?.type, 'I', `I-node ${claim.id}`);
    assert.equal(node.text, claim.text);
    // The claim is asserted: L-node -> YA -> I-node, and the L-node has a locution naming a participant.
    const ya = aif.edges.find((edge) => edge.toID === claim.id && nodes.get(edge.fromID)?.type === 'YA');
    assert.ok(ya, `YA into ${claim.id}`);
    const l = aif.edges.find((edge) => edge.toID === ya.fromID && nodes.get(edge.fromID)?.type === 'L');
    assert.ok(l, `L-node for ${claim.id}`);
    const locution = aif.locutions.find((item) => item.nodeID === l.fromID);
    const person = aif.participants.find((item) => item.participantID === locution?.personID);
    assert.ok(person, `participant for ${claim.id}`);
    if (claim.kind !== 'reader') {
      const author = graph.essays.find((essay) => essay.id === claim.essay)!.author;
      assert.equal(`${person.firstname} ${person.surname}`.trim(), author);
    }
  }
  const ra = aif.nodes.filter((node) => node.type === 'RA');
  const ca = aif.nodes.filter((node) => node.type === 'CA');
  assert.equal(ra.length, graph.relations.filter((relation) => relation.type === 'supports').length);
  assert.equal(ca.length, graph.relations.filter((relation) => relation.type !== 'supports').length, 'a CA per rebuttal and per undercut');
  const middleOf = (relation: Graph['relations'][number]) => (relation.type === 'supports' ? 'RA' : 'CA');
  for (const relation of graph.relations) {
    const type = middleOf(relation);
    const undercut = relation.type === 'undercuts' ? graph.relations.find((item) => item.id === relation.to) : undefined;
    // An undercut's CA points at the S-node of the relation it undercuts, not at a claim.
    const target = (node: AifDocument['nodes'][number]) =>
      undercut
        ? aif.edges.some((edge) => edge.fromID === node.nodeID && nodes.get(edge.toID)?.type === middleOf(undercut) && has(undercut.from, edge.toID))
        : has(node.nodeID, relation.to);
    const middle = aif.nodes.find((node) => node.type === type && has(relation.from, node.nodeID) && target(node));
    assert.ok(middle, `${type} node with edges ${relation.from} -> ${type} -> ${relation.to}`);
  }
  // OVA highlights each claim in the text, tied to its I-node.
  const spans = [...aif.text.matchAll(/<span class="highlighted" id="node([^"]+)">/g)].map((match) => match[1]);
  for (const claim of graph.claims) assert.equal(spans.filter((id) => id === claim.id).length, 1, `one span for ${claim.id} in the text`);
}

/** Parses claims.csv with csv-parse and checks every row against the graph. */
export function assertCsvMatches(graph: Graph, csv: string, siteUrl: string | undefined): void {
  const rows: Record<string, string>[] = parse(csv, { columns: true, bom: true, skip_empty_lines: true });
  assert.deepEqual(Object.keys(rows[0] ?? {}), [...CSV_COLUMNS]);
  assert.deepEqual(rows.map((row) => row.id), graph.claims.map((claim) => claim.id));
  const split = (value: string | undefined) => (value ? value.split(' ').sort() : []);
  for (const claim of graph.claims) {
    const row = rows.find((item) => item.id === claim.id)!;
    assert.equal(row.text, claim.text);
    // Our title, as a spreadsheet shows it (a leading formula character neutralised by an apostrophe).
    assert.equal(row.title?.replace(/^'(?=[=+\-@\t\r])/, ''), claim.title ?? '');
    assert.equal(row.essay, claim.essay);
    assert.equal(row.kind, claim.kind);
    // No SITE, no url: the cells stay empty rather than name a host the site is not on.
    assert.equal(row.url, siteUrl === undefined ? '' : new URL(claim.url.slice(1), siteUrl).href);
    assert.equal(row.anchor, siteUrl === undefined ? '' : new URL(claim.anchor.slice(1), siteUrl).href);
    const ids = (side: 'from' | 'to', type: string, other: 'from' | 'to') =>
      graph.relations.filter((r) => r[side] === claim.id && r.type === type).map((r) => r[other]).sort();
    const essay = graph.essays.find((item) => item.id === claim.essay)!;
    // Whose claim: a reported view is its holder's as the author reports it, never the reporter's alone.
    if (claim.kind === 'reported') {
      assert.ok(row.voice!.includes('reports it') || row.voice!.startsWith('a view '), `${claim.id}: voice "${row.voice}"`);
      assert.notEqual(row.voice, essay.author);
      assert.ok(row.reported_by?.includes(essay.author));
    } else if (claim.kind === 'reader') {
      assert.equal(row.voice, 'a reader');
    } else {
      assert.ok(row.voice!.startsWith(essay.author));
    }
    assert.deepEqual(split(row.supports), ids('from', 'supports', 'to'));
    assert.deepEqual(split(row.undercuts), ids('from', 'undercuts', 'to'));
    const own = new Set(graph.relations.filter((r) => r.from === claim.id).map((r) => r.id));
    assert.deepEqual(split(row.undercut_by), graph.relations.filter((r) => r.type === 'undercuts' && own.has(r.to)).map((r) => r.id).sort());
    assert.deepEqual(split(row.rebuts), ids('from', 'rebuts', 'to'));
    assert.deepEqual(split(row.supported_by), ids('to', 'supports', 'from'));
    assert.deepEqual(split(row.rebutted_by), ids('to', 'rebuts', 'from'));
  }
}
