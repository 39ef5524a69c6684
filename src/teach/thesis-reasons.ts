import type { Claim } from '../schemas/claim.ts';
import type { Graph } from '../schemas/graph.ts';

/** Kinds of claim that speak for their essay's author (a reported view or a reader's comment does not). */
const OWN_KINDS: ReadonlySet<Claim['kind']> = new Set(['thesis', 'reason', 'evidence', 'concession']);

/** True when a claim is the author's own position (not a reported view, not a reader's). */
export function isOwnClaim(claim: Claim): boolean {
  return OWN_KINDS.has(claim.kind);
}

/** An essay's thesis: its first claim of kind `thesis`, else its first own claim that answers the question. */
export function thesisOf(graph: Graph, essay: string): Claim | undefined {
  const claims = graph.claims.filter((claim) => claim.essay === essay);
  const answers = new Set(graph.relations.filter((relation) => relation.to === graph.question.id).map((relation) => relation.from));
  return claims.find((claim) => claim.kind === 'thesis') ?? claims.find((claim) => isOwnClaim(claim) && answers.has(claim.id));
}

/**
 * The author's own reasons for the thesis, from the same essay: the claims that support it directly
 * and, when fewer than `min`, those that support them, in text order. Reader comments and reported
 * views are left out: they are not the author's reasons.
 */
export function thesisReasons(graph: Graph, essay: string, min = 2): Claim[] {
  const thesis = thesisOf(graph, essay);
  if (!thesis) return [];
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const supportersOf = (ids: ReadonlySet<string>) =>
    new Set(graph.relations.filter((relation) => relation.type === 'supports' && ids.has(relation.to)).map((relation) => relation.from));
  const own = (ids: Iterable<string>) => [...ids].map((id) => claims.get(id)).filter((claim): claim is Claim => claim !== undefined && claim.essay === essay && isOwnClaim(claim) && claim.id !== thesis.id);
  let found = own(supportersOf(new Set([thesis.id])));
  if (found.length < min) found = [...new Set([...found, ...own(supportersOf(new Set(found.map((claim) => claim.id))))])];
  const order = new Map(graph.claims.map((claim, index) => [claim.id, index]));
  return found.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/**
 * How far each of an essay's claims is from its thesis along supports inside the essay (the thesis 0,
 * its direct reasons 1, …); claims that do not lead to the thesis are absent.
 */
export function distanceToThesis(graph: Graph, essay: string): Map<string, number> {
  const thesis = thesisOf(graph, essay);
  const distance = new Map<string, number>();
  if (!thesis) return distance;
  const inEssay = new Set(graph.claims.filter((claim) => claim.essay === essay).map((claim) => claim.id));
  distance.set(thesis.id, 0);
  let frontier = [thesis.id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const relation of graph.relations) {
      if (relation.type !== 'supports' || !frontier.includes(relation.to) || !inEssay.has(relation.from) || distance.has(relation.from)) continue;
      distance.set(relation.from, distance.get(relation.to)! + 1);
      next.push(relation.from);
    }
    frontier = next;
  }
  return distance;
}
