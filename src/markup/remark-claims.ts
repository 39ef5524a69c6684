import type { Root, Nodes, Parents, PhrasingContent, BlockContent, DefinitionContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { CLAIM, COMMENT, COMMENTS, COMMENTS_HEADING_ID, COMMENTS_SECTION_ID, DIRECTIVES, NOTE, TWEET } from './grammar.ts';

/** Options for `remarkClaims`. */
export interface RemarkClaimsOptions {
  /** Class given to every claim element. Default `claim`. */
  claimClass?: string;
  /** Heading text of the reader comments section. Default `Reader comments`. */
  commentsHeading?: string;
}

const NOTE_LABELS: Record<string, string | undefined> = {
  publisher: 'Publisher’s note (from the capture)',
  bio: 'About the author (from the capture)',
};

/**
 * Turns the essays' directives into HTML-ready mdast (rehype-slug's shape: options, then a
 * transformer whose visitors return nothing):
 * - `:claim[words]{#id kind=…}` -> `<span class="claim" id="id" data-claim="id" data-kind="…">`
 * - `::supports[…]` / `::rebuts[…]` -> removed (they live in the graph, not the text)
 * - `:::note{kind}` -> `<aside class="essay-note">`, `:::tweet` -> `<figure class="tweet">`
 * - `::::comments` / `:::comment` -> a labelled section of `<article class="reader-comment">`
 *
 * The graph extractor (`src/compile/extract.ts`) reports malformed directives; this plugin only renders.
 */
export function remarkClaims(options: RemarkClaimsOptions = {}) {
  const claimClass = options.claimClass ?? 'claim';
  const commentsHeading = options.commentsHeading ?? 'Reader comments';
  return function transform(tree: Root): void {
    visit(tree, (node: Nodes) => {
      if ('children' in node) {
        (node as Parents).children = (node as Parents).children.filter(
          (child) => !(child.type === 'leafDirective' && (DIRECTIVES.leafDirective as readonly string[]).includes(child.name)),
        ) as Parents['children'];
      }
      if (node.type === 'textDirective' && node.name === CLAIM) renderClaim(node, claimClass);
      if (node.type === 'containerDirective') renderContainer(node, commentsHeading);
    });
  };
}

function renderClaim(node: TextDirective, claimClass: string): void {
  const id = node.attributes?.id ?? undefined;
  const kind = node.attributes?.kind ?? undefined;
  node.data = {
    hName: 'span',
    hProperties: { id, className: [claimClass], dataClaim: id, dataKind: kind },
  };
}

function renderContainer(node: ContainerDirective, commentsHeading: string): void {
  const attributes = node.attributes ?? {};
  switch (node.name) {
    case NOTE: {
      const kind = attributes.kind ?? 'note';
      node.data = { hName: kind === 'byline' ? 'div' : 'aside', hProperties: { className: ['essay-note', `essay-note--${kind}`] } };
      const label = NOTE_LABELS[kind];
      if (label) node.children.unshift(labelParagraph(label, 'essay-note__label'));
      return;
    }
    case TWEET: {
      node.data = { hName: 'figure', hProperties: { className: ['tweet'] } };
      const quote: BlockContent = { type: 'blockquote', children: node.children as (BlockContent | DefinitionContent)[] };
      const caption: PhrasingContent[] = [{ type: 'text', value: `— ${attributes.author ?? ''}${attributes.handle ? ` (${attributes.handle})` : ''}` }];
      if (attributes.date) {
        caption.push({ type: 'text', value: ', ' });
        caption.push({
          type: 'emphasis',
          data: { hName: 'time', hProperties: attributes.datetime ? { dateTime: attributes.datetime } : {} },
          children: [{ type: 'text', value: attributes.date }],
        });
      }
      const figcaption: BlockContent = { type: 'paragraph', data: { hName: 'figcaption' }, children: caption };
      node.children = [quote, figcaption];
      return;
    }
    case COMMENTS: {
      node.data = { hName: 'section', hProperties: { id: COMMENTS_SECTION_ID, className: ['reader-comments'], ariaLabelledBy: [COMMENTS_HEADING_ID] } };
      node.children.unshift(
        { type: 'heading', depth: 2, data: { hProperties: { id: COMMENTS_HEADING_ID } }, children: [{ type: 'text', value: commentsHeading }] },
        labelParagraph('Left by readers under the republished essay, not by its author; kept as captured.', 'reader-comments__intro'),
      );
      return;
    }
    case COMMENT: {
      const capture = attributes.capture ?? '';
      node.data = { hName: 'article', hProperties: { className: ['reader-comment'], dataCapture: capture, dataComment: attributes.n } };
      node.children.unshift(labelParagraph(`Reader comment ${attributes.n ?? ''} · capture ${capture.split('_')[0]}`, 'reader-comment__label'));
      return;
    }
    default:
      return;
  }
}

function labelParagraph(text: string, className: string): BlockContent {
  return { type: 'paragraph', data: { hProperties: { className: [className] } }, children: [{ type: 'text', value: text }] };
}
