import type { Root, Nodes, Parents, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import GithubSlugger from 'github-slugger';
import type { ExtractContext } from './create-extract-context.ts';
import { scopeOf } from './scope-of.ts';
import { checkDirectiveName } from './check-directive-name.ts';
import { checkRepeatedAttributes } from './check-repeated-attributes.ts';
import { readClaim } from './read-claim.ts';
import { readRelation } from './read-relation.ts';
import { readContainer } from './read-container.ts';
import { checkLeftoverSyntax } from './check-leftover-syntax.ts';
import { checkHtml } from './check-html.ts';
import { checkImage } from './check-image.ts';
import { checkMarkdownMeaning } from './check-markdown-meaning.ts';
import { collapseSpace } from '../../words/collapse-space.ts';

// Blocks whose text is shown as one run (a paragraph, a heading, a table cell).
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
// Inline nodes whose text runs on without a break ("*un*done", "peace]{…}.").
const INLINE = new Set(['emphasis', 'strong', 'link', 'textDirective', 'delete', 'linkReference']);

/**
 * Walks the essay's tree once, in text order: counts the body's words, collects the blocks a reader
 * sees and the headings' slugs, and hands each directive, text, HTML and image node to its step.
 */
export function walkEssay(ctx: ExtractContext, tree: Root): void {
  const { result } = ctx;
  const body: string[] = [];
  const slugger = new GithubSlugger();
  // A hard break is named once, then read as the space it stands for, so the words around it are not
  // glued together ("strategyis") in the text the fidelity checks compare.
  visitParents(tree, 'break', (node, ancestors) => {
    checkMarkdownMeaning(ctx, node);
    const parent = ancestors.at(-1)!;
    parent.children.splice(parent.children.indexOf(node as never), 1, { type: 'text', value: ' ', ...(node.position ? { position: node.position } : {}) } as never);
  });
  visitParents(tree, (node: Nodes, ancestors: Parents[]) => {
    checkMarkdownMeaning(ctx, node);
    const scope = scopeOf(ancestors, ctx.commentOf);
    if (!scope.inAside && !scope.inComments) {
      // Text nodes split words at markup ("*un*done", "peace]{…}."), so words are counted over the
      // joined text of each block, not node by node.
      if (node.type === 'text') body.push(node.value);
      else if (!INLINE.has(node.type)) body.push(' ');
    }
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
      if (!checkDirectiveName(ctx, node)) return SKIP;
      checkRepeatedAttributes(ctx, node);
    }
    if (TEXT_BLOCKS.has(node.type) && !ancestors.some((parent) => TEXT_BLOCKS.has(parent.type))) {
      const text = collapseSpace(toString(node));
      if (text) result.blocks.push({ text, place: ctx.at(node), ...(scope.comment ? { comment: scope.comment } : {}) });
    }
    switch (node.type) {
      case 'heading':
        if (!scope.inComments) result.slugs.push({ id: slugger.slug(toString(node as Heading)), place: ctx.at(node) });
        return undefined;
      case 'textDirective':
        readClaim(ctx, node, scope);
        return undefined;
      case 'leafDirective':
        if (ancestors.some((parent) => parent.type === 'blockquote' || parent.type === 'listItem')) {
          ctx.report(ctx.at(node), `::${node.name} stands inside a ${ancestors.some((parent) => parent.type === 'blockquote') ? 'quotation ("> ")' : 'list item'}: a relation line is our markup, not the essay's, and stands on a line of its own between paragraphs; move it out`);
          return SKIP;
        }
        readRelation(ctx, node);
        return SKIP;
      case 'containerDirective':
        readContainer(ctx, node, scope);
        return undefined;
      case 'text':
        checkLeftoverSyntax(ctx, node, scope);
        return undefined;
      case 'html':
        checkHtml(ctx, node);
        return undefined;
      case 'image':
        checkImage(ctx, node);
        return undefined;
      default:
        return undefined;
    }
  });
  result.words = body.join('').split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
