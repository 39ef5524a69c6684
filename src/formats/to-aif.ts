import type { Graph } from '../schemas/graph.ts';
import type { Claim } from '../schemas/claim.ts';
import type { AbsoluteUrl } from '../urls/absolute-url.ts';

/** AIF node types used here: information, rule application (support), conflict (rebuttal), locution, illocution. */
export type AifNodeType = 'I' | 'RA' | 'CA' | 'L' | 'YA';

/** A node as AIFdb's and OVA's JSON writes it. */
export interface AifNode {
  /** Unique id: a claim's I-node uses the claim id itself. */
  nodeID: string;
  /** The proposition (I), the locution "Speaker: words" (L), or the scheme name (RA, CA, YA). */
  text: string;
  /** The node type. */
  type: AifNodeType;
  /** Where to read it on the site (not AIF; tools ignore unknown fields). */
  url?: string;
  /** Our note on why a relation holds (not AIF). */
  note?: string;
}

/** A directed edge between two nodes. */
export interface AifEdge {
  /** Unique id. */
  edgeID: string;
  /** Source node. */
  fromID: string;
  /** Target node. */
  toID: string;
}

/** Links an L-node to the participant who said it. */
export interface AifLocution {
  /** The L-node. */
  nodeID: string;
  /** The participant's `participantID`. */
  personID: string;
}

/** A speaker. */
export interface AifParticipant {
  /** Unique id. */
  participantID: string;
  /** Given names (everything but the last word of the name). */
  firstname: string;
  /** Last word of the name. */
  surname: string;
}

/** AIF-JSON as AIFdb exports it and OVA imports it. */
export interface AifDocument {
  /** I-, RA-, CA-, L- and YA-nodes. */
  nodes: AifNode[];
  /** Every edge. */
  edges: AifEdge[];
  /** Who said each L-node. */
  locutions: AifLocution[];
  /** The essays' authors and the reader commenters. */
  participants: AifParticipant[];
}

/** What `toAif` needs besides the graph. */
export interface AifOptions {
  /** Makes a graph URL path absolute on the site's address (`absoluteUrl`); undefined leaves the url out. */
  absoluteUrl: AbsoluteUrl;
}

function splitName(name: string): { firstname: string; surname: string } {
  const words = name.trim().split(/\s+/);
  const surname = words.pop() ?? name;
  return { firstname: words.join(' '), surname };
}

/**
 * Writes the argument graph as AIF-JSON (the Argument Interchange Format in the JSON shape of
 * AIFdb and OVA). Each claim is an I-node whose `nodeID` is the claim id, and the question is an
 * I-node too. Each `supports` relation becomes an RA-node ("Default Inference") with an edge from
 * the supporting claim and one to the supported claim; each `rebuts` becomes a CA-node ("Default
 * Conflict") likewise. Each claim also gets an L-node (its words as said by its author) anchored to
 * its I-node by a YA-node ("Asserting"), and a locution naming the essay's author as participant;
 * a reader comment's claims are said by an unnamed participant, "Reader (comment n in capture)".
 */
export function toAif(graph: Graph, options: AifOptions): AifDocument {
  const nodes: AifNode[] = [];
  const edges: AifEdge[] = [];
  const locutions: AifLocution[] = [];
  const participants: AifParticipant[] = [];
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

  nodes.push({ nodeID: graph.question.id, text: graph.question.text, type: 'I', url: options.absoluteUrl('/') });
  for (const claim of graph.claims) {
    nodes.push({ nodeID: claim.id, text: claim.text, type: 'I', url: options.absoluteUrl(claim.url) });
    const { personID, name } = speaker(claim);
    const locution = `L__${claim.id}`;
    const illocution = `YA__${claim.id}`;
    nodes.push({ nodeID: locution, text: `${name}: ${claim.text}`, type: 'L' });
    nodes.push({ nodeID: illocution, text: 'Asserting', type: 'YA' });
    edge(locution, illocution);
    edge(illocution, claim.id);
    locutions.push({ nodeID: locution, personID });
  }
  for (const relation of graph.relations) {
    const support = relation.type === 'supports';
    // "__" cannot occur in a kebab-case id, so these ids cannot collide with claims or each other.
    const nodeID = `${support ? 'RA' : 'CA'}__${relation.from}__${relation.to}`;
    nodes.push({
      nodeID,
      text: support ? 'Default Inference' : 'Default Conflict',
      type: support ? 'RA' : 'CA',
      ...(relation.note ? { note: relation.note } : {}),
    });
    edge(relation.from, nodeID);
    edge(nodeID, relation.to);
  }
  return { nodes, edges, locutions, participants };
}
