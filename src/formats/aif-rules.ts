import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { isDeepStrictEqual } from 'node:util';
import type { AifDocument, AifGraph } from '../schemas/aif.ts';
import { collapseSpace } from '../words/collapse-space.ts';

type Id = string | number;

/** One rule an AIF document breaks, in words that name the node or edge. */
export type AifProblem = string;

const S_NODES = new Set(['RA', 'CA', 'MA']);

/** The rules of one AIF graph (nodes, edges, locutions) that a JSON Schema cannot state. */
function graphProblems(aif: AifGraph, where: string): AifProblem[] {
  const problems: AifProblem[] = [];
  const nodes = new Map<Id, AifGraph['nodes'][number]>();
  for (const node of aif.nodes) {
    if (nodes.has(node.nodeID)) problems.push(`${where}: node id "${node.nodeID}" is used twice`);
    nodes.set(node.nodeID, node);
  }
  const edgeIds = new Set<Id>();
  const incoming = new Map<Id, number>();
  const outgoing = new Map<Id, number>();
  for (const edge of aif.edges) {
    if (edgeIds.has(edge.edgeID)) problems.push(`${where}: edge id "${edge.edgeID}" is used twice`);
    edgeIds.add(edge.edgeID);
    const from = nodes.get(edge.fromID);
    const to = nodes.get(edge.toID);
    if (!from) problems.push(`${where}: edge ${edge.edgeID} comes from "${edge.fromID}", which is no node`);
    if (!to) problems.push(`${where}: edge ${edge.edgeID} goes to "${edge.toID}", which is no node`);
    if (from?.type === 'I' && to?.type === 'I') problems.push(`${where}: edge ${edge.edgeID} joins two I-nodes ("${edge.fromID}" -> "${edge.toID}"); AIF puts an S-node between them`);
    outgoing.set(edge.fromID, (outgoing.get(edge.fromID) ?? 0) + 1);
    incoming.set(edge.toID, (incoming.get(edge.toID) ?? 0) + 1);
  }
  for (const node of aif.nodes) {
    if (!S_NODES.has(node.type)) continue;
    const into = incoming.get(node.nodeID) ?? 0;
    const out = outgoing.get(node.nodeID) ?? 0;
    if (into < 1) problems.push(`${where}: ${node.type}-node "${node.nodeID}" has no incoming edge (it needs at least one premise or attacker)`);
    if (out !== 1) problems.push(`${where}: ${node.type}-node "${node.nodeID}" has ${out} outgoing edges; it needs exactly one (its conclusion or target)`);
  }
  const participants = new Set((aif as AifGraph).participants?.map((person) => person.participantID) ?? []);
  for (const locution of aif.locutions) {
    if (nodes.get(locution.nodeID)?.type !== 'L') problems.push(`${where}: locution of "${locution.nodeID}", which is no L-node`);
    if (!participants.has(locution.personID)) problems.push(`${where}: locution of "${locution.nodeID}" names participant "${locution.personID}", who is not listed`);
  }
  return problems;
}

/** The `node{nodeID}` ids of the analysis text's highlighted spans, with their words. */
export function textSpans(text: string): { id: string; words: string }[] {
  const spans: { id: string; words: string }[] = [];
  visit(fromHtml(text, { fragment: true }), 'element', (element) => {
    if (element.tagName !== 'span') return;
    const id = String(element.properties.id ?? '');
    const classes = [element.properties.className ?? []].flat().map(String);
    if (!classes.includes('highlighted')) return;
    const words: string[] = [];
    visit(element, 'text', (node) => {
      words.push(node.value);
    });
    spans.push({ id, words: words.join('') });
  });
  return spans;
}

/**
 * Every rule of an AIF document that its JSON Schema cannot state: ids unique, every edge's ends exist,
 * each RA-, CA- or MA-node has at least one incoming and exactly one outgoing edge, no edge joins two
 * I-nodes, every locution ties an L-node to a listed participant, each span in the text is
 * `id="node{nodeID}"` of an I-node (with that node's words), and OVA's copy of the AIF is the same as AIFdb's.
 * Returns the problems, none when the document keeps every rule.
 */
export function aifProblems(document: AifDocument): AifProblem[] {
  const problems = graphProblems(document, 'AIF');
  if (!isDeepStrictEqual(document.AIF, { nodes: document.nodes, edges: document.edges, locutions: document.locutions, participants: document.participants, schemefulfillments: document.schemefulfillments })) {
    problems.push('the OVA3 "AIF" block differs from the top-level AIF');
  }
  const nodes = new Map(document.nodes.map((node) => [String(node.nodeID), node]));
  const seen = new Set<string>();
  for (const span of textSpans(document.text)) {
    const nodeID = span.id.replace(/^node/, '');
    const node = nodes.get(nodeID);
    if (!span.id.startsWith('node') || node?.type !== 'I') problems.push(`text: span id="${span.id}" names no I-node`);
    else if (collapseSpace(span.words) !== collapseSpace(node.text)) problems.push(`text: span "${span.id}" has words that differ from its I-node's`);
    if (seen.has(span.id)) problems.push(`text: span id="${span.id}" occurs twice`);
    seen.add(span.id);
  }
  for (const sNode of document.schemefulfillments ?? []) {
    if (!nodes.has(String(sNode.nodeID))) problems.push(`schemefulfillments: "${sNode.nodeID}" is no node`);
  }
  const layout = new Set(document.OVA.nodes.map((node) => String(node.nodeID)));
  for (const node of document.OVA.nodes) if (!nodes.has(String(node.nodeID))) problems.push(`OVA: layout of "${node.nodeID}", which is no node`);
  for (const edge of document.OVA.edges) if (!layout.has(String(edge.fromID)) || !layout.has(String(edge.toID))) problems.push(`OVA: edge ${edge.fromID} -> ${edge.toID} joins nodes it does not lay out`);
  return problems;
}
