import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import type { Definition, Html, Image, Link } from 'mdast';
import { error, type Problem } from './problem.ts';

// Schemes that run or embed something instead of going to a page: the page drops such an href.
const DANGEROUS = /^\s*(javascript|vbscript|data|file|blob):/i;
const SAFE = /^(https?:|mailto:|#|\/(?!\/)|\.{0,2}\/|[^:]*$)/i;

/**
 * Checks `method.md` (our account of the method, shown on /about/method/) in the graph step: a link whose
 * scheme runs or embeds something (javascript:, vbscript:, data:, file:) or is not a web address, and an
 * image from another site (the pages' security policy blocks it), are errors at their line, with the fix.
 */
export function methodProblems(file: string, markdown: string): Problem[] {
  const problems: Problem[] = [];
  const tree = unified().use(remarkParse).parse(markdown);
  // A definition an image reference uses ("![x][pic]" … "[pic]: https://…") is that image's address.
  const imageIds = new Set<string>();
  visit(tree, 'imageReference', (node) => void imageIds.add(node.identifier));
  const offSite = (url: string) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
  const imageProblem = (node: Image | Definition) => error(at(node), `image "${node.url.slice(0, 60)}" is not on this site: the pages load nothing from other origins (their security policy blocks it), so it would show broken; copy it into public/ and write its path (/images/…), or remove it`);
  const at = (node: Link | Image | Definition | Html) => ({ file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      // Browsers drop tabs, newlines and other control characters from a URL before reading its scheme.
      // eslint-disable-next-line no-control-regex
      const url = node.url.replace(/[\u0000-\u0020]/g, '');
      if (DANGEROUS.test(url)) problems.push(error(at(node), `link to "${url.slice(0, 40)}" uses the ${/^\s*([a-z]+):/i.exec(url)![1]!.toLowerCase()}: scheme, which runs or embeds something instead of opening a page; the page would drop it, leaving dead text: link to an https:// address or a page of the site`));
      else if (!SAFE.test(url)) problems.push(error(at(node), `link to "${url.slice(0, 40)}" is not a web address (only https:, http:, mailto: and the site's own paths are linked): fix the address or remove the link`));
      else if (node.type === 'definition' && imageIds.has(node.identifier) && offSite(url)) problems.push(imageProblem(node));
    } else if (node.type === 'image') {
      if (offSite(node.url)) problems.push(imageProblem(node));
    } else if (node.type === 'html' && /<(script|iframe|object|embed|img|style)\b|\son\w+\s*=/i.test(node.value)) {
      problems.push(error(at(node), `raw HTML "${node.value.trim().slice(0, 30)}" is shown as text (HTML in method.md is escaped, never run): write it in Markdown, or remove it`));
    }
  });
  return problems;
}
