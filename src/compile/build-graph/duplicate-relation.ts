import type { ExtractedRelation } from '../extract/extracted-essay.ts';
import { error, type Problem } from '../problem.ts';
import { where } from './where.ts';

/**
 * The error for a relation between two ends already related (the same relation twice, or two
 * types between the same claims), or undefined when it is the first; the first is then remembered.
 */
export function duplicateRelation(seen: Map<string, ExtractedRelation>, relation: ExtractedRelation): Problem | undefined {
  const key = `${relation.from}\u0000${relation.to}`;
  const earlier = seen.get(key);
  if (!earlier) {
    seen.set(key, relation);
    return undefined;
  }
  return error(
    relation.place,
    earlier.type === relation.type
      ? `relation "${relation.from}" ${relation.type} "${relation.to}" is declared twice (first at ${where(earlier.place)}): keep one`
      : `"${relation.from}" both ${earlier.type} (at ${where(earlier.place)}) and ${relation.type} "${relation.to}": keep the one the text supports`,
  );
}
