import type { Root } from 'mdast';
import type { Graph } from '../schemas/graph.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Relation } from '../schemas/relation.ts';
import type { AbsoluteUrl } from '../urls/absolute-url.ts';
import { claimVoice } from '../words/voice.ts';
import { aifText, type AifTextSource } from './aif-text.ts';
import type { AifDocument, AifEdge, AifGraph, AifLocution, AifNode, AifParticipant, AifSchemeFulfillment, OvaEdgeLayout, OvaNodeLayout } from '../schemas/aif.ts';

/** What `toAif` needs besides the graph. */
export interface AifOptions {
  /** Makes a graph URL path absolute on the site's address (`absoluteUrl`); undefined leaves the url out. */
  absoluteUrl: AbsoluteUrl;
  /** Each essay's parsed Markdown (for the analysis text), in the graph's essay order; essays without one have no text. */
  texts?: { essay: string; tree: Root }[];
}

function splitName(name: string): { firstname: string; surname: string } {
  const words = name.trim().split(/\s+/);
  const surname = words.pop() ?? name;
  return { firstname: words.join(' '), surname };
}

const SCHEME = { RA: { text: 'Default Inference', id: '72' }, CA: { text: 'Default Conflict', id: '71' } } as const;

/** The RA- or CA-node of a relation. "__" cannot occur in a kebab-case id, so these never collide with claims. */
export function relationNodeId(relation: Pick<Relation, 'id' | 'type'>): string {
  return `${relation.type === 'supports' ? 'RA' : 'CA'}__${relation.id}`;
}

/**
 * Writes the argument graph as AIF-JSON. Each claim is an I-node whose `nodeID` is the claim id; the question
 * is an I-node too. A `supports` relation is an RA-node ("Default Inference") with an edge from the supporting
 * claim and one to the supported claim; a `rebuts` a CA-node ("Default Conflict") likewise; an `undercuts` a
 * CA-node with an edge from the undercutting claim and one to the RA- or CA-node of the relation it undercuts
 * (an undercutter attacks the inference, not its premise or conclusion). Each claim also gets an L-node (its
 * words as said by whoever says them) anchored to its I-node by a YA-node ("Asserting"), with a locution naming
 * the participant: the essay's author, or for a reader comment an unnamed "Reader (comment n in capture)".
 * A `reported` claim is said by the author who reports it (the words are theirs), and its I-node's `voice`
 * says whose view it is.
 */
