import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/** Parses essay Markdown (frontmatter, directives) into mdast. Never throws on any string. */
export function parseEssayMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
