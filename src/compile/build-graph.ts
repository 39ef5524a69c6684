import { didYouMean } from '../words/did-you-mean.ts';
import type { Question } from '../schemas/question.ts';
import type { Claim } from '../schemas/claim.ts';
import { relationId, type Relation } from '../schemas/relation.ts';
import { GraphSchema, type Graph, type GraphEssay } from '../schemas/graph.ts';
import type { ExtractedEssay, ExtractedRelation } from './extract.ts';
import { error, warning, sortProblems, type Place, type Problem } from './problem.ts';
import { RESERVED_ESSAY_IDS, RESERVED_IDS, RESERVED_ID_PREFIXES } from './reserved-ids.ts';


/** What `buildGraph` needs. */
export interface BuildGraphInput {
  /** The central question. */
  question: Question;
  /** One entry per essay file, from `extractEssay`. */
  essays: readonly ExtractedEssay[];
  /** Capture file names present in `content/sources/`; when given, essays' `sources` must name them. */
  captures?: readonly string[];
}

/** The graph, when there were no errors, and every problem found (errors and warnings). */
export interface BuildGraphResult {
  /** The validated graph; undefined when any error was found. */
  graph?: Graph;
  /** Errors and warnings, sorted by file and line. */
  problems: Problem[];
}

/**
 * Validates the claims and relations of all essays together and assembles the argument graph.
 * Reports every problem in one pass, each at its `file:line:column`.
 */
