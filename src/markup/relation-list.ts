import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Graph } from '../schemas/graph.ts';
import { QUESTION_HREF, type ClaimRelation } from '../graph/claim-relations.ts';
import { DIRECTION_LABELS, RELATION_STYLES, CONTESTABLE_WORDS, directionType, type RelationDirection } from '../words/relation-labels.ts';
import { claimLabel } from '../words/claim-label.ts';
import { authorName } from '../words/author-name.ts';
import type { Claim } from '../schemas/claim.ts';
import { answerLabel } from '../words/stance-label.ts';
import { claimVoice } from '../words/voice.ts';
import { READING_WORDS as W } from '../words/reading-words.ts';

/** Options for `relationList`. */
export interface RelationListOptions {
  /** The graph the relations come from (for the essays of other claims and the targets of undercuts). */
  graph: Graph;
  /** Prefixes a site-relative path with the base. */
  link: (path: string) => string;
  /** The essay the list is shown in: its claims are named by number, not by author. */
  essay?: string;
  /** Quote other claims in full (claim pages) or name them in brief with `claimLabel` (notes). */
  full?: boolean;
  /** Link other claims to their page (claim pages) or to their place in the essay (notes). */
  linkTo?: 'page' | 'anchor';
  /** Extra classes on the list. */
  className?: string[];
}

/**
 * The one rendering of a claim's relations (essay notes, claim pages), as hast:
 * `<ul class="relation-list">` with one `<li class="relation relation--<direction>">` each, the other
 * claim quoted and linked, whose it is (a reported view is its holder's, never its reporter's), our
 * note, and "contestable" where the relation is marked so. Returns `undefined` for no relations.
 */
export function relationList(relations: ClaimRelation[], options: RelationListOptions): Element | undefined {
  if (relations.length === 0) return undefined;
  const { graph, link, essay, full = false, linkTo = 'anchor' } = options;
  const essays = new Map(graph.essays.map((item) => [item.id, item]));
  const claims = new Map(graph.claims.map((item) => [item.id, item]));
  const quote = (claim: Claim) => (full ? `“${claim.text}”` : brief(claim));

  const item = (relation: ClaimRelation): Element => {
    const children: ElementContent[] = [
      relationLabel(relation.direction),
      { type: 'text', value: ' ' },
    ];
    const other = relation.other;
    if (relation.question || !other) {
      children.push(
        h('a', { href: link(QUESTION_HREF) }, W.question),
        { type: 'text', value: relation.direction === 'supports' || relation.direction === 'rebuts' ? ` (${answerLabel(relation.direction, essay === undefined ? undefined : essays.get(essay))})` : '' },
      );
    } else {
      const otherEssay = relation.otherEssay ?? essays.get(other.essay);
      const who = other.essay === essay ? W.sameEssayBy(other.n) : `${otherEssay ? claimVoice(other, otherEssay).phrase : other.essay}, ${otherEssay?.title ?? other.essay}`;
      const by: ElementContent[] = [{ type: 'text', value: `— ${who}` }];
      if (full && linkTo === 'page') by.push({ type: 'text', value: ' · ' }, h('a', { href: link(other.anchor) }, W.inContext));
      children.push(
        h('a', { href: link(linkTo === 'page' ? other.url : other.anchor) }, quote(other)),
        { type: 'text', value: ' ' },
        h('span', { className: ['relation-by'] }, by),
      );
      if (relation.undercut) {
        // An undercut denies that a claim bears on its target: say which target.
        const target = claims.get(relation.undercut.to);
        const targetText = target ? quote(target) : W.question;
        const words = relation.direction === 'undercuts' ? W.undercutsAs : W.undercutBearing;
        children.push(h('span', { className: ['relation-undercut'] }, [
          `${words} `,
          target ? h('a', { href: link(linkTo === 'page' ? target.url : target.anchor) }, targetText) : h('a', { href: link(QUESTION_HREF) }, targetText),
        ]));
      }
    }
    // "contestable" is explained in words where it is shown, not only in a tooltip.
    if (relation.contestable) children.push({ type: 'text', value: ' ' }, h('span', { className: ['relation-contestable'] }, `(${CONTESTABLE_WORDS.explained})`));
    if (relation.note) children.push(h('span', { className: ['our-note'] }, [h('span', { className: ['our-note__label'] }, W.ourNote), relation.note]));
    return h('li', { className: ['relation', `relation--${relation.direction}`] }, children);
  };

  return h('ul', { className: ['relation-list', ...(full ? ['relation-list--full'] : []), ...(options.className ?? [])] }, relations.map(item));
}

