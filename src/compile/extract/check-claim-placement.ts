import type { TextDirective } from 'mdast-util-directive';
import type { Place } from '../problem.ts';
import type { ExtractContext } from './create-extract-context.ts';
import type { ClaimKind } from './extracted-essay.ts';
import type { Scope } from './scope-of.ts';
import { collapseSpace } from '../../words/collapse-space.ts';

/**
 * Reports a claim whose kind does not fit where it stands (reader claims in reader comments, others
 * outside them, none in a note or tweet) or whose `holder=` does not fit its kind.
 * Returns the holder, white space collapsed, when the attribute has one.
 */
export function checkClaimPlacement(ctx: ExtractContext, node: TextDirective, claim: { id: string; kind: ClaimKind; place: Place }, scope: Scope): string | undefined {
  const { id, kind, place } = claim;
  if (kind === 'reader' && !scope.comment) {
    ctx.report(place, `claim "${id}" is kind=reader but stands outside a reader comment: move it into a :::comment or change its kind`);
  }
  if (kind !== 'reader' && scope.comment) {
    ctx.report(place, `claim "${id}" stands in a reader comment but is kind=${kind}: claims in reader comments are kind=reader`);
  }
  const written = node.attributes?.holder;
  const holder = written == null ? undefined : collapseSpace(written);
  if (written !== undefined && kind !== 'reported') {
    ctx.report(place, `claim "${id}" has holder="…" but is kind=${kind}: only a reported claim (someone else's view) names its holder`);
  } else if (written !== undefined && !holder) {
    ctx.report(place, `claim "${id}" has an empty holder="": name whose view it is as the essay does, or remove the attribute`);
  }
  if (scope.inAside && !scope.comment) {
    ctx.report(place, `claim "${id}" stands in a note or tweet: claims mark the essay's own words or a reader comment's`);
  }
  return holder;
}
