import { CLAIM_TITLE_MAX_LENGTH } from '../schemas/claim.ts';
import type { ExtractedClaim, ExtractedEssay } from './extract/extracted-essay.ts';
import { error, type Place, type Problem } from './problem.ts';
import { collapseSpace } from '../words/collapse-space.ts';

/** An example of a good title, for the messages: a whole assertion in our words, not a topic. */
const EXAMPLE = 'title="Talks would only pause the war"';

/**
 * The claims' titles (`title="…"`): our short names for them, shown wherever a claim is named in brief
 * and taken by Argdown as a statement's identity. Every claim of an essay that has claims needs one, of
 * at most CLAIM_TITLE_MAX_LENGTH characters, unique across the site. Each missing, long or repeated title
 * is an error at its claim, so a new essay's claims come back as a to-do list, one line a claim. An essay
 * with no claims yet needs none (it already builds with a warning, as text outside the map).
 */
export function checkTitles(essays: readonly ExtractedEssay[]): Problem[] {
  const problems: Problem[] = [];
  const firstByKey = new Map<string, ExtractedClaim>();
  for (const essay of essays) {
    for (const claim of essay.claims) {
      const title = claim.title;
      if (!title) {
        problems.push(
          error(claim.place, `claim "${claim.id}" has no title: add one to its attributes, our words for what it asserts as a whole sentence of at most ${CLAIM_TITLE_MAX_LENGTH} characters (${EXAMPLE}; a reported view names its holder: title="Critics: diplomacy is weakness")`),
        );
        continue;
      }
      if (title.length > CLAIM_TITLE_MAX_LENGTH) {
        problems.push(
          error(claim.place, `claim "${claim.id}" has a title of ${title.length} characters, "${title}": shorten it to at most ${CLAIM_TITLE_MAX_LENGTH}, still a whole assertion`),
        );
        continue;
      }
      // Argdown delimits a statement's title with brackets and reads "[-" as a relation, not a title.
      if (/[[\]]/.test(title) || title.startsWith('-')) {
        problems.push(
          error(claim.place, `claim "${claim.id}" has the title "${title}", which ${title.startsWith('-') ? 'starts with a hyphen' : 'holds a square bracket'}: exports take the title as the statement's name and read that as markup; use parentheses or reword it`),
        );
        continue;
      }
      const key = titleKey(title);
      const first = firstByKey.get(key);
      if (first) {
        problems.push(
          error(claim.place, `claim "${claim.id}" has the title "${title}", which claim "${first.id}" already has (${where(first.place)}): titles name claims across the whole site, so give each claim one of its own`),
        );
        continue;
      }
      firstByKey.set(key, claim);
    }
  }
  return problems;
}

/**
 * The essays as the graph may take them: a title the check above rejects as too long is left out,
 * so the graph's schema does not report it a second time, less precisely.
 */
export function withoutLongTitles(essays: readonly ExtractedEssay[]): ExtractedEssay[] {
  return essays.map((essay) => ({
    ...essay,
    claims: essay.claims.map((claim) => {
      if (!claim.title || claim.title.length <= CLAIM_TITLE_MAX_LENGTH) return claim;
      const { title: _long, ...rest } = claim;
      return rest;
    }),
  }));
}

// Two titles that differ only in case, spacing or Unicode form read as the same name.
function titleKey(title: string): string {
  return collapseSpace(title.normalize('NFC')).toLocaleLowerCase('en');
}

function where(place: Place): string {
  return `${place.file}:${place.line}:${place.column}`;
}
