import type { Graph } from '../schemas/graph.ts';
import type { Relation, RelationType } from '../schemas/relation.ts';
import type { Claim } from '../schemas/claim.ts';
import type { LaidOutNode } from './layout.ts';
import { treeEdgeType } from './to-hierarchy.ts';
import { shortenText } from '../words/shorten-text.ts';
import { stanceLabel } from '../words/stance-label.ts';

/** How many essay colours the map cycles through (map.css defines `.mt-ess-0` … `.mt-ess-7`). */
export const ESSAY_COLOURS = 8;

/** What the map says about one essay. */
export interface EssayBadge {
  /** Short text label shown on every node of the essay (never colour alone). */
  label: string;
  /** Colour slot, 0 … ESSAY_COLOURS - 1. */
  colour: number;
  /** Full title, for the legend and the accessible name. */
  title: string;
  /** The essay's stance on the question. */
  stance: 'for' | 'against';
  /** Our words: the stance's scope where a bare "for" or "against" would overstate it (frontmatter `stanceScope`). */
  stanceScope?: string;
  /** The stance in the words module's short form, with its scope (`stanceLabel`): "for talks", "for talks to forestall …". */
  stanceText: string;
}



/** What one node shows, beyond its claim: all words here are ours except `text`. */
export interface NodeView {
  /** The claim's verbatim words (or the question, ours). */
  text: string;
  /** Visible relation label: "supports", "rebuts", or "placed" for a fallback placement. */
  relation: Exclude<RelationType, 'undercuts'> | 'placed' | 'root';
  /** For the screen reader: what the relation points at, e.g. `the question` or `“Talks now would…” (Kagan)`. */
  target: string;
  /** True when the parent is in another essay. */
  crossEssay: boolean;
  /** Relations of this claim that are drawn as cross-links, described for the outline and screen readers. */
  also: { type: Relation['type']; id: string; target: string }[];
  /** Ids of the claims undercutting this node's tree edge (the relation its box's label names). */
  undercutBy: string[];
  /** The undercuts this claim makes, described: the relation id and "that “…” bears on “…”". */
  undercuts: { id: string; target: string }[];
}


/**
 * Short labels and colours for the essays: the author's name (unique per essay; numbered when an
 * author has several essays), colours in essay order.
 */
export function essayBadges(graph: Graph): Map<string, EssayBadge> {
  const byAuthor = new Map<string, number>();
  for (const essay of graph.essays) byAuthor.set(essay.author, (byAuthor.get(essay.author) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    graph.essays.map((essay, index) => {
      const count = (seen.get(essay.author) ?? 0) + 1;
      seen.set(essay.author, count);
      const label = byAuthor.get(essay.author)! > 1 ? `${essay.author} ${count}` : essay.author;
      return [essay.id, {
        label, colour: index % ESSAY_COLOURS, title: essay.title, stance: essay.stance,
        ...(essay.stanceScope ? { stanceScope: essay.stanceScope } : {}), stanceText: stanceLabel(essay, 'short'),
      }];
    }),
  );
}

/**
 * Who made a claim, as the map labels it: the essay's author, or a reader commenting on the essay —
 * reader comments are never credited to the author they answer.
 */
export function claimBy(claim: Pick<Claim, 'kind' | 'essay'>, badge: EssayBadge | undefined): string {
  const label = badge?.label ?? claim.essay;
  return claim.kind === 'reader' ? `a reader, on ${label}` : label;
}

/**
 * Describes every laid-out node for the page: relation label, its target in words, cross-links, and
 * whether it opens collapsed (only on large maps: every node below a thesis's children).
 */
export function nodeViews(graph: Graph, nodes: readonly LaidOutNode[]): Map<string, NodeView> {
  const badges = essayBadges(graph);
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const relationsById = new Map(graph.relations.map((relation) => [relation.id, relation]));
  const undercutsOf = new Map<string, string[]>();
  const undercutsFrom = new Map<string, Relation[]>();
  for (const relation of graph.relations) {
    if (relation.type !== 'undercuts') continue;
    undercutsOf.set(relation.to, [...(undercutsOf.get(relation.to) ?? []), relation.from]);
    undercutsFrom.set(relation.from, [...(undercutsFrom.get(relation.from) ?? []), relation]);
  }
  const describe = (id: string): string => {
    if (id === graph.question.id) return 'the question';
    const claim = claims.get(id)!;
    return `“${shortenText(claim.text, { words: 6 })}” (${claimBy(claim, badges.get(claim.essay))})`;
  };
  const views = new Map<string, NodeView>();
  for (const node of nodes) {
    const claim = node.data.claim;
    const parent = node.parentId === null ? undefined : claims.get(node.parentId);
    views.set(node.id, {
      text: claim?.text ?? graph.question.text,
      relation: node.parentId === null ? 'root' : (treeEdgeType(node.data.relation) ?? 'placed'),
      target: node.parentId === null ? '' : describe(node.parentId),
      crossEssay: Boolean(claim && parent && parent.essay !== claim.essay),
      also: node.data.also.map((relation) => ({ type: relation.type, id: relation.to, target: describe(relation.to) })),
      undercutBy: node.data.relation ? (undercutsOf.get(node.data.relation.id) ?? []) : [],
      undercuts: (undercutsFrom.get(node.id) ?? []).flatMap((relation) => {
        const target = relationsById.get(relation.to);
        return target ? [{ id: relation.id, target: `that ${describe(target.from)} ${target.type === 'supports' ? 'supports' : 'rebuts'} ${describe(target.to)}` }] : [];
      }),
    });
  }
  return views;
}
