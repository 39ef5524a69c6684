import type { ContainerDirective } from 'mdast-util-directive';
import { COMMENTS, NOTE, TWEET, attributesOf } from '../../markup/grammar.ts';
import type { ExtractContext } from './create-extract-context.ts';
import type { Scope } from './scope-of.ts';
import { checkContainerClosed } from './check-container-closed.ts';
import { readNote } from './read-note.ts';
import { readTweet } from './read-tweet.ts';
import { readComments } from './read-comments.ts';
import { readComment } from './read-comment.ts';

/** Reads a container directive: checks it is closed and its attributes, then reads it by its name. */
export function readContainer(ctx: ExtractContext, node: ContainerDirective, scope: Scope): void {
  checkContainerClosed(ctx, node);
  const allowed = attributesOf(node.name);
  for (const name of Object.keys(node.attributes ?? {})) {
    if (!allowed.includes(name)) {
      ctx.report(ctx.at(node), `:::${node.name} takes ${allowed.length ? allowed.map((one) => `${one}=`).join(', ') : 'no attributes'}, not "${name}": remove it or check the spelling`);
    }
  }
  switch (node.name) {
    case NOTE:
      return readNote(ctx, node);
    case TWEET:
      return readTweet(ctx, node);
    case COMMENTS:
      return readComments(ctx, node, scope);
    default:
      // The grammar's only other container is the reader comment.
      return readComment(ctx, node, scope);
  }
}
