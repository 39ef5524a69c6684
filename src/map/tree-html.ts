import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { RELATION_STYLES } from '../words/relation-labels.ts';
import { KIND_LABELS } from '../words/kind-labels.ts';
import { pathWithBase } from '../urls/path-with-base.ts';
import type { LaidOutNode } from './layout.ts';
import type { EssayBadge, NodeView } from './map-view.ts';

/** What the map's outline is drawn from. */
export interface TreeHtmlInput {
  /** Every node of the page by id, the root among them. */
  nodes: ReadonlyMap<string, LaidOutNode>;
  /** The root's id (the question). */
  rootId: string;
  /** What each node shows. */
  views: ReadonlyMap<string, NodeView>;
  /** Essay labels and colours. */
  badges: ReadonlyMap<string, EssayBadge>;
  /** Nodes whose children are on another page: that page's site-relative path. */
  remote: ReadonlyMap<string, string>;
  /** Subtree sizes in the whole map (a remote node's children are not on this page). */
  sizes: ReadonlyMap<string, number>;
  /** For a remote node: the ids of its branch, so `/map/#<id>` can find which branch to fetch. */
  branchIds: ReadonlyMap<string, readonly string[]>;
  /** The site's base path (Astro's BASE_URL). */
  base: string;
}

const RELATION_TEXT = { supports: 'supports', rebuts: 'rebuts', placed: 'no relation marked', root: '' } as const;

/** The small line under a claim's words: its essay, its relation, undercut or not, its kind. */
function metaLine(node: LaidOutNode, view: NodeView, badge: EssayBadge | undefined): Element {
  const claim = node.data.claim!;
  // A claim placed under the thesis without a relation gets no symbol: the words say so.
  const symbol = view.relation === 'supports' || view.relation === 'rebuts' ? RELATION_STYLES[view.relation].symbol : '';
  return h('p.mt-meta', [
    h('span.mt-ess', claim.kind === 'reader' ? 'Reader' : (badge?.label ?? '')),
    ' ',
    h('span', { className: ['mt-rel', `rel--${view.relation}`] }, [
      h('span.mt-sym.rel-sym', { ariaHidden: 'true' }, symbol),
      ' ',
      h('span.mt-word', RELATION_TEXT[view.relation]),
      ...(view.crossEssay ? [h('span.mt-cross-tag', ' across essays')] : []),
    ]),
    ...(view.undercutBy.length > 0
      ? [' ', h('span.mt-undercut-tag.rel--undercuts', [h('span.rel-sym', { ariaHidden: 'true' }, RELATION_STYLES.undercuts.symbol), ' ', h('span.mt-word', 'undercut')])]
      : []),
    ' ',
    h('span.mt-kind', KIND_LABELS[claim.kind].short.toLowerCase()),
  ]);
}

/** The words a screen reader and the printed outline get after the claim: where it hangs and what else it does. */
function detailText(node: LaidOutNode, view: NodeView, badge: EssayBadge | undefined): string {
  const claim = node.data.claim!;
  const relationText = RELATION_TEXT[view.relation];
  const where = view.relation === 'placed' ? `placed under ${view.target}` : `${relationText} ${view.target}`;
  const n = view.undercutBy.length;
  const undercut = n > 0 ? ` (a relation ${n === 1 ? 'one claim undercuts' : `${n} claims undercut`})` : '';
  const also = [
    ...view.also.map((item) => `${item.type} ${item.target}`),
    ...view.undercuts.map((item) => `undercuts the claim ${item.target}`),
  ];
  const alsoText = also.length > 0 ? `. Also ${also.join('; ')}` : '';
  return ` — ${where}${undercut}; ${claim.kind === 'reader' ? 'a reader’s comment on the essay' : 'essay'}: ${badge?.title ?? ''}${alsoText}.`;
}

/** One node's box: the treeitem (its children's group follows it, outside the box). */
function treeBox(node: LaidOutNode, input: TreeHtmlInput): Element {
  const view = input.views.get(node.id)!;
  const claim = node.data.claim;
  const badge = claim ? input.badges.get(claim.essay) : undefined;
  const branch = input.remote.get(node.id);
  const size = input.sizes.get(node.id) ?? node.size;
  const hasChildren = node.childIds.some((id) => input.nodes.has(id));
  const opens = hasChildren || branch !== undefined;
  const rels = [...node.data.also.map((relation) => relation.id), ...view.undercuts.map((undercut) => undercut.id)];
  const content: ElementContent[] = [
    claim
      ? h('a.mt-text', { href: pathWithBase(claim.url, input.base) }, view.text)
      : h('p.mt-text.mt-text--root', [`${view.text} `, h('span.mt-ours', '(the central question, in our words)')]),
  ];
  if (claim) content.push(metaLine(node, view, badge));
  if (branch) {
    content.push(h('a.mt-branch', { href: `${pathWithBase(branch, input.base)}#${node.id}` }, ['Open', h('span.mt-branch-long', ' this branch'), ` (${size}`, h('span.mt-branch-long', ' claims'), ')']));
  }
  if (opens) content.push(h('span.mt-twisty', { dataToggle: '', dataSize: String(size), ariaHidden: 'true' }));
  if (claim) content.push(h('span.mt-detail', detailText(node, view, badge)));
  return h('div', {
    role: 'treeitem',
    className: ['mt-box', badge ? `mt-ess-${badge.colour}` : 'mt-box--root', `mt-rel--${view.relation}`],
    id: claim ? node.id : 'map-question',
    dataClaim: claim ? node.id : undefined,
    dataQuestion: claim ? undefined : node.id,
    dataEssay: claim?.essay,
    dataKind: claim?.kind,
    dataStance: badge?.stance,
    dataParent: node.parentId ?? undefined,
    dataEdge: node.data.relation?.id,
    dataRels: rels.length > 0 ? rels.join(' ') : undefined,
    dataSize: opens ? String(size) : undefined,
    dataBranch: branch ? pathWithBase(branch, input.base) : undefined,
    dataBranchIds: branch ? input.branchIds.get(node.id)?.join(' ') : undefined,
    ariaLevel: String(node.depth + 1),
    ariaExpanded: opens ? (branch ? 'false' : 'true') : undefined,
    ariaOwns: hasChildren ? `g_${node.id}` : undefined,
  }, content);
}

/**
 * The map's outline as HTML: one `li` per node, its box (the treeitem) and, in a role="group" list after
 * it, its children: the WAI-ARIA tree view pattern on nested lists, which is also the printed outline.
 * Built with an explicit stack rather than by recursion, so a chain of any depth renders (a recursive
 * component overflows the call stack a few thousand levels down); each box is a shallow element,
 * serialised (and escaped) by hast-util-to-html on its own. Pure.
 */
export function mapTreeHtml(input: TreeHtmlInput): string {
  const parts: string[] = [];
  // Each entry is a node to open, or the closing tags owed once its children are done.
  const stack: (LaidOutNode | string)[] = [input.nodes.get(input.rootId)!];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') {
      parts.push(next);
      continue;
    }
    const children = next.childIds.map((id) => input.nodes.get(id)).filter((child) => child !== undefined);
    parts.push('<li role="none" class="mt-li">', toHtml(treeBox(next, input)));
    if (children.length === 0) {
      parts.push('</li>');
      continue;
    }
    parts.push(`<ul role="group" class="mt-group" id="g_${next.id}">`);
    stack.push('</ul></li>');
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return parts.join('');
}
