import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { CLAIM_RELATION_TYPES } from '../../schemas/relation.ts';
import type { ExtractContext } from './create-extract-context.ts';
import type { ExtractedClaim } from './extracted-essay.ts';
import type { Scope } from './scope-of.ts';
import { checkClaimAttributeNames } from './check-claim-attribute-names.ts';
import { checkClaimId } from './check-claim-id.ts';
import { checkClaimContent } from './check-claim-content.ts';
import { checkClaimPlacement } from './check-claim-placement.ts';
import { collapseSpace } from '../../words/collapse-space.ts';

/**
 * Reads a `:claim[words]{#id kind=… supports="…"}` into `ctx.result.claims`, with the relations its
 * attributes declare into `ctx.result.relations`; reports whatever keeps it from being read.
 */
export function readClaim(ctx: ExtractContext, node: TextDirective, scope: Scope): void {
  const attributes = node.attributes ?? {};
  const place = ctx.at(node);
  if (scope.claim) {
    ctx.report(place, `a claim inside a claim ("${scope.claim.attributes?.id ?? '?'}"): claims do not nest; mark the inner words as a separate claim beside it`);
    if (attributes.id) ctx.result.broken.push(attributes.id);
    return;
  }
  checkClaimAttributeNames(ctx, node, place);
  const id = checkClaimId(ctx, node, place);
  if (id === undefined) return;
  const content = checkClaimContent(ctx, node, id, place);
  if (!content) return;
  const { kind, text } = content;
  const holder = checkClaimPlacement(ctx, node, { id, kind, place }, scope);
  const claim: ExtractedClaim = {
    id,
    essay: ctx.result.id,
    text,
    kind,
    context: collapseSpace(toString(scope.paragraph ?? node)),
    place,
  };
  if (scope.comment) claim.comment = scope.comment;
  if (holder && kind === 'reported') claim.holder = holder;
  const title = attributes.title == null ? undefined : collapseSpace(attributes.title);
  if (title) claim.title = title;
  ctx.result.claims.push(claim);
  for (const type of CLAIM_RELATION_TYPES) {
    const targets = attributes[type];
    if (targets === undefined || targets === null) continue;
    const ids = targets.split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0) ctx.report(place, `claim "${id}" has an empty ${type}="": name the claim ids it ${type}, or remove the attribute`);
    for (const to of ids) ctx.result.relations.push({ from: id, to, type, place });
  }
}
