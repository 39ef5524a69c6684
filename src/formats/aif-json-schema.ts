/**
 * A JSON Schema (draft 2020-12) for `/graph.aif.json`, written from the AIF specification (Chesñevar et al.
 * 2006; Rahwan & Reed 2009; the AIF-JSON of AIFdb and OVA3): nodes of the types I, L, RA, CA, MA, PA, YA, TA;
 * directed edges; locutions tying L-nodes to participants; scheme fulfilments; and OVA3's wrapper (`AIF`,
 * the analysis `text`, the `OVA` canvas). What a schema cannot state (unique ids, edges' ends, the arity of
 * S-nodes, no I-to-I edge, the text's spans) is checked by `aifProblems` (src/formats/aif-rules.ts).
 * Extra fields on nodes (`url`, `note`, `voice`) are ours; AIF tools ignore unknown fields, so they are allowed.
 */
import { AIF_NODE_TYPES } from './to-aif.ts';

const ID = { anyOf: [{ type: 'string', minLength: 1 }, { type: 'integer' }], description: 'An id: AIFdb writes integers, OVA3 strings.' } as const;

/** The AIF arrays, as AIFdb has them at the top level and OVA3 again under `AIF`. */
const AIF_PROPERTIES = {
  nodes: { $ref: '#/$defs/nodes' },
  edges: { $ref: '#/$defs/edges' },
  locutions: { $ref: '#/$defs/locutions' },
  participants: { $ref: '#/$defs/participants' },
  schemefulfillments: { $ref: '#/$defs/schemefulfillments' },
} as const;

/** The schema, as a plain object (ajv compiles it; `/graph.aif.schema.json` could publish it). */
export const AIF_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://counterpoint.invalid/graph.aif.schema.json',
  title: 'AIF-JSON (AIFdb shape, with OVA3 text and layout)',
  type: 'object',
  required: ['nodes', 'edges', 'locutions', 'participants', 'AIF', 'text', 'OVA'],
  properties: {
    ...AIF_PROPERTIES,
    AIF: { $ref: '#/$defs/aif', description: 'The same AIF, where OVA3 reads it.' },
    text: { type: 'string', description: 'The analysis text, HTML: each claim as <span class="highlighted" id="node{nodeID}">.' },
    OVA: {
      type: 'object',
      required: ['nodes', 'edges'],
      properties: {
        firstname: { type: 'string' },
        surname: { type: 'string' },
        url: { type: 'string' },
        nodes: {
          type: 'array',
          items: {
            type: 'object',
            required: ['nodeID', 'visible', 'x', 'y'],
            properties: { nodeID: ID, visible: { type: 'boolean' }, x: { type: 'number' }, y: { type: 'number' }, timestamp: { type: 'string' } },
          },
        },
        edges: {
          type: 'array',
          items: { type: 'object', required: ['fromID', 'toID', 'visible'], properties: { fromID: ID, toID: ID, visible: { type: 'boolean' } } },
        },
      },
    },
  },
  $defs: {
    id: ID,
    node: {
      type: 'object',
      required: ['nodeID', 'text', 'type'],
      properties: {
        nodeID: { $ref: '#/$defs/id' },
        text: { type: 'string', description: 'I: the proposition; L: "Speaker: words"; S-nodes: the scheme name.' },
        type: { enum: [...AIF_NODE_TYPES], description: 'I information, L locution, RA inference, CA conflict, MA rephrase, PA preference, YA illocution, TA transition.' },
        timestamp: { type: 'string' },
        scheme: { type: ['string', 'integer'] },
        url: { type: 'string', format: 'uri' },
        note: { type: 'string', minLength: 1 },
        voice: { type: 'string', minLength: 1 },
      },
      // An I- or L-node has words; an S-node (RA, CA, MA, PA, YA, TA) names its scheme.
      allOf: [{ if: { properties: { type: { enum: ['I', 'L'] } } }, then: { properties: { text: { type: 'string', minLength: 1 } } } }],
    },
    edge: {
      type: 'object',
      required: ['edgeID', 'fromID', 'toID'],
      properties: { edgeID: { $ref: '#/$defs/id' }, fromID: { $ref: '#/$defs/id' }, toID: { $ref: '#/$defs/id' }, formEdgeID: { type: ['string', 'integer', 'null'] } },
    },
    locution: {
      type: 'object',
      required: ['nodeID', 'personID'],
      properties: { nodeID: { $ref: '#/$defs/id' }, personID: { $ref: '#/$defs/id' }, timestamp: { type: 'string' }, start: { type: ['string', 'null'] }, end: { type: ['string', 'null'] }, source: { type: ['string', 'null'] } },
    },
    participant: {
      type: 'object',
      required: ['participantID', 'firstname', 'surname'],
      properties: { participantID: { $ref: '#/$defs/id' }, firstname: { type: 'string' }, surname: { type: 'string' } },
    },
    schemefulfillment: {
      type: 'object',
      required: ['nodeID', 'schemeID'],
      properties: { nodeID: { $ref: '#/$defs/id' }, schemeID: { type: ['string', 'integer'] } },
    },
    nodes: { type: 'array', items: { $ref: '#/$defs/node' }, minItems: 1 },
    edges: { type: 'array', items: { $ref: '#/$defs/edge' } },
    locutions: { type: 'array', items: { $ref: '#/$defs/locution' } },
    participants: { type: 'array', items: { $ref: '#/$defs/participant' } },
    schemefulfillments: { type: 'array', items: { $ref: '#/$defs/schemefulfillment' } },
    aif: {
      type: 'object',
      required: ['nodes', 'edges', 'locutions'],
      properties: {
        ...AIF_PROPERTIES,
      },
    },
  },
} as const;
