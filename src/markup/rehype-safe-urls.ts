import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

/** URL schemes a link or image in an essay may use; anything else (javascript:, data:, vbscript:) is removed. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite'] as const;

/** True when `url` is relative or uses a scheme in SAFE_SCHEMES. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"), so do we.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/**
 * Removes URL attributes with a dangerous scheme from the essays' HTML. The CSP would block a
 * `javascript:` link anyway; this keeps it from being in the page at all. The link's words stay.
 *
 * Hand-written: rehype-sanitize would also rewrite ids and drop the claim markup's attributes.
 */
export function rehypeSafeUrls() {
  return function transform(tree: Root): void {
    visit(tree, 'element', (node: Element) => {
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value === 'string' && !isSafeUrl(value)) delete node.properties[property];
      }
    });
  };
}
