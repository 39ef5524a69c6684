import type { TextDirective } from 'mdast-util-directive';
import { CLAIM_RELATION_TYPES } from '../../schemas/relation.ts';
import { ATTRIBUTES, CLAIM } from '../../markup/grammar.ts';
import type { Place } from '../problem.ts';
import type { ExtractContext } from './create-extract-context.ts';

const CLAIM_ATTRIBUTES = new Set<string>(ATTRIBUTES[CLAIM]);

/** Reports every attribute a claim does not take (a class, `undercuts=`, an unknown relation type). */
export function checkClaimAttributeNames(ctx: ExtractContext, node: TextDirective, place: Place): void {
  for (const name of Object.keys(node.attributes ?? {})) {
    if (CLAIM_ATTRIBUTES.has(name)) continue;
    ctx.report(
      place,
      name === 'class'
        ? 'claims take no classes: remove the ".class" attribute'
        : name === 'contestable'
          ? 'contestable marks a relation, not a claim: write the relation on a line of its own as ::supports[why it holds]{from=this-claim to=target contestable} (or ::rebuts) and remove it from the claim\'s supports="…"'
          : name === 'undercuts'
            ? 'an undercut targets a relation, not a claim: remove undercuts="…" and write ::undercuts[why]{from=this-claim to=<from>--<type>--<to>} on a line of its own'
            : `unknown relation type "${name}": a claim takes #id, kind=, holder= (reported claims) and relations ${CLAIM_RELATION_TYPES.map((type) => `${type}="…"`).join(' or ')}`,
    );
  }
}
