import type { HierarchyNode } from 'd3-hierarchy';
import type { Graph } from '../schemas/graph.ts';
import { subtreeSizes, type MapDatum, type MapHierarchy } from './to-hierarchy.ts';
import { ROUTES } from '../urls/routes.ts';

/**
 * How many claims `/map/` carries at most: the question and as many whole levels of the tree as fit
 * (always the theses). Deeper branches are on each essay's page, `/map/<essay-id>/`, which `/map/`
 * links to and its script fetches when a branch is opened, as Kialo shows a thesis and its first
 * answers and loads the rest on demand: the first screen arrives in a few round trips at any size
 * (issues 15 and 17). A map that fits is one page.
 */
export const TOP_PAGE_CLAIMS = 60;

/**
 * Up to this many claims the map is also built whole on one page, `/map/all/`: for print, for
 * find-in-page and for reading the whole tree without JavaScript. Above it that page would be too
 * large to load on a phone; the essay pages hold every claim.
 */
export const WHOLE_PAGE_MAX_CLAIMS = 300;

/** The whole map's page (only when the map is split and at most WHOLE_PAGE_MAX_CLAIMS). */
export const WHOLE_MAP_PATH = '/map/all/';

/** True when a map of `claims` claims gets `/map/all/`: it is split (more than `topClaims`) and not too large for one page. */
export const buildsWholePage = (claims: number, topClaims: number): boolean => claims > topClaims && claims <= WHOLE_PAGE_MAX_CLAIMS;

/** What a page of the map holds. */
export type MapPageKind = 'top' | 'essay' | 'whole';

/** One page of the map: the top level, one essay's branches, or the whole tree. */
export interface MapPage {
  /** Site-relative path: `/map/`, `/map/<essay-id>/` or `/map/all/`. */
  path: string;
  /** What the page holds. */
  kind: MapPageKind;
  /** The essay whose branches the page shows; only for an essay's page. */
  essayId?: string;
  /** The tree the page draws: the question and the branches on this page (a copy: the hierarchy is untouched). */
  hierarchy: MapHierarchy;
  /** Ids of the tree's nodes whose children live on another page (fetched on expand): each with that page's path. */
  remote: Map<string, string>;
}

/**
 * The top page's claim budget the build uses: TOP_PAGE_CLAIMS, or `MAP_TOP_CLAIMS` from the environment
 * (tests build the real content with 1, theses only, to drive the fetching of whole essays' branches).
 */
export function topPageClaims(env: Record<string, string | undefined>): number {
  const value = env.MAP_TOP_CLAIMS;
  if (value === undefined || value === '') return TOP_PAGE_CLAIMS;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`MAP_TOP_CLAIMS="${value}" is not a whole number of claims above 0: unset it or give one, e.g. ${TOP_PAGE_CLAIMS}`);
  return number;
}

/** How the map is split into pages, and where each node lives. */
export interface MapPlan {
  /** True when `/map/` does not hold every claim (see TOP_PAGE_CLAIMS). */
  split: boolean;
  /** `/map/all/` when the whole map is built on one page too (see buildsWholePage). */
  wholePath?: string;
  /** The deepest level of the tree on `/map/` (the theses are level 1). */
  topDepth: number;
  /** The top level first, then one page per essay that has a branch under the question, in essay order, then the whole map if it is built. */
  pages: MapPage[];
  /** For every claim below the question: the essay whose branch page holds it. */
  branchOf: Map<string, string>;
  /** Every node's subtree size in the whole tree (nodes below it, at any depth). */
  sizes: Map<string, number>;
  /** For each node of `/map/` whose branch is on another page: the ids below it, so `/map/#<id>` finds the branch to fetch. */
  below: Map<string, string[]>;
  /** The page a node is shown on when the map is read without JavaScript: `/map/` or its essay's page. */
  pageOf(id: string): string;
}

