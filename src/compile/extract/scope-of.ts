import type { Parents } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { CLAIM, COMMENT, COMMENTS, NOTE, TWEET } from '../../markup/grammar.ts';
import type { CommentRef } from './extracted-essay.ts';

/** What is known about a node from the directives around it. */
export interface Scope {
  /** The paragraph or heading it stands in. */
  paragraph: Parents | undefined;
  /** The claim it stands in. */
  claim: TextDirective | undefined;
  /** The reader comment it stands in. */
  comment: CommentRef | undefined;
  /** Inside `::::comments`. */
  inComments: boolean;
  /** Inside a note or a tweet. */
  inAside: boolean;
  /** The nearest container directive. */
  container: ContainerDirective | undefined;
}

/**
 * What a node's ancestors say about it: the paragraph, claim, reader comment and container it stands in.
 *
 * @param ancestors the node's ancestors, root first
 * @param commentOf the reader comment each `:::comment` container stands for
 */
export function scopeOf(ancestors: readonly Parents[], commentOf: WeakMap<ContainerDirective, CommentRef>): Scope {
  const scope: Scope = { paragraph: undefined, claim: undefined, comment: undefined, inComments: false, inAside: false, container: undefined };
  for (const parent of ancestors) {
    if (parent.type === 'paragraph' || parent.type === 'heading') scope.paragraph = parent;
    else if (parent.type === 'textDirective' && parent.name === CLAIM) scope.claim ??= parent;
    else if (parent.type === 'containerDirective') {
      scope.container = parent;
      if (parent.name === NOTE || parent.name === TWEET) scope.inAside = true;
      else if (parent.name === COMMENTS) scope.inComments = true;
      else if (parent.name === COMMENT) scope.comment = commentOf.get(parent);
    }
  }
  return scope;
}
