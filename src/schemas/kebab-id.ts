/**
 * The one spelling of an id (essay, claim, question, clash question): lower-case letters and digits in
 * runs joined by single hyphens, e.g. `greene-regime-security`. A double hyphen never occurs in one, so
 * it can separate the parts of a relation id (`RELATION_ID_SEPARATOR`).
 */
export const KEBAB_ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A whole kebab-case id. */
export const KEBAB_ID = new RegExp(`^${KEBAB_ID_SOURCE}$`);

/** An essay's id: its file's name without `.md` (`content/essays/why-putin-fights.md` is `why-putin-fights`). */
export function essayIdOfFile(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/, '');
}
