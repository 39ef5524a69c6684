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
  /** One column per drawn essay (each has a thesis), oldest essay first. */
  columns: PictureColumn[];
  /** Essays with a thesis that have no column, because more essays than PICTURE_MAX_COLUMNS have one; oldest first. */
  omitted: GraphEssay[];
  /** Every relation between two drawn claims that is not a column's tree edge; an undercut's end is the claim whose relation it attacks. */
  lines: Relation[];
}

/**
 * The most columns the picture draws side by side: at six its boxes are still about 20 characters wide.
 * A course that adds essays past that sees the six that answer other essays most, the rest named and linked.
 */
export const PICTURE_MAX_COLUMNS = 6;

/** The claim an undercut is drawn to: the one whose relation it attacks; a claim relation's own target. */
export function drawnEnd(relation: Relation, relations: ReadonlyMap<string, Relation>): string | undefined {
  return relation.type === 'undercuts' ? relations.get(relation.to)?.from : relation.to;
}

/**
 * Chooses what the picture shows: the question; each essay's thesis, oldest essay first (so the
 * invasion's divide falls between columns); under each its direct reasons, the ones with relations to
 * other drawn claims of other essays first, then those with most relations across essays, readers'
 * comments after the essay's own, then in essay order; and every relation between the drawn claims.
 * `shown` is how many reasons a column shows before "+N more". When more than `maxColumns` essays have
 * a thesis, the ones whose claims take part in the most relations across essays are drawn (the older
 * first on a tie), and the others are listed in `omitted`. Pure.
 */
export function pictureModel(graph: Graph, shown = 5, maxColumns = PICTURE_MAX_COLUMNS): PictureModel {
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
  const { kept, omitted } = keepColumns(graph, raw, maxColumns);
  const candidates = new Set(kept.flatMap((column) => [column.thesis.id, ...column.reasons.map((reason) => reason.claim.id)]));
  const across = (id: string, within: ReadonlySet<string> | undefined): number => graph.relations.filter((relation) => {
    const end = drawnEnd(relation, relations);
    const other = relation.from === id ? end : end === id ? relation.from : undefined;
    if (other === undefined || (within && !within.has(other))) return false;
    return claims.get(other)?.essay !== claims.get(id)?.essay;
  }).length;
  const columns = kept.map((column) => {
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
  return { question: graph.question, columns, lines, omitted };
}

/** The `max` columns of `raw` (in date order) whose essays' claims take part in the most relations across essays, and the essays left out. */
function keepColumns<T extends { essay: GraphEssay }>(graph: Graph, raw: T[], max: number): { kept: T[]; omitted: GraphEssay[] } {
  if (raw.length <= max) return { kept: raw, omitted: [] };
  const essayOf = new Map(graph.claims.map((claim) => [claim.id, claim.essay]));
  const relations = new Map(graph.relations.map((relation) => [relation.id, relation]));
  const across = new Map<string, number>();
  for (const relation of graph.relations) {
    const [from, to] = [essayOf.get(relation.from), essayOf.get(drawnEnd(relation, relations) ?? '')];
    if (from === undefined || to === undefined || from === to) continue;
    for (const essay of [from, to]) across.set(essay, (across.get(essay) ?? 0) + 1);
  }
  // raw is oldest first, so a stable sort keeps the older essay first on a tie.
  const chosen = new Set([...raw].sort((a, b) => (across.get(b.essay.id) ?? 0) - (across.get(a.essay.id) ?? 0)).slice(0, max));
  return { kept: raw.filter((column) => chosen.has(column)), omitted: raw.filter((column) => !chosen.has(column)).map((column) => column.essay) };
}