export function toAif(graph: Graph, options: AifOptions): AifDocument {
  const nodes: AifNode[] = [];
  const edges: AifEdge[] = [];
  const locutions: AifLocution[] = [];
  const participants: AifParticipant[] = [];
  const schemefulfillments: AifSchemeFulfillment[] = [];
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: `e${edges.length + 1}`, fromID, toID });

  const participantOf = new Map<string, string>();
  const participant = (key: string, firstname: string, surname: string): string => {
    let id = participantOf.get(key);
    if (!id) {
      id = `p${participants.length + 1}`;
      participantOf.set(key, id);
      participants.push({ participantID: id, firstname, surname });
    }
    return id;
  };
  const essays = new Map(graph.essays.map((essay) => [essay.id, essay]));
  const speaker = (claim: Claim): { personID: string; name: string } => {
    if (claim.comment) {
      const surname = `(comment ${claim.comment.n} in ${claim.comment.capture})`;
      return { personID: participant(`comment:${claim.comment.capture}:${claim.comment.n}`, 'Reader', surname), name: `Reader ${surname}` };
    }
    const author = essays.get(claim.essay)?.author ?? claim.essay;
    const { firstname, surname } = splitName(author);
    return { personID: participant(`author:${author}`, firstname, surname), name: author };
  };

  const url = (path: string) => {
    const absolute = options.absoluteUrl(path);
    return absolute === undefined ? {} : { url: absolute };
  };
  nodes.push({ nodeID: graph.question.id, text: graph.question.text, type: 'I', ...url('/') });
  for (const claim of graph.claims) {
    const essay = essays.get(claim.essay);
    nodes.push({
      nodeID: claim.id,
      text: claim.text,
      type: 'I',
      ...url(claim.url),
      ...(claim.kind === 'reported' && essay ? { voice: claimVoice(claim, essay).phrase } : {}),
    });
    const { personID, name } = speaker(claim);
    const locution = `L__${claim.id}`;
    const illocution = `YA__${claim.id}`;
    nodes.push({ nodeID: locution, text: `${name}: ${claim.text}`, type: 'L' });
    nodes.push({ nodeID: illocution, text: 'Asserting', type: 'YA' });
    edge(locution, illocution);
    edge(illocution, claim.id);
    locutions.push({ nodeID: locution, personID });
  }
  const byId = new Map(graph.relations.map((relation) => [relation.id, relation]));
  for (const relation of graph.relations) {
    const type = relation.type === 'supports' ? 'RA' : 'CA';
    const nodeID = relationNodeId(relation);
    nodes.push({ nodeID, text: SCHEME[type].text, type, ...(relation.note ? { note: relation.note } : {}) });
    schemefulfillments.push({ nodeID, schemeID: SCHEME[type].id });
  }
  for (const relation of graph.relations) {
    const nodeID = relationNodeId(relation);
    const target = relation.type === 'undercuts' ? byId.get(relation.to) : undefined;
    if (relation.type === 'undercuts' && !target) throw new Error(`toAif: undercut ${relation.id} names no relation "${relation.to}"`);
    edge(relation.from, nodeID);
    edge(nodeID, target ? relationNodeId(target) : relation.to);
  }

  const aif: AifGraph = { nodes, edges, locutions, participants, schemefulfillments };
  const sources: AifTextSource[] = (options.texts ?? []).flatMap(({ essay, tree }) => {
    const entry = essays.get(essay);
    return entry ? [{ essay, heading: `${entry.title} — ${entry.author}`, tree }] : [];
  });
  const claimIds = new Set(graph.claims.map((claim) => claim.id));
  const text = aifText(sources, (id) => (claimIds.has(id) ? id : undefined));
  return { ...aif, AIF: aif, text, OVA: { firstname: '', surname: '', url: '', ...ovaLayout(graph, aif) } };
}

/**
 * A plain canvas layout for OVA, which draws only the nodes it is given positions for: one column per essay,
 * claims down it in text order, the question on top, each RA/CA node beside the claim it comes from.
 */
function ovaLayout(graph: Graph, aif: AifGraph): { nodes: OvaNodeLayout[]; edges: OvaEdgeLayout[] } {
  const COLUMN = 520;
  const ROW = 110;
  const column = new Map(graph.essays.map((essay, index) => [essay.id, index]));
  const place = new Map<string, { x: number; y: number }>();
  place.set(graph.question.id, { x: ((graph.essays.length - 1) * COLUMN) / 2, y: 0 });
  for (const claim of graph.claims) place.set(claim.id, { x: (column.get(claim.essay) ?? 0) * COLUMN, y: claim.n * ROW });
  const shown = new Set<string>([graph.question.id, ...graph.claims.map((claim) => claim.id)]);
  const layout: OvaNodeLayout[] = [];
  let offset = 0;
  for (const relation of graph.relations) {
    const from = place.get(relation.from) ?? { x: 0, y: 0 };
    const nodeID = relationNodeId(relation);
    // Fan the relation nodes of one claim out to its right so they do not sit on each other.
    offset = (offset + 1) % 3;
    place.set(nodeID, { x: from.x + 260 + offset * 60, y: from.y + 30 });
    shown.add(nodeID);
  }
  for (const node of aif.nodes) {
    const at = place.get(node.nodeID);
    layout.push({ nodeID: node.nodeID, visible: shown.has(node.nodeID), x: at?.x ?? 0, y: at?.y ?? 0, timestamp: '' });
  }
  const edges = aif.edges.map(({ fromID, toID }) => ({ fromID, toID, visible: shown.has(fromID) && shown.has(toID) }));
  return { nodes: layout, edges };
}
