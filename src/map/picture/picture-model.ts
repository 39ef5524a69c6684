import type { Graph, GraphEssay } from '../../schemas/graph.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Relation } from '../../schemas/relation.ts';

/** A direct reason: a claim of the thesis's own essay that supports or rebuts the thesis. */
export interface PictureReason {
  /** The claim. */
  claim: Claim;
  /** Its relation to the thesis (the tree edge drawn from it). */
  relation: Relation;
}

/** One essay's column: its thesis and its direct reasons, those that clash with other essays first. */
export interface PictureColumn {
  /** The essay. */
  essay: GraphEssay;
  /** Its thesis. */
  thesis: Claim;
  /** Every direct reason, in the order drawn. */
  reasons: PictureReason[];
  /** How many reasons show before "+N more". */
  shown: number;
}

/** What the picture draws, before any geometry. */
export interface PictureModel {
  /** The question, in our words. */
  question: Graph['question'];
  /** One column per essay that has a thesis, oldest essay first. */
  columns: PictureColumn[];
  /** Every relation between two drawn claims that is not a column's tree edge; an undercut's end is the claim whose relation it attacks. */
  lines: Relation[];
}

/** The claim an undercut is drawn to: the one whose relation it attacks; a claim relation's own target. */
export function drawnEnd(relation: Relation, relations: ReadonlyMap<string, Relation>): string | undefined {
  return relation.type === 'undercuts' ? relations.get(relation.to)?.from : relation.to;
}

/**
 * Chooses what the picture shows: the question; each essay's thesis, oldest essay first (so the
 * invasion's divide falls between columns); under each its direct reasons, the ones with relations to
 * other drawn claims of other essays first, then those with most relations across essays, readers'
 * comments after the essay's own, then in essay order; and every relation between the drawn claims.
 * `shown` is how many reasons a column shows before "+N more". Pure.
 */
export function pictureModel(graph: Graph, shown = 5): PictureModel {
  const relations = new Map(graph.relations.map((relation) => [relation.id, relation]));
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const essays = [...graph.essays].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
  const raw = essays.flatMap((essay) => {
    const thesis = graph.claims.find((claim) => claim.essay === essay.id && claim.kind === 'thesis');
    if (!thesis) return [];
    const reasons = graph.relations
      .filter((relation) => relation.to === thesis.id && relation.type !== 'undercuts' && claims.get(relation.from)?.essay === essay.id)
      .map((relation) => ({ claim: claims.get(relation.from)!, relation }));
    return [{ essay, thesis, reasons }];
  });
  const candidates = new Set(raw.flatMap((column) => [column.thesis.id, ...column.reasons.map((reason) => reason.claim.id)]));
  const across = (id: string, within: ReadonlySet<string> | undefined): number => graph.relations.filter((relation) => {
    const end = drawnEnd(relation, relations);
    const other = relation.from === id ? end : end === id ? relation.from : undefined;
    if (other === undefined || (within && !within.has(other))) return false;
    return claims.get(other)?.essay !== claims.get(id)?.essay;
  }).length;
  const columns = raw.map((column) => {
    const score = new Map(column.reasons.map(({ claim }) => [claim.id, [across(claim.id, candidates), across(claim.id, undefined), claim.kind === 'reader' ? 1 : 0, claim.n]] as const));
    const reasons = [...column.reasons].sort((a, b) => {
      const [x, y] = [score.get(a.claim.id)!, score.get(b.claim.id)!];
      return y[0] - x[0] || y[1] - x[1] || x[2] - y[2] || x[3] - y[3];
    });
    return { ...column, reasons, shown: Math.min(shown, reasons.length) };
  });
  const drawn = new Set(columns.flatMap((column) => [column.thesis.id, ...column.reasons.map((reason) => reason.claim.id)]));
  const tree = new Set(columns.flatMap((column) => column.reasons.map((reason) => reason.relation.id)));
  const lines = graph.relations.filter((relation) => {
    const end = drawnEnd(relation, relations);
    return !tree.has(relation.id) && drawn.has(relation.from) && end !== undefined && drawn.has(end) && end !== relation.from;
  });
  return { question: graph.question, columns, lines };
}
