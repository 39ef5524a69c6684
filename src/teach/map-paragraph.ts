import type { Claim } from '../schemas/claim.ts';
import type { Graph } from '../schemas/graph.ts';
import type { Relation } from '../schemas/relation.ts';
import type { ParagraphReading } from './worksheet.ts';

/** The fewest and most claims a paragraph for "Map it yourself" should have: enough to map, few enough for a class. */
export const PARAGRAPH_CLAIMS = { min: 3, max: 6 } as const;

/** The claim a relation acts on: its `to` for supports and rebuts, the undercut relation's `from` for an undercut. */
function endsOf(relation: Relation, relations: ReadonlyMap<string, Relation>): [string, string] | undefined {
  if (relation.type !== 'undercuts') return [relation.from, relation.to];
  const inference = relations.get(relation.to);
  return inference ? [relation.from, inference.from] : undefined;
}

/** How the site reads one paragraph: its claims, the relations between them, and those that leave it. */
export function readParagraph(graph: Graph, claims: Claim[]): ParagraphReading {
  const ids = new Set(claims.map((claim) => claim.id));
  const relations = new Map(graph.relations.map((relation) => [relation.id, relation]));
  const inside: Relation[] = [];
  const outside: Relation[] = [];
  for (const relation of graph.relations) {
    const ends = endsOf(relation, relations);
    if (!ends) continue;
    const [a, b] = ends.map((id) => ids.has(id));
    if (a && b && relation.type !== 'undercuts') inside.push(relation);
    else if (a || b) outside.push(relation);
  }
  return { essay: claims[0]!.essay, text: claims[0]!.context, claims, inside, outside };
}

/**
 * The paragraph of an essay best suited to mapping by hand: among the author's paragraphs (reader
 * comments left out) with PARAGRAPH_CLAIMS claims, the one with the most relations between its own
 * claims, then the fewest claims, then the first. Relaxed to any paragraph with two claims joined
 * by a relation when none fits; undefined when the essay has none.
 */
export function mapParagraph(graph: Graph, essay: string): ParagraphReading | undefined {
  const paragraphs = new Map<string, Claim[]>();
  for (const claim of graph.claims) {
    if (claim.essay !== essay || claim.kind === 'reader') continue;
    paragraphs.set(claim.context, [...(paragraphs.get(claim.context) ?? []), claim]);
  }
  const readings = [...paragraphs.values()].map((claims) => readParagraph(graph, claims)).filter((reading) => reading.inside.length > 0);
  const fits = readings.filter((reading) => reading.claims.length >= PARAGRAPH_CLAIMS.min && reading.claims.length <= PARAGRAPH_CLAIMS.max);
  const pool = fits.length > 0 ? fits : readings;
  // A stable sort keeps text order among equals.
  return [...pool].sort((a, b) => b.inside.length - a.inside.length || a.claims.length - b.claims.length)[0];
}
