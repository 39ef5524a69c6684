import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: false }).use(rehypeStringify);

/**
 * Renders our own prose (Markdown from content/, such as the method page) to HTML. Raw HTML in it is
 * dropped, not passed through, so the result is safe to set as a page's HTML.
 */
export function proseHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
