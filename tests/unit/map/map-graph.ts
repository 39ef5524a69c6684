import type { Graph } from '../../../src/schemas/graph.ts';
import { GraphSchema } from '../../../src/schemas/graph.ts';

/** A claim for a test graph: `essay:id:kind`. */
type ClaimSpec = `${string}:${string}:${string}`;
/** A relation for a test graph: `from supports to`, `from rebuts to`, `from undercuts <relation-id>`. */
type RelationSpec = string;

/**
 * A small, schema-valid graph for the map's tests. Claims are listed as "essay:id:kind", relations as
 * "from supports to"; essays are made up from the claims, in order of first mention.
 */
export function mapGraph(claims: ClaimSpec[], relations: RelationSpec[]): Graph {
  const essayIds = [...new Set(claims.map((spec) => spec.split(':')[0]!))];
  const counters = new Map<string, number>();
  return GraphSchema.parse({
    schemaVersion: 2,
    question: { id: 'question', text: 'Should we talk?' },
    essays: essayIds.map((id, index) => ({
      id, title: `Essay ${id}`, author: `Author ${id}`, authorBasis: 'byline', outlet: 'Outlet',
      published: String(2010 + (index % 90)), publishedInferred: false, publishedOutside: false, stance: index % 2 ? 'for' : 'against',
      sources: [`${id}.txt`], summary: 'Ours.', url: `/essays/${id}/`, words: 10,
    })),
    claims: claims.map((spec) => {
      const [essay, id, kind] = spec.split(':') as [string, string, string];
      const n = (counters.get(essay) ?? 0) + 1;
      counters.set(essay, n);
      return {
        id, essay, kind, text: `Words of ${id}.`, url: `/claims/${id}/`, anchor: `/essays/${essay}/#${id}`, n,
        context: `Words of ${id}.`, source: { file: `essays/${essay}.md`, line: n },
      };
    }),
    relations: relations.map((spec) => {
      const [from, type, to] = spec.split(' ') as [string, 'supports' | 'rebuts' | 'undercuts', string];
      return { id: `${from}--${type}--${to}`, from, to, type, note: 'Ours.' };
    }),
  });
}
