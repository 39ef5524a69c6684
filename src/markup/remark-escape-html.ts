import type { Root, Html, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Turns raw HTML in the essays' Markdown into plain text, so `<script>` or `<img onerror>` written
 * in an essay shows as the characters it is and never becomes live markup.
 *
 * Astro's unified pipeline passes raw HTML through (`allowDangerousHtml` + `rehype-raw`). Dropping
 * it instead would silently lose words from a text we promise to keep verbatim; escaping keeps them.
 */
export function remarkEscapeHtml() {
  return function transform(tree: Root): void {
    visit(tree, 'html', (node: Html, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value, position: node.position };
      parent.children.splice(index, 1, text as never);
    });
  };
}
