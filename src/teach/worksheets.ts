import type { Graph } from '../schemas/graph.ts';
import type { ResolvedGuide } from './resolve-reading-guide.ts';
import { argueWorksheet } from './argue-worksheet.ts';
import { exerciseWorksheets } from './exercise-worksheet.ts';
import { mapWorksheet } from './map-worksheet.ts';
import type { Worksheet } from './worksheet.ts';

/**
 * Every worksheet, from the graph and the reading guide: one per exercise, then for each essay in the
 * guide's order "Argue as <author>", then "Map it yourself" for a paragraph of each essay. A new essay
 * gets its own without a line of code. Throws on two worksheets with one id.
 */
export function worksheets(graph: Graph, guide: Pick<ResolvedGuide, 'essays' | 'exercises'>): Worksheet[] {
  const order = guide.essays.map((item) => item.essay.id);
  const essays = [...order, ...graph.essays.map((essay) => essay.id).filter((id) => !order.includes(id))];
  const sheets = [
    ...exerciseWorksheets(guide),
    ...essays.map((id) => argueWorksheet(graph, id)),
    ...essays.map((id) => mapWorksheet(graph, id)),
  ].filter((sheet): sheet is Worksheet => sheet !== undefined);
  const seen = new Set<string>();
  for (const sheet of sheets) {
    if (seen.has(sheet.id)) throw new Error(`worksheets: two worksheets would have the id "${sheet.id}"; rename an exercise in content/reading-guide.yaml`);
    seen.add(sheet.id);
  }
  return sheets;
}
