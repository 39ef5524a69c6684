import type { TextDirective } from 'mdast-util-directive';
import { CLAIM_ID_MAX_LENGTH, ClaimIdSchema } from '../../schemas/claim.ts';
import { describeBadIdCharacter } from '../syntax-messages.ts';
import type { Place } from '../problem.ts';
import type { ExtractContext } from './create-extract-context.ts';
import { diagnoseClaimSyntax } from './diagnose-claim-syntax.ts';

/**
 * The claim's id when it is usable; otherwise reports why (no id, often because the markup did not
 * parse; too long; not kebab-case) and returns undefined.
 */
export function checkClaimId(ctx: ExtractContext, node: TextDirective, place: Place): string | undefined {
  const id = node.attributes?.id;
  if (!id) {
    const why = diagnoseClaimSyntax(ctx, node);
    if (why) ctx.report(why.place, why.message);
    else ctx.report(place, 'claim has no id: add {#some-id} after the brackets');
    return undefined;
  }
  if (id.length > CLAIM_ID_MAX_LENGTH) {
    ctx.report(place, `claim id "${id.slice(0, 40)}…" is ${id.length} characters long: ids become folder and file names, so keep them to ${CLAIM_ID_MAX_LENGTH} characters at most`);
    return undefined;
  }
  if (!ClaimIdSchema.safeParse(id).success) {
    const odd = describeBadIdCharacter(id);
    ctx.report(place, odd ? `claim id "${id}" ${odd}` : `claim id "${id}" is not kebab-case: use lower-case letters, digits and single hyphens, e.g. "greene-regime-security"`);
    return undefined;
  }
  return id;
}
