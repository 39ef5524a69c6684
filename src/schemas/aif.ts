import { z } from 'zod';

const Id = z.string().min(1);

// Fields of ours on a node: AIF tools ignore unknown fields, so nodes (and everything else) stay open to them.
const NODE_FIELDS = {
  /** Unique id: a claim's I-node uses the claim id itself, the question's the question id. */
  nodeID: Id,
  /** Where to read it on the site (not AIF). */
  url: z.string().optional(),
  /** Our note on why a relation holds (not AIF). */
  note: z.string().min(1).optional(),
  /** For a `reported` claim's I-node: whose view it is, as its essay reports it (not AIF). */
  voice: z.string().min(1).optional(),
};

/**
 * A node as AIFdb's and OVA's JSON writes it, of one of the AIF types: information (I), locution (L), inference
 * (RA), conflict (CA), rephrase (MA), preference (PA), illocution (YA), transition (TA). An I- or L-node has
 * words; an S-node names its scheme.
 */
export const AifNodeSchema = z.union([
  z.looseObject({ ...NODE_FIELDS, /** Information or locution. */ type: z.enum(['I', 'L']), /** The proposition (I) or "Speaker: words" (L). */ text: z.string().min(1) }),
  z.looseObject({ ...NODE_FIELDS, /** An S-node. */ type: z.enum(['RA', 'CA', 'MA', 'PA', 'YA', 'TA']), /** The scheme name. */ text: z.string() }),
]);

/** A directed edge between two nodes. */
export const AifEdgeSchema = z.looseObject({ /** Unique id. */ edgeID: Id, /** Source node. */ fromID: Id, /** Target node. */ toID: Id });

/** Links an L-node to the participant who said it. */
export const AifLocutionSchema = z.looseObject({ /** The L-node. */ nodeID: Id, /** The participant's `participantID`. */ personID: Id });

/** A speaker. */
export const AifParticipantSchema = z.looseObject({
  /** Unique id. */
  participantID: Id,
  /** Given names (everything but the last word of the name). */
  firstname: z.string(),
  /** Last word of the name. */
  surname: z.string(),
});

/** The argumentation scheme an RA- or CA-node applies (OVA's ids: 72 Default Inference, 71 Default Conflict). */
export const AifSchemeFulfillmentSchema = z.looseObject({ /** The RA- or CA-node. */ nodeID: Id, /** The scheme's id in AIFdb/OVA. */ schemeID: z.string() });

/** The AIF proper: nodes, edges, locutions, participants and scheme fulfilments. */
export const AifGraphSchema = z.looseObject({
  /** I-, L-, YA-, RA- and CA-nodes. */
  nodes: z.array(AifNodeSchema).min(1),
  /** Every edge. */
  edges: z.array(AifEdgeSchema),
  /** Who said each L-node. */
  locutions: z.array(AifLocutionSchema),
  /** The essays' authors and the reader commenters. */
  participants: z.array(AifParticipantSchema),
  /** The scheme of each RA- and CA-node. */
  schemefulfillments: z.array(AifSchemeFulfillmentSchema),
});

/** Where OVA draws a node (OVA draws only the nodes listed here as visible). */
export const OvaNodeLayoutSchema = z.looseObject({
  /** The node. */
  nodeID: Id,
  /** Drawn or not. */
  visible: z.boolean(),
  /** Canvas position, left to right. */
  x: z.number(),
  /** Canvas position, top to bottom. */
  y: z.number(),
  /** OVA's timestamp field; empty. */
  timestamp: z.string(),
});

/** An edge OVA draws. */
export const OvaEdgeLayoutSchema = z.looseObject({ /** Source node. */ fromID: Id, /** Target node. */ toID: Id, /** Drawn or not. */ visible: z.boolean() });

/**
 * `/graph.aif.json`: AIF-JSON as AIFdb writes it (the AIF arrays at the top level) and the same AIF in OVA3's
 * shape (`AIF`, the analysis `text`, the `OVA` canvas), so OVA opens it with the essays' text beside the map.
 * What a schema cannot state (unique ids, edges' ends, S-node arity, the text's spans) `aifProblems` checks.
 */
export const AifDocumentSchema = AifGraphSchema.extend({
  /** The same AIF, where OVA3 reads it. */
  AIF: AifGraphSchema,
  /** The analysis text, HTML: each claim as `<span class="highlighted" id="node{nodeID}">`. */
  text: z.string(),
  /** OVA3's canvas: where each I-, RA- and CA-node is drawn, and which edges. */
  OVA: z.looseObject({ firstname: z.string(), surname: z.string(), url: z.string(), nodes: z.array(OvaNodeLayoutSchema), edges: z.array(OvaEdgeLayoutSchema) }),
});

/** A node. */
export type AifNode = z.output<typeof AifNodeSchema>;
/** An edge. */
export type AifEdge = z.output<typeof AifEdgeSchema>;
/** A locution. */
export type AifLocution = z.output<typeof AifLocutionSchema>;
/** A participant. */
export type AifParticipant = z.output<typeof AifParticipantSchema>;
/** A scheme fulfilment. */
export type AifSchemeFulfillment = z.output<typeof AifSchemeFulfillmentSchema>;
/** The AIF proper. */
export type AifGraph = z.output<typeof AifGraphSchema>;
/** OVA's node layout. */
export type OvaNodeLayout = z.output<typeof OvaNodeLayoutSchema>;
/** OVA's edge layout. */
export type OvaEdgeLayout = z.output<typeof OvaEdgeLayoutSchema>;
/** The whole export. */
export type AifDocument = z.output<typeof AifDocumentSchema>;