/**
 * A direction's label as every view shows a relation (RELATION_STYLES): the type's symbol in its
 * colour (`.rel--<type>`), hidden from screen readers, beside the words ("Rebutted by").
 */
export function relationLabel(direction: RelationDirection): Element {
  const type = directionType(direction);
  return h('span', { className: ['relation-label', `relation-label--${direction}`, `rel--${type}`] }, [
    h('span', { className: ['rel-sym'], ariaHidden: 'true' }, RELATION_STYLES[type].symbol),
    ` ${DIRECTION_LABELS[direction]}`,
  ]);
}

/**
 * A claim named in brief (`claimLabel`): its title as our words, or its opening words as a quotation.
 */
export function brief(claim: Pick<Claim, 'text' | 'title'>): string {
  const label = claimLabel(claim);
  return label.ours ? label.text : `“${label.text}”`;
}

/** Options for `relationLine`. */
export interface RelationLineOptions {
  /** The graph the relations come from. */
  graph: Graph;
  /** Prefixes a site-relative path with the base. */
  link: (path: string) => string;
  /** The essay the line is shown in: its claims are named by number and linked within the page. */
  essay: string;
}

/**
 * A claim's relations in one line, for the essay's appendix: each direction once, then the claims by
 * number ("Rebutted by 2, 7; Supported by Greene 4"), linked to them, and an undercut as the bearing it
 * denies ("2 → 3"). What the note on the claim holds (quotations, our notes) is not repeated. Returns
 * `undefined` for no relations.
 */
export function relationLine(relations: ClaimRelation[], options: RelationLineOptions): Element | undefined {
  if (relations.length === 0) return undefined;
  const { graph, link, essay } = options;
  const essays = new Map(graph.essays.map((item) => [item.id, item]));
  const claims = new Map(graph.claims.map((item) => [item.id, item]));
  const name = (claim: Claim | undefined): string => {
    if (!claim) return W.question;
    if (claim.essay === essay) return String(claim.n);
    const other = essays.get(claim.essay);
    const author = other ? authorName(other) : undefined;
    return `${author?.family ?? author?.full ?? claim.essay} ${claim.n}`;
  };
  const ref = (claim: Claim | undefined): ElementContent => {
    if (!claim) return h('a', { href: link(QUESTION_HREF) }, W.question);
    return h('a', { href: claim.essay === essay ? `#${claim.id}` : link(claim.anchor) }, name(claim));
  };
  const groups = new Map<ClaimRelation['direction'], ElementContent[][]>();
  for (const relation of relations) {
    const refs: ElementContent[] = [ref(relation.question ? undefined : relation.other)];
    if (relation.undercut) {
      // Undercutting claim 2's bearing on 3 reads "2 → 3"; being undercut, "5 (on 2 → 3)".
      const to = name(claims.get(relation.undercut.to));
      const value = relation.direction === 'undercuts' ? ` → ${to}` : ` (on ${name(claims.get(relation.undercut.from))} → ${to})`;
      refs.push({ type: 'text', value });
    }
    if (relation.contestable) refs.push({ type: 'text', value: ` (${CONTESTABLE_WORDS.label})` });
    groups.set(relation.direction, [...(groups.get(relation.direction) ?? []), refs]);
  }
  const parts: ElementContent[] = [];
  for (const [direction, refs] of groups) {
    if (parts.length > 0) parts.push({ type: 'text', value: '; ' });
    parts.push(relationLabel(direction), { type: 'text', value: ' ' });
    refs.forEach((item, index) => parts.push(...(index > 0 ? [{ type: 'text' as const, value: ', ' }] : []), ...item));
  }
  return h('span', { className: ['relation-line'] }, parts);
}
