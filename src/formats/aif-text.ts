import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
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

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for the HTML of the analysis text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);
}

function inline(nodes: PhrasingContent[] | RootContent[], nodeId: NodeIdOfClaim): string {
  return nodes.map((node) => phrase(node as Nodes, nodeId)).join('');
}

function phrase(node: Nodes, nodeId: NodeIdOfClaim): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return escapeHtml(node.value);
  if (node.type === 'break') return '<br>';
  if (node.type === 'textDirective' && node.name === 'claim') {
    const id = nodeId(String(node.attributes?.id ?? ''));
    const words = escapeHtml(toString(node));
    return id === undefined ? words : `<span class="highlighted" id="node${escapeHtml(id)}">${words}</span>`;
  }
  if ('children' in node) return inline(node.children as PhrasingContent[], nodeId);
  return '';
}

function blocks(nodes: RootContent[], nodeId: NodeIdOfClaim): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'heading') out.push(`<p>${inline(node.children, nodeId)}</p>`);
    else if (node.type === 'blockquote') out.push(`<blockquote>${blocks(node.children, nodeId).join('')}</blockquote>`);
    else if (node.type === 'list') out.push(...node.children.map((item) => `<p>${blocks(item.children, nodeId).join('')}</p>`));
    else if (node.type === 'containerDirective') {
      // Notes (byline, publisher, bio) are about the essay, not its text; tweets are quoted in it.
      if (node.name === 'note') continue;
      if (node.name === 'comments') out.push('<p><b>Reader comments</b></p>');
      const inner = blocks(node.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel)), nodeId);
      out.push(node.name === 'tweet' ? `<blockquote>${inner.join('')}</blockquote>` : inner.join(''));
    }
    // Leaf directives (::supports[…], ::rebuts[…], ::undercuts[…]) are our notes, not the essay's words.
  }
  return out;
}

/**
 * The analysis text OVA shows beside the map: every essay's words (and its reader comments), as HTML
 * paragraphs, each marked claim wrapped as OVA expects, `<span class="highlighted" id="node{nodeID}">…</span>`,
 * so OVA highlights it and ties it to its I-node. Our notes (relation notes, bylines) are left out; all text
 * is escaped.
 */
export function aifText(sources: AifTextSource[], nodeId: NodeIdOfClaim): string {
  return sources
    .map((source) => [`<p><b>${escapeHtml(source.heading)}</b></p>`, ...blocks(source.tree.children, nodeId)].join('\n'))
    .join('\n<p><br></p>\n');
}
