import type { Graph } from '../schemas/graph.ts';
import { TEACH_WORDS } from '../words/teach-words.ts';
import { mapParagraph } from './map-paragraph.ts';
import type { Worksheet } from './worksheet.ts';

const P = TEACH_WORDS.prompts;

/**
 * "Map it yourself" for one essay's paragraph best suited to it (see `mapParagraph`): mark its claims,
 * say what supports or rebuts what, then compare with the site's reading, which the page shows only
 * once the student has answered. Undefined when the essay has no paragraph with related claims.
 */
export function mapWorksheet(graph: Graph, essayId: string): Worksheet | undefined {
  const essay = graph.essays.find((item) => item.id === essayId);
  const paragraph = mapParagraph(graph, essayId);
  if (!essay || !paragraph) return undefined;
  return {
    id: `map-it-${essay.id}`,
    kind: 'map',
    title: P.mapTitle(essay.author),
    intro: P.mapIntro,
    essays: [essay.id],
    paragraph,
    prompts: [
      { id: 'claims', text: P.mapClaims, claims: [], fields: [{ kind: 'text', id: 'claims-answer', label: TEACH_WORDS.worksheet.answer, rows: 8 }] },
      { id: 'relations', text: P.mapRelations, claims: [], fields: [{ kind: 'text', id: 'relations-answer', label: TEACH_WORDS.worksheet.answer, rows: 6 }] },
      { id: 'compare', text: P.mapCompare, claims: [], fields: [{ kind: 'text', id: 'compare-answer', label: TEACH_WORDS.worksheet.answer, rows: 5 }] },
    ],
  };
}
