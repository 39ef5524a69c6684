import type { Question } from '../../schemas/question.ts';
import type { Claim } from '../../schemas/claim.ts';
import { relationId, type Relation } from '../../schemas/relation.ts';
import type { GraphEssay } from '../../schemas/graph.ts';
import type { ExtractedEssay, ExtractedRelation } from '../extract/extracted-essay.ts';

/**
 * Puts the checked essays, claims and relations together in reading order (essays by publication
 * date, then id; claims and relations as written), ready for the graph schema. Call only when no
 * error was found: every essay then has its frontmatter.
 */
export function assembleGraph(question: Question, essayFiles: readonly ExtractedEssay[], accepted: readonly ExtractedRelation[]): unknown {
  const essays: GraphEssay[] = essayFiles
    .map((essay) => ({ ...essay.frontmatter!, id: essay.id, url: `/essays/${essay.id}/`, words: essay.words }))
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const order = new Map(essays.map((essay, index) => [essay.id, index]));
  const byEssay = [...essayFiles].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const claims: Claim[] = byEssay.flatMap((essay) =>
    essay.claims.map((claim, index) => ({
      id: claim.id,
      essay: claim.essay,
      text: claim.text,
      ...(claim.title ? { title: claim.title } : {}),
      kind: claim.kind,
      url: `/claims/${claim.id}/`,
      anchor: `/essays/${claim.essay}/#${claim.id}`,
      n: index + 1,
      context: claim.context,
      ...(claim.holder ? { holder: claim.holder } : {}),
      ...(claim.comment ? { comment: claim.comment } : {}),
      source: { file: claim.place.file, line: claim.place.line },
    })),
  );
  // Relations follow the essays' reading order too (stable within a file), whatever order the files were read in.
  const fileOrder = new Map(byEssay.map((essay, index) => [essay.file, index]));
  const relations: Relation[] = accepted
    .map((relation, index) => ({ relation, index }))
    .sort((a, b) => (fileOrder.get(a.relation.place.file) ?? 0) - (fileOrder.get(b.relation.place.file) ?? 0) || a.index - b.index)
    .map(({ relation: { from, to, type, note, contestable } }) => ({
      id: relationId({ from, to, type }),
      from,
      to,
      type,
      ...(note ? { note } : {}),
      ...(contestable ? { contestable: true as const } : {}),
    }));
  return { schemaVersion: 2, question, essays, claims, relations };
}