export function buildGraph(input: BuildGraphInput): BuildGraphResult {
  const { question } = input;
  const problems: Problem[] = input.essays.flatMap((essay) => essay.problems);
  const claimsById = new Map<string, ExtractedEssay['claims'][number]>();
  const reserved = new Set<string>(RESERVED_IDS);
  // Ids already reported (marked twice, or taken from the page or the question): relations naming
  // them cannot be checked against the right claim, so they are skipped rather than reported again.
  const rejected = new Set<string>();
  // Claims with a relation that could not be checked: not "unrelated", so no warning for them.
  const unchecked = new Set<string>();

  for (const essay of input.essays) {
    for (const id of essay.broken) rejected.add(id);
    for (const claim of essay.claims) {
      const first = claimsById.get(claim.id);
      if (first) {
        problems.push(error(claim.place, `duplicate claim id "${claim.id}": first used at ${where(first.place)}; give this claim an id of its own`));
        rejected.add(claim.id);
        continue;
      }
      if (claim.id === question.id) {
        problems.push(error(claim.place, `claim id "${claim.id}" is the question's id: choose another`));
        rejected.add(claim.id);
        continue;
      }
      const prefix = RESERVED_ID_PREFIXES.find((start) => claim.id.startsWith(start));
      if (reserved.has(claim.id) || prefix) {
        problems.push(
          error(
            claim.place,
            `claim id "${claim.id}" ${prefix ? `starts with "${prefix}", which the site's pages use for their own ids` : 'is an id the site\'s pages use themselves'}, so a link to #${claim.id} would land on the page's element, not the claim: choose another`,
          ),
        );
        rejected.add(claim.id);
        continue;
      }
      const heading = essay.slugs.find((slug) => slug.id === claim.id);
      if (heading) {
        problems.push(
          error(claim.place, `claim id "${claim.id}" is the id the heading at ${where(heading.place)} gets on the page (from its words), so a link to #${claim.id} would land on the heading: choose another`),
        );
        rejected.add(claim.id);
        continue;
      }
      claimsById.set(claim.id, claim);
    }
    if (input.captures && essay.frontmatter) {
      for (const source of essay.frontmatter.sources) {
        if (!input.captures.includes(source)) {
          problems.push(
            error(
              essay.fields.sources ?? { file: essay.file, line: 1, column: 1 },
              `frontmatter field "sources": "${source}" is not a capture in sources/${suggest(source, input.captures, `name one of the files there: ${[...input.captures].sort().join(', ') || '(none)'}`)}`,
            ),
          );
        }
      }
    }
  }

  const essayOf = (id: string): string | undefined => claimsById.get(id)?.essay;
  const relations: ExtractedRelation[] = [];
  const seen = new Map<string, ExtractedRelation>();
  const declared = input.essays.flatMap((essay) => essay.relations);
  for (const relation of declared.filter((relation) => relation.type !== 'undercuts')) {
    const known = (id: string) => id === question.id || claimsById.has(id);
    const skip = rejected.has(relation.from) || (relation.to !== question.id && rejected.has(relation.to));
    if (skip) unchecked.add(relation.from);
    let ok = !skip;
    for (const end of ['from', 'to'] as const) {
      const id = relation[end];
      if (!known(id) && !rejected.has(id)) {
        problems.push(error(relation.place, `${relation.type} names unknown claim "${id}"${suggest(id, [...claimsById.keys(), question.id], 'check the id, or mark that claim first')}`));
        ok = false;
      }
    }
    if (!ok) continue;
    if (relation.from === question.id) {
      problems.push(error(relation.place, `the question "${question.id}" cannot ${relation.type.replace(/s$/, '')} a claim: relations point at the question, not from it`));
      continue;
    }
    if (relation.from === relation.to) {
      problems.push(error(relation.place, `claim "${relation.from}" ${relation.type} itself: point the relation at another claim`));
      continue;
    }
    const key = `${relation.from}\u0000${relation.to}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push(
        error(
          relation.place,
          earlier.type === relation.type
            ? `relation "${relation.from}" ${relation.type} "${relation.to}" is declared twice (first at ${where(earlier.place)}): keep one`
            : `"${relation.from}" both ${earlier.type} (at ${where(earlier.place)}) and ${relation.type} "${relation.to}": keep the one the text supports`,
        ),
      );
      continue;
    }
    seen.set(key, relation);
    const fromEssay = essayOf(relation.from);
    const toEssay = relation.to === question.id ? undefined : essayOf(relation.to);
    if (relation.to === question.id && claimsById.get(relation.from)?.kind !== 'thesis') {
      problems.push(error(relation.place, `only an essay's thesis answers the question directly: "${relation.from}" is not a thesis; relate it to a claim instead`));
      continue;
    }
    if (toEssay !== undefined && fromEssay !== toEssay && !relation.note) {
      problems.push(
        error(relation.place, `cross-essay relation "${relation.from}" ${relation.type} "${relation.to}" has no note: write it as ::${relation.type}[why it holds]{from=${relation.from} to=${relation.to}}`),
      );
      continue;
    }
    relations.push(relation);
  }

  problems.push(...findSupportCycles(relations));
  checkUndercuts(declared.filter((relation) => relation.type === 'undercuts'));

  /**
   * Undercuts are checked after the relations they may target. An undercut's target id contains the
   * target's own target, so each is checked after any shorter one it may undercut; a cycle of
   * undercuts would need an id that contains itself, and cannot be written.
   */
  function checkUndercuts(undercuts: readonly ExtractedRelation[]): void {
    const byId = new Map(relations.map((relation) => [relationId(relation), relation]));
    const sorted = [...undercuts].sort((a, b) => a.to.length - b.to.length);
    for (const relation of sorted) {
      if (rejected.has(relation.from)) {
        unchecked.add(relation.from);
        continue;
      }
      if (!claimsById.has(relation.from)) {
        problems.push(error(relation.place, `undercuts names unknown claim "${relation.from}"${suggest(relation.from, [...claimsById.keys()], 'check the id, or mark that claim first')}`));
        continue;
      }
      const target = byId.get(relation.to);
      if (!target) {
        const ids = [...byId.keys()];
        const hint = claimsById.has(relation.to) || relation.to === question.id
          ? `: "${relation.to}" is a claim; an undercut targets a relation, written <from>--<type>--<to>${ids.some((id) => id.endsWith(`--${relation.to}`)) ? `, e.g. "${ids.find((id) => id.endsWith(`--${relation.to}`))}"` : ''}`
          : suggest(relation.to, ids, 'name a relation declared in the essays, as <from>--<type>--<to>');
        problems.push(error(relation.place, `undercuts names unknown relation "${relation.to}"${hint}`));
        continue;
      }
      if (target.from === relation.from) {
        problems.push(error(relation.place, `claim "${relation.from}" undercuts its own relation "${relation.to}": a claim cannot deny that it bears on its own target; remove one of them`));
        continue;
      }
      const key = `${relation.from}\u0000${relation.to}`;
      const earlier = seen.get(key);
      if (earlier) {
        problems.push(error(relation.place, `relation "${relation.from}" undercuts "${relation.to}" is declared twice (first at ${where(earlier.place)}): keep one`));
        continue;
      }
      seen.set(key, relation);
      relations.push(relation);
      byId.set(relationId(relation), relation);
    }
  }

  const related = new Set(relations.flatMap((relation) => [relation.from, relation.to]));
  for (const essay of input.essays) {
    if ((RESERVED_ESSAY_IDS as readonly string[]).includes(essay.id)) {
      problems.push(error({ file: essay.file, line: 1, column: 1 }, `essay id "${essay.id}" is taken by the site's own page /map/${essay.id}/: rename the file (its name is the essay's id)`));
    }
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
    const answer = thesis && relations.find((relation) => relation.from === thesis.id && relation.to === question.id);
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
    for (const claim of essay.claims) {
      if (!related.has(claim.id) && !rejected.has(claim.id) && !unchecked.has(claim.id) && claim.kind !== 'thesis') {
        problems.push(warning(claim.place, `claim "${claim.id}" has no relation: say what it supports or rebuts`));
      }
    }
  }

  const sorted = sortProblems(problems);
  if (sorted.some((problem) => problem.severity === 'error')) return { problems: sorted };

  const essays: GraphEssay[] = input.essays
    .map((essay) => ({ ...essay.frontmatter!, id: essay.id, url: `/essays/${essay.id}/`, words: essay.words }))
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const order = new Map(essays.map((essay, index) => [essay.id, index]));
  const byEssay = [...input.essays].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const claims: Claim[] = byEssay.flatMap((essay) =>
    essay.claims.map((claim, index) => ({
      id: claim.id,
      essay: claim.essay,
      text: claim.text,
      ...(claim.title ? { title: claim.title } : {}),
      kind: claim.kind,
      url: `/claims/${claim.id}/`,
      anchor: `/essays/${claim.essay}/#${claim.id}`,
      n: index + 1,
      context: claim.context,
      ...(claim.holder ? { holder: claim.holder } : {}),
      ...(claim.comment ? { comment: claim.comment } : {}),
      source: { file: claim.place.file, line: claim.place.line },
    })),
  );
  // Relations follow the essays' reading order too (stable within a file), whatever order the files were read in.
  const fileOrder = new Map(byEssay.map((essay, index) => [essay.file, index]));
  const ordered = relations
    .map((relation, index) => ({ relation, index }))
    .sort((a, b) => (fileOrder.get(a.relation.place.file) ?? 0) - (fileOrder.get(b.relation.place.file) ?? 0) || a.index - b.index)
    .map(({ relation }) => relation);
  const published: Relation[] = ordered.map(({ from, to, type, note, contestable }) => ({
    id: relationId({ from, to, type }),
    from,
    to,
    type,
    ...(note ? { note } : {}),
    ...(contestable ? { contestable: true as const } : {}),
  }));
  // The checks above should leave nothing for the schema to reject; if they missed something,
  // report it as a problem rather than throw, so the author still gets every message at once.
  const parsed = GraphSchema.safeParse({ schemaVersion: 2, question, essays, claims, relations: published });
  if (!parsed.success) {
    const schemaProblems = parsed.error.issues.map((issue) =>
      error({ file: input.essays[0]?.file ?? 'content', line: 1, column: 1 }, `the graph does not match its schema at ${issue.path.join('.')}: ${issue.message}`),
    );
    return { problems: sortProblems([...sorted, ...schemaProblems]) };
  }
  return { graph: parsed.data, problems: sorted };
}

