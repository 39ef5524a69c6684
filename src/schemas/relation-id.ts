// The relation types and ids, without zod: browser code (the map) imports these, and zod must not ride along
// (its JIT probe, Function(''), is an eval the site's CSP reports).
/** The relations between claims: `supports` and `rebuts` act on a claim, `undercuts` on a relation. */
export const RELATION_TYPES = ['supports', 'rebuts', 'undercuts'] as const;

/** The relation types whose target is a claim (or the question); a claim's attributes may declare these. */
export const CLAIM_RELATION_TYPES = ['supports', 'rebuts'] as const;

/** A relation type. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** The separator in a relation id: claim ids are kebab-case with single hyphens, so it never occurs in one. */
export const RELATION_ID_SEPARATOR = '--';

/**
 * The id of a relation: `<from>--<type>--<to>`, e.g. `greene-regime-security--rebuts--evans-sincere-paranoia`.
 * Derived from the relation itself, so it is stable across builds for as long as its ends keep their ids,
 * and safe in a URL. An undercut's `to` is a relation id, so its id nests: `a--undercuts--b--supports--c`.
 */
export function relationId(relation: { from: string; type: RelationType; to: string }): string {
  return [relation.from, relation.type, relation.to].join(RELATION_ID_SEPARATOR);
}

/** A relation id's parts, the inverse of `relationId`: an undercut's `to` is itself a relation id. */
export function parseRelationId(id: string): { from: string; type: string; to: string } {
  const [from = '', type = '', ...rest] = id.split(RELATION_ID_SEPARATOR);
  return { from, type, to: rest.join(RELATION_ID_SEPARATOR) };
}
