import type { HierarchyNode } from 'd3-hierarchy';
import type { Graph } from '../schemas/graph.ts';
import type { MapDatum, MapHierarchy } from './to-hierarchy.ts';

/**
 * Above this many claims, `/map/` carries the question and the branch roots only (the theses), and
 * each essay's branches are a page of their own, `/map/<essay-id>/`, which the top page links to and
 * its script fetches when a branch is opened: a 50× map's first load stays small (issue 17).
 */
export const SPLIT_ABOVE_CLAIMS = 300;

/** One page of the map: the top level, or one essay's branches. */
export interface MapPage {
  /** Site-relative path: `/map/` or `/map/<essay-id>/`. */
  path: string;
  /** The essay whose branches the page shows; undefined for the top level. */
  essayId?: string;
  /** The tree the page draws: the question and the branches on this page (a copy: the hierarchy is untouched). */
  hierarchy: MapHierarchy;
  /** Ids of the tree's nodes whose children live on another page (fetched on expand): each with that page's path. */
  remote: Map<string, string>;
}

/**
 * The split threshold the build uses: SPLIT_ABOVE_CLAIMS, or `MAP_SPLIT_ABOVE_CLAIMS` from the
 * environment (tests build the real content split with a low value, to drive the fetching in a browser).
 */
export function splitThreshold(env: Record<string, string | undefined>): number {
  const value = env.MAP_SPLIT_ABOVE_CLAIMS;
  if (value === undefined || value === '') return SPLIT_ABOVE_CLAIMS;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`MAP_SPLIT_ABOVE_CLAIMS="${value}" is not a whole number of claims: unset it or give one, e.g. 300`);
  return number;
}

/** How the map is split into pages, and where each node lives. */
export interface MapPlan {
  /** True when the map is too large for one page (see SPLIT_ABOVE_CLAIMS). */
  split: boolean;
  /** The top level first, then one page per essay that has a branch under the question, in essay order. */
  pages: MapPage[];
  /** For every claim below the question: the essay whose branch page holds it. */
  branchOf: Map<string, string>;
  /** Every node's subtree size in the whole tree (nodes below it, at any depth). */
  sizes: Map<string, number>;
  /** The page a node is shown on when the map is read without JavaScript. */
  pageOf(id: string): string;
}

/** The path of an essay's branch page. */
export const branchPath = (essayId: string): string => `/map/${essayId}/`;

/** A copy of `root` keeping only the children of the root that `keep` accepts, cut below `depth`. */
function prune(root: HierarchyNode<MapDatum>, keep: (child: HierarchyNode<MapDatum>) => boolean, depth: number): HierarchyNode<MapDatum> {
  const copy = root.copy();
  copy.children = copy.children?.filter(keep);
  if (copy.children?.length === 0) delete copy.children;
  copy.each((node) => {
    if (node.depth >= depth) delete node.children;
  });
  return copy;
}

/** The relations of `hierarchy` whose ends are all among `ids`. */
function within(hierarchy: MapHierarchy, root: HierarchyNode<MapDatum>): MapHierarchy {
  const ids = new Set(root.descendants().map((node) => node.data.id));
  const crossLinks = hierarchy.crossLinks.filter((relation) => ids.has(relation.from) && ids.has(relation.to));
  const drawn = new Map(root.descendants().flatMap((node) => (node.data.relation ? [[node.data.relation.id, node.data.relation] as const] : [])));
  for (const relation of crossLinks) drawn.set(relation.id, relation);
  const undercuts = hierarchy.undercuts.filter((relation) => ids.has(relation.from) && drawn.has(relation.to));
  return { root, crossLinks, undercuts };
}

/**
 * Splits the map into pages. A small map is one page, `/map/`, with every claim; the essay pages
 * repeat each essay's branches for a link that opens on one essay. A large map's top page stops at
 * the branch roots; their branches live on the essay pages. Pure.
 */
export function mapPlan(graph: Graph, hierarchy: MapHierarchy, splitAbove: number = SPLIT_ABOVE_CLAIMS): MapPlan {
  const split = graph.claims.length > splitAbove;
  const sizes = new Map<string, number>();
  hierarchy.root.copy().sum(() => 1).each((node) => sizes.set(node.data.id, (node.value ?? 1) - 1));
  const branchOf = new Map<string, string>();
  for (const top of hierarchy.root.children ?? []) {
    const essay = top.data.claim!.essay;
    top.each((node) => branchOf.set(node.data.id, essay));
  }
  const essays = graph.essays.filter((essay) => (hierarchy.root.children ?? []).some((top) => top.data.claim?.essay === essay.id));
  const topRoot = prune(hierarchy.root, () => true, split ? 1 : Number.POSITIVE_INFINITY);
  const remote = new Map<string, string>();
  if (split) for (const top of hierarchy.root.children ?? []) if (top.children) remote.set(top.data.id, branchPath(branchOf.get(top.data.id)!));
  const pages: MapPage[] = [
    { path: '/map/', hierarchy: within(hierarchy, topRoot), remote },
    ...essays.map((essay) => ({
      path: branchPath(essay.id),
      essayId: essay.id,
      hierarchy: within(hierarchy, prune(hierarchy.root, (child) => child.data.claim?.essay === essay.id, Number.POSITIVE_INFINITY)),
      remote: new Map<string, string>(),
    })),
  ];
  const depthOf = new Map(hierarchy.root.descendants().map((node) => [node.data.id, node.depth]));
  return {
    split,
    pages,
    branchOf,
    sizes,
    pageOf: (id) => (!split || (depthOf.get(id) ?? 0) <= 1 || !branchOf.has(id) ? '/map/' : branchPath(branchOf.get(id)!)),
  };
}