/** Finds cycles among `supports` relations: a claim cannot, through others, support itself. */
function findSupportCycles(relations: readonly ExtractedRelation[]): Problem[] {
  const edges = new Map<string, ExtractedRelation[]>();
  for (const relation of relations) {
    if (relation.type !== 'supports') continue;
    edges.set(relation.from, [...(edges.get(relation.from) ?? []), relation]);
  }
  const problems: Problem[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const stack: ExtractedRelation[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const relation of edges.get(id) ?? []) {
      const next = state.get(relation.to);
      if (next === 'open') {
        const start = stack.findIndex((edge) => edge.from === relation.to);
        const cycle = [...stack.slice(start === -1 ? stack.length : start), relation];
        const key = cycle.map((edge) => edge.from).sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          const path = [...cycle.map((edge) => edge.from), relation.to].join(' -> ');
          problems.push(error(relation.place, `supports-cycle: ${path}: a claim cannot support itself through others; remove or reverse one of these relations`));
        }
      } else if (next === undefined) {
        stack.push(relation);
        visit(relation.to);
        stack.pop();
      }
    }
    state.set(id, 'done');
  };
  for (const id of edges.keys()) if (!state.has(id)) visit(id);
  return problems;
}

function where(place: Place): string {
  return `${place.file}:${place.line}:${place.column}`;
}

function suggest(id: string, ids: readonly string[], otherwise: string): string {
  const close = didYouMean(id, ids);
  return close ? `: did you mean "${close}"?` : `: ${otherwise}`;
}
