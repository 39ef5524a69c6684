import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { CLAIM_KINDS } from '../../schemas/claim.ts';
import type { Place } from '../problem.ts';
import type { ExtractContext } from './create-extract-context.ts';
import type { ClaimKind } from './extracted-essay.ts';
import { codePoint } from '../../words/code-point.ts';
import { collapseSpace } from '../../words/collapse-space.ts';

/**
 * The claim's kind and words when both are usable; otherwise reports why (no kind, an unknown kind,
 * no visible words), marks the id broken and returns undefined.
 */
export function checkClaimContent(ctx: ExtractContext, node: TextDirective, id: string, place: Place): { kind: ClaimKind; text: string } | undefined {
  const kind = node.attributes?.kind;
  const broken = (message: string): undefined => {
    ctx.report(place, message);
    ctx.result.broken.push(id);
    return undefined;
  };
  if (!kind) return broken(`claim "${id}" has no kind: add kind=${CLAIM_KINDS.join('|')}`);
  if (!(CLAIM_KINDS as readonly string[]).includes(kind)) return broken(`unknown claim kind "${kind}" on "${id}": use one of ${CLAIM_KINDS.join(', ')}`);
  const text = collapseSpace(toString(node));
  if (!text) return broken(`claim "${id}" wraps no words: put the essay's words inside the brackets`);
  // Format characters (zero-width space, joiners, direction marks) draw nothing: a claim of only them is empty.
  if (!text.replace(/[\p{Cf}\s]/gu, '')) {
    const codes = [...new Set([...text].map(codePoint))].join(', ');
    return broken(`claim "${id}" wraps no visible words, only invisible characters (${codes}): put the essay's words inside the brackets`);
  }
  return { kind: kind as ClaimKind, text };
}
