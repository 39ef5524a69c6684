import type { LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { RelationType } from '../../schemas/relation.ts';
import { ATTRIBUTES } from '../../markup/grammar.ts';
import type { ExtractContext } from './create-extract-context.ts';
import { collapseSpace } from '../../words/collapse-space.ts';

const RELATION_ATTRIBUTES = new Set<string>(ATTRIBUTES.relation);

/** Reads a relation declared as a leaf directive (`::supports[note]{from=… to=…}`) into `ctx.result.relations`. */
export function readRelation(ctx: ExtractContext, node: LeafDirective): void {
  const place = ctx.at(node);
  const attributes = node.attributes ?? {};
  const type = node.name as RelationType;
  for (const name of Object.keys(attributes)) {
    if (!RELATION_ATTRIBUTES.has(name)) ctx.report(place, `::${type} takes only from=, to= and contestable, not "${name}": remove it`);
  }
  const contestable = attributes.contestable;
  if (contestable !== undefined && contestable !== null && contestable !== '' && contestable !== 'true') {
    ctx.report(place, `::${type} has contestable="${contestable}": write the bare word contestable, or leave it out`);
  }
  const from = attributes.from?.trim();
  const to = attributes.to?.trim();
  // A claim marked in the note would vanish: the note is ours, and its markup is not read as a claim.
  const inner = node.children.find((child) => child.type === 'textDirective');
  if (inner) {
    ctx.report(ctx.at(inner), `a claim is marked inside the note of ::${type}: a relation's note is ours, not the essay's, and markup in it is not read, so the claim would vanish; mark the claim in the essay's paragraph and name it here by its id`);
    return;
  }
  for (const [end, id] of [['from', from], ['to', to]] as const) {
    if (id && /\s/.test(id)) {
      ctx.report(place, `::${type} ${end}="${id}" names ${id.split(/\s+/).length} claims: a relation line joins one claim to one target; write one ::${type} line for each (${id.split(/\s+/).map((one) => `${end}=${one}`).join(', ')})`);
      return;
    }
  }
  if (!from || !to) {
    ctx.report(place, `::${type} needs both ends: write ::${type}[note]{from=claim-id to=${type === 'undercuts' ? '<from>--<type>--<to>' : 'claim-id'}}`);
    return;
  }
  const note = collapseSpace(toString(node));
  if (!note) {
    ctx.report(place, `::${type} from "${from}" to "${to}" has an empty note: say in the brackets why the relation holds`);
    return;
  }
  ctx.result.relations.push({ from, to, type, note, place, ...(contestable !== undefined && contestable !== null ? { contestable: true } : {}) });
}
