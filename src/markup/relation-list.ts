import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Graph } from '../schemas/graph.ts';
import { QUESTION_HREF, type ClaimRelation } from '../graph/claim-relations.ts';
import { DIRECTION_LABELS } from '../words/relation-labels.ts';
import { shortenText, QUOTATION_CUT } from '../words/shorten-text.ts';
import { answerLabel } from '../words/stance-label.ts';
import { claimVoice } from '../words/voice.ts';
import { READING_WORDS as W, shortVoice } from '../words/reading-words.ts';

/** Options for `relationList`. */
export interface RelationListOptions {
  /** The graph the relations come from (for the essays of other claims and the targets of undercuts). */
  graph: Graph;
  /** Prefixes a site-relative path with the base. */
  link: (path: string) => string;
  /** The essay the list is shown in: its claims are named by number, not by author. */
  essay?: string;
  /** Quote other claims in full (claim pages) or shortened (notes). */
  full?: boolean;
  /** Link other claims to their page (claim pages) or to their place in the essay (notes). */
  linkTo?: 'page' | 'anchor';
  /** Extra classes on the list. */
  className?: string[];
}

/**
 * The one rendering of a claim's relations (essay notes, the claims appendix, claim pages), as hast:
 * `<ul class="relation-list">` with one `<li class="relation relation--<direction>">` each, the other
 * claim quoted and linked, whose it is (a reported view is its holder's, never its reporter's), our
 * note, and "contestable" where the relation is marked so. Returns `undefined` for no relations.
 */
export function relationList(relations: ClaimRelation[], options: RelationListOptions): Element | undefined {
  if (relations.length === 0) return undefined;
  const { graph, link, essay, full = false, linkTo = 'anchor' } = options;
  const essays = new Map(graph.essays.map((item) => [item.id, item]));
  const claims = new Map(graph.claims.map((item) => [item.id, item]));
  const quote = (text: string) => `“${full ? text : shortenText(text, QUOTATION_CUT)}”`;

  const item = (relation: ClaimRelation): Element => {
    const children: ElementContent[] = [
      h('span', { className: ['relation-label', `relation-label--${relation.direction}`] }, DIRECTION_LABELS[relation.direction]),
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
        h('a', { href: link(linkTo === 'page' ? other.url : other.anchor) }, quote(other.text)),
        { type: 'text', value: ' ' },
        h('span', { className: ['relation-by'] }, by),
      );
      if (relation.undercut) {
        // An undercut denies that a claim bears on its target: say which target.
        const target = claims.get(relation.undercut.to);
        const targetText = target ? quote(target.text) : W.question;
        const words = relation.direction === 'undercuts' ? W.undercutsAs : W.undercutBearing;
        children.push(h('span', { className: ['relation-undercut'] }, [
          `${words} `,
          target ? h('a', { href: link(linkTo === 'page' ? target.url : target.anchor) }, targetText) : h('a', { href: link(QUESTION_HREF) }, targetText),
        ]));
      }
    }
    if (relation.contestable) children.push({ type: 'text', value: ' ' }, h('span', { className: ['relation-contestable'], title: W.contestableTitle }, `(${W.contestable})`));
    if (relation.note) children.push(h('span', { className: ['our-note'] }, [h('span', { className: ['our-note__label'] }, W.ourNote), relation.note]));
    // The short form a printed appendix shows instead of the quotation: the other claim's number here, or whose it is.
    const short = relation.question || !other ? W.question : other.essay === essay ? String(other.n) : (() => {
      const otherEssay = relation.otherEssay ?? essays.get(other.essay);
      return otherEssay ? shortVoice(other, otherEssay) : other.essay;
    })();
    return h('li', { className: ['relation', `relation--${relation.direction}`], dataRelation: relation.id, dataShort: short }, children);
  };

  return h('ul', { className: ['relation-list', ...(full ? ['relation-list--full'] : []), ...(options.className ?? [])] }, relations.map(item));
}
