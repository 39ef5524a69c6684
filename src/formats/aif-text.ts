import type { BlockContent, Nodes, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Element, ElementContent } from 'hast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { toString } from 'mdast-util-to-string';

/** One essay's source for the analysis text. */
export interface AifTextSource {
  /** The essay id. */
  essay: string;
  /** The heading line above its text: "Title — Author". */
  heading: string;
  /** The essay's Markdown, parsed with its claim markup (as `build:graph` writes it in site-data.json). */
  tree: Root;
}

/** What a claim's span is given as id: OVA links `<span id="node{nodeID}">` to the I-node `nodeID`. */
export type NodeIdOfClaim = (claimId: string) => string | undefined;

// The blocks that carry the essay's words; everything else at block level (code, rules, tables, raw
// HTML, relation directives) is not part of the analysis text.
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'containerDirective']);

/** The essay's blocks only, at every level: notes (byline, publisher, bio) and directive labels left out. */
function textBlocks<T extends Nodes>(node: T): T {
  if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') return node;
  const children = (node.children as RootContent[]).filter(
    (child) => TEXT_BLOCKS.has(child.type) && !(child.type === 'containerDirective' && child.name === 'note') && !(child.type === 'paragraph' && child.data?.directiveLabel),
  );
  return { ...node, children: children.map(textBlocks) } as T;
}

const unwrap: Handler = (state: State, node: Nodes) => state.all(node);
const paragraph: Handler = (state: State, node: Nodes) => h('p', state.all(node));

/** The analysis text's own markup: paragraphs, quotations, claim spans; inline formatting unwrapped. */
function handlers(nodeId: NodeIdOfClaim): Record<string, Handler> {
  return {
    paragraph,
    heading: paragraph,
    blockquote: (state, node) => h('blockquote', state.all(node)),
    list: (state, node) => state.all(node),
    listItem: paragraph,
    emphasis: unwrap,
    strong: unwrap,
    delete: unwrap,
    link: unwrap,
    linkReference: unwrap,
    inlineCode: (_, node) => ({ type: 'text', value: node.value }),
    html: (_, node) => ({ type: 'text', value: node.value }),
    break: () => h('br'),
    image: () => undefined,
    imageReference: () => undefined,
    footnoteReference: () => undefined,
    textDirective: (state, node) => {
      if (node.name !== 'claim') return state.all(node);
      const id = nodeId(String(node.attributes?.id ?? ''));
      const words = toString(node);
      return id === undefined ? { type: 'text', value: words } : h('span', { className: ['highlighted'], id: `node${id}` }, words);
    },
    leafDirective: () => undefined,
    containerDirective: (state, node: ContainerDirective) => {
      const inner = state.all(node) as ElementContent[];
      if (node.name === 'comments') return [h('p', [h('b', 'Reader comments')]), ...inner];
      return node.name === 'tweet' ? h('blockquote', inner) : inner;
    },
  };
}

/**
 * The analysis text OVA shows beside the map: every essay's words (and its reader comments), as HTML
 * paragraphs, each marked claim wrapped as OVA expects, `<span class="highlighted" id="node{nodeID}">…</span>`,
 * so OVA highlights it and ties it to its I-node. Our notes (relation notes, bylines) are left out. The
 * mdast becomes hast (mdast-util-to-hast, with the handlers above) and HTML (hast-util-to-html), which
 * escapes all text.
 */
export function aifText(sources: AifTextSource[], nodeId: NodeIdOfClaim): string {
  const options = { handlers: handlers(nodeId) };
  return sources
    .map((source) => {
      const blocks = textBlocks(source.tree).children.map((block) => toHtml(toHast(block as BlockContent, options) as Element, { characterReferences: { useNamedReferences: true } }));
      return [toHtml(h('p', [h('b', source.heading)])), ...blocks.filter(Boolean)].join('\n');
    })
    .join('\n<p><br></p>\n');
}