/** The path of an essay's branch page. */
export const branchPath = (essayId: string): string => ROUTES.mapBranch(essayId);

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
 * The deepest level whose claims, with every level above it, number at most `budget` (at least 1: the
 * theses); the whole tree's depth when it all fits.
 */
export function topLevel(root: HierarchyNode<MapDatum>, budget: number): number {
  const perLevel: number[] = [];
  root.each((node) => {
    if (node.depth > 0) perLevel[node.depth] = (perLevel[node.depth] ?? 0) + 1;
  });
  let depth = 1;
  let claims = perLevel[1] ?? 0;
  while (depth + 1 < perLevel.length && claims + perLevel[depth + 1]! <= budget) {
    depth += 1;
    claims += perLevel[depth]!;
  }
  return Math.max(depth, 1);
}

/**
 * Splits the map into pages. A map of at most `topClaims` claims is one page, `/map/`, with every claim;
 * a larger one's top page stops at the deepest whole level that fits, and each node there with a
 * branch below links to its essay's page, which holds the essay's whole branch. A split map of at most
 * WHOLE_PAGE_MAX_CLAIMS is also built whole, at `/map/all/`. Pure.
 */
export function mapPlan(graph: Graph, hierarchy: MapHierarchy, topClaims: number = TOP_PAGE_CLAIMS): MapPlan {
  const sizes = subtreeSizes(hierarchy.root);
  const branchOf = new Map<string, string>();
  for (const top of hierarchy.root.children ?? []) {
    const essay = top.data.claim!.essay;
    top.each((node) => branchOf.set(node.data.id, essay));
  }
  const split = graph.claims.length > topClaims;
  const whole = buildsWholePage(graph.claims.length, topClaims);
  const topDepth = split ? topLevel(hierarchy.root, topClaims) : hierarchy.root.height;
  const essays = graph.essays.filter((essay) => (hierarchy.root.children ?? []).some((top) => top.data.claim?.essay === essay.id));
  const remote = new Map<string, string>();
  const below = new Map<string, string[]>();
  for (const node of hierarchy.root.descendants()) {
    if (node.depth !== topDepth || !node.children || !split) continue;
    remote.set(node.data.id, branchPath(branchOf.get(node.data.id)!));
    below.set(node.data.id, node.descendants().slice(1).map((child) => child.data.id));
  }
  const everything = (): MapHierarchy => within(hierarchy, prune(hierarchy.root, () => true, Number.POSITIVE_INFINITY));
  const pages: MapPage[] = [
    { path: '/map/', kind: 'top', hierarchy: within(hierarchy, prune(hierarchy.root, () => true, split ? topDepth : Number.POSITIVE_INFINITY)), remote },
    ...essays.map((essay) => ({
      path: branchPath(essay.id),
      kind: 'essay' as const,
      essayId: essay.id,
      hierarchy: within(hierarchy, prune(hierarchy.root, (child) => child.data.claim?.essay === essay.id, Number.POSITIVE_INFINITY)),
      remote: new Map<string, string>(),
    })),
    ...(whole ? [{ path: WHOLE_MAP_PATH, kind: 'whole' as const, hierarchy: everything(), remote: new Map<string, string>() }] : []),
  ];
  const depthOf = new Map(hierarchy.root.descendants().map((node) => [node.data.id, node.depth]));
  return {
    split,
    ...(whole ? { wholePath: WHOLE_MAP_PATH } : {}),
    topDepth,
    pages,
    branchOf,
    sizes,
    below,
    pageOf: (id) => (!split || (depthOf.get(id) ?? 0) <= topDepth || !branchOf.has(id) ? '/map/' : branchPath(branchOf.get(id)!)),
  };
}

/** The site-relative address of a claim on the map that works without JavaScript: `/map/#<id>` or `/map/<essay-id>/#<id>`. */
export const mapAddress = (plan: MapPlan, id: string): string => `${plan.pageOf(id)}#${id}`;
