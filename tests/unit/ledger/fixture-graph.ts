import type { Graph } from '../../../src/schemas/graph.ts';
import type { Claim } from '../../../src/schemas/claim.ts';

/** A claim of essay `e` for tests. */
export function claim(id: string, n: number, essay = 'e', text = `Words of ${id}.`): Claim {
  return { id, essay, text, kind: 'reason', url: `/claims/${id}/`, anchor: `/essays/${essay}/#${id}`, n, context: `Before. ${text} After.`, source: { file: `content/essays/${essay}.md`, line: 10 + n } };
}

/** A small graph: two essays, claims a, b (essay e) and c (essay f); b supports a, c rebuts a with a note. */
export function smallGraph(claims: Claim[] = [claim('a', 1), claim('b', 2), claim('c', 1, 'f')]): Graph {
  const essay = (id: string, published: string) => ({
    id, title: `Essay ${id}`, author: `Author ${id}`, authorBasis: 'byline' as const, outlet: 'Outlet', published, publishedInferred: false, publishedOutside: false,
    stance: 'against' as const, sources: [`${id}.txt`], summary: 'Ours.', url: `/essays/${id}/`, words: 100,
  });
  const ids = new Set(claims.map((item) => item.id));
  return {
    schemaVersion: 2,
    question: { id: 'question', text: 'Q?' },
    essays: [essay('e', '2022-01-01'), essay('f', '2022-02-01')],
    claims,
    relations: [
      { id: 'a--rebuts--question', from: 'a', to: 'question', type: 'rebuts' as const },
      { id: 'b--supports--a', from: 'b', to: 'a', type: 'supports' as const },
      { id: 'c--rebuts--a', from: 'c', to: 'a', type: 'rebuts' as const, note: 'Our note on c.' },
    ].filter((relation) => ids.has(relation.from) && (relation.to === 'question' || ids.has(relation.to))),
  };
}
