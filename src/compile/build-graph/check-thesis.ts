import type { ExtractedEssay } from '../extract/extracted-essay.ts';
import { error, warning } from '../problem.ts';
import type { GraphState } from './graph-state.ts';
import { where } from './where.ts';

/**
 * Checks an essay's thesis: exactly one (an essay with no claims marked yet only gets a warning),
 * linked to the question, on the side of the essay's stance.
 */
export function checkThesis(state: GraphState, essay: ExtractedEssay): void {
  const { question, problems } = state;
  const theses = essay.claims.filter((claim) => claim.kind === 'thesis');
  // An essay with no body is reported as such by the extractor; "no thesis" would only repeat it.
  const empty = essay.words === 0 && essay.claims.length === 0;
  if (theses.length === 0 && !empty && essay.claims.length === 0 && essay.broken.length === 0) {
    // A new essay, not marked up yet (npm run new-essay): it can be published as text while the claims are marked.
    problems.push(
      warning(
        { file: essay.file, line: 1, column: 1 },
        `essay "${essay.id}" has no claims marked yet: it is published as its text alone, outside the map; mark its thesis with kind=thesis and the claims that bear on it (content/README.md)`,
      ),
    );
  } else if (theses.length === 0 && !empty) {
    problems.push(error({ file: essay.file, line: 1, column: 1 }, `essay "${essay.id}" has no thesis: mark its central claim with kind=thesis`));
  }
  for (const extra of theses.slice(1)) {
    problems.push(error(extra.place, `essay "${essay.id}" has more than one thesis (first "${theses[0]?.id}" at ${where(theses[0]!.place)}): keep one kind=thesis, make the others reasons`));
  }
  const thesis = theses[0];
  const answer = thesis && state.relations.find((relation) => relation.from === thesis.id && relation.to === question.id);
  if (thesis && !answer) {
    problems.push(error(thesis.place, `thesis "${thesis.id}" is not linked to the question: add supports="${question.id}" or rebuts="${question.id}"`));
  }
  const stance = essay.frontmatter?.stance;
  if (answer && stance) {
    // "for" pressing for negotiations says yes to the question; "against" says no.
    const expected = stance === 'for' ? 'supports' : 'rebuts';
    if (answer.type !== expected) {
      problems.push(
        error(answer.place, `thesis "${thesis.id}" ${answer.type} the question but the essay's stance is "${stance}": a "${stance}" thesis ${expected} "${question.id}"; fix the relation or the stance`),
      );
    }
  }
}
