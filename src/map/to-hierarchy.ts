import { stratify, type HierarchyNode } from 'd3-hierarchy';
import type { Graph } from '../schemas/graph.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Relation, RelationType } from '../schemas/relation.ts';

/** One node of the map's spanning tree: the question (root) or a claim. */
export interface MapDatum {
  /** The claim id, or the question's id for the root. */
  id: string;
  /** The claim; undefined for the root (the question). */
  claim?: Claim;
  /** The id of the node this one hangs under; null for the root. */
  parentId: string | null;
  /**
   * The relation drawn as this node's tree edge (`from` = this claim, `to` = the parent), or undefined
   * when the claim was placed by the fallback rule (no usable relation): then its edge is not a relation.
   */
  relation?: Relation;
  /** Relations from this claim that are not its tree edge: drawn as cross-links. */
  also: Relation[];
}

/** The type of a tree edge's relation: never `undercuts`, whose target is a relation, not a node. */
export function treeEdgeType(relation: Relation | undefined): Exclude<RelationType, 'undercuts'> | undefined {
  return relation?.type === 'undercuts' ? undefined : relation?.type;
}

/** The spanning tree and every relation it does not use. */
export interface MapHierarchy {
  /** The d3 hierarchy rooted at the question, children in reading order. */
  root: HierarchyNode<MapDatum>;
  /** Every claim-to-claim relation of the graph that is not a tree edge, in graph order. */
  crossLinks: Relation[];
  /** Every `undercuts` relation (its target is a relation, so it is never a tree edge), in graph order. */
  undercuts: Relation[];
}

/**
 * How many nodes hang below each node of `root`, at any depth, by id. Linear: d3's `copy().sum()` would
 * do, but building a copy walks up from every node, quadratic on a chain thousands of claims deep.
 */
export function subtreeSizes(root: HierarchyNode<MapDatum>): Map<string, number> {
  const sizes = new Map<string, number>();
  root.eachAfter((node) => {
    sizes.set(node.data.id, (node.children ?? []).reduce((sum, child) => sum + 1 + sizes.get(child.data.id)!, 0));
  });
  return sizes;
}

/**
 * The rule for a claim's parent (the one relation drawn as its tree edge), tried in this order:
 * 1. a relation to the question (only theses have one);
 * 2. a relation to a claim of the same essay;
 * 3. a relation to a claim of another essay;
 * within a tier, relations keep their order in graph.json (text order of the `from` claim's essay).
 * A candidate is skipped when taking it would close a cycle with the parents already chosen
 * (claims are settled in graph order). A claim left with no usable candidate (no outgoing relation,
 * or every one would close a cycle) is placed under its essay's thesis, or under the question when it
 * is the thesis or that too would close a cycle; such a placement is not a relation and is drawn as one
 * (dotted, "no relation marked"). Every relation not used as a tree edge becomes a cross-link, so the
 * tree edges plus the cross-links are exactly the graph's relations.
 */
export function toHierarchy(graph: Graph): MapHierarchy {
  const questionId = graph.question.id;
  const claimsById = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const outgoing = new Map<string, Relation[]>();
  for (const relation of graph.relations) {
    if (relation.type === 'undercuts') continue;
    if (!claimsById.has(relation.from)) throw new Error(`relation from unknown claim "${relation.from}"`);
    if (relation.to !== questionId && !claimsById.has(relation.to)) throw new Error(`relation to unknown claim "${relation.to}"`);
    outgoing.set(relation.from, [...(outgoing.get(relation.from) ?? []), relation]);
  }
  const thesisOf = new Map<string, string>();
  for (const claim of graph.claims) if (claim.kind === 'thesis' && !thesisOf.has(claim.essay)) thesisOf.set(claim.essay, claim.id);

  const tier = (claim: Claim, relation: Relation): number =>
    relation.to === questionId ? 0 : claimsById.get(relation.to)!.essay === claim.essay ? 1 : 2;

  // A pointer from each settled claim towards its topmost settled ancestor, shortened as it is followed
  // (union-find's path compression): checking a chain thousands deep stays linear, not a walk per claim.
  const above = new Map<string, string>();
  const topOf = (id: string): string => {
    let top = id;
    for (let next = above.get(top); next !== undefined; next = above.get(top)) top = next;
    for (let at = id, next = above.get(at); next !== undefined && next !== top; at = next, next = above.get(at)) above.set(at, top);
    return top;
  };
  // True when hanging `child` (not yet settled, so the top of its own branch) under `parent` would make `child` its own ancestor.
  const closesCycle = (child: string, parent: string): boolean => topOf(parent) === child;

  const data: MapDatum[] = [{ id: questionId, parentId: null, also: [] }];
  const crossLinks = new Set<Relation>();
  for (const claim of graph.claims) {
    const candidates = (outgoing.get(claim.id) ?? [])
      .map((relation, index) => ({ relation, index, tier: tier(claim, relation) }))
      .sort((a, b) => a.tier - b.tier || a.index - b.index);
    const chosen = candidates.find(({ relation }) => !closesCycle(claim.id, relation.to))?.relation;
    let parentId: string;
    if (chosen) {
      parentId = chosen.to;
    } else {
      const thesis = thesisOf.get(claim.essay);
      parentId = thesis !== undefined && thesis !== claim.id && !closesCycle(claim.id, thesis) ? thesis : questionId;
    }
    above.set(claim.id, parentId);
    const also = (outgoing.get(claim.id) ?? []).filter((relation) => relation !== chosen);
    for (const relation of also) crossLinks.add(relation);
    data.push({ id: claim.id, claim, parentId, ...(chosen ? { relation: chosen } : {}), also });
  }

  const essayOrder = new Map(graph.essays.map((essay, index) => [essay.id, index]));
  const root = stratify<MapDatum>()
    .id((datum) => datum.id)
    .parentId((datum) => datum.parentId)(data);
  // Children in reading order: essays by date, then the claims' order in their essay.
  root.sort((a, b) => {
    const ca = a.data.claim;
    const cb = b.data.claim;
    if (!ca || !cb) return 0;
    return (essayOrder.get(ca.essay) ?? 0) - (essayOrder.get(cb.essay) ?? 0) || ca.n - cb.n;
  });
  return {
    root,
    crossLinks: graph.relations.filter((relation) => crossLinks.has(relation)),
    undercuts: graph.relations.filter((relation) => relation.type === 'undercuts'),
  };
}
