/**
 * The graphs tests are built on, in one place: the `good` fixture content compiled as build-graph
 * does (`fixtureGraph`), a small hand-written graph shaped like the real one (`sampleGraph`), a
 * minimal one with claims to vary (`smallGraph`, `claim`) and a builder from one-line specs (`mapGraph`).
 * None needs a build or src/data/graph.json.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extractEssay } from '../../src/compile/extract.ts';
import { buildGraph } from '../../src/compile/build-graph.ts';
import { QuestionSchema } from '../../src/schemas/question.ts';
import { GraphSchema, type Graph } from '../../src/schemas/graph.ts';
import type { Claim } from '../../src/schemas/claim.ts';

/** Builds the graph of a content folder (default: the `good` fixture) the way build-graph does. */
export async function fixtureGraph(dir = resolve(import.meta.dirname, '../fixtures/good')): Promise<Graph> {
  const question = QuestionSchema.parse(JSON.parse(await readFile(join(dir, 'question.json'), 'utf8')));
  const names = (await readdir(join(dir, 'essays'))).filter((name) => name.endsWith('.md')).sort();
  const essays = await Promise.all(names.map(async (name) => extractEssay(name, await readFile(join(dir, 'essays', name), 'utf8'))));
  const { graph, problems } = buildGraph({ question, essays });
  if (!graph) throw new Error(`fixture ${dir} does not build: ${problems.map((problem) => problem.message).join('; ')}`);
  return graph;
}

/**
 * A small graph shaped like the real one: a byline author with an inferred month, an attributed
 * author with a day, a pen name; a thesis, a reason, a reported view and a reader comment.
 */
export function sampleGraph(): Graph {
  const claim = (id: string, essay: string, kind: Graph['claims'][number]['kind'], text: string, n: number): Graph['claims'][number] => ({
    id, essay, kind, text, n, url: `/claims/${id}/`, anchor: `/essays/${essay}/#${id}`, context: text, source: { file: `essays/${essay}.md`, line: n },
    ...(kind === 'reader' ? { comment: { capture: 'x.txt', n: 1 } } : {}),
  });
  return {
    schemaVersion: 2,
    question: { id: 'question', text: 'Should the West press for negotiations?' },
    essays: [
      { id: 'talks', title: 'Call Them Out by Negotiating', author: 'Ryan Q. Evans', authorBasis: 'byline', outlet: 'War Review', published: '2021-12', publishedInferred: true, publishedOutside: false, stance: 'for', sources: ['a.txt'], summary: 'Evans argues for talks.', url: '/essays/talks/', words: 100 },
      { id: 'why', title: 'Why he fights', subtitle: 'The imperatives of regime security', author: 'Samuel A. Greene', authorBasis: 'attributed', authorNote: 'Attributed from outside the captures.', outlet: 'A Blog', published: '2022-07-29', publishedInferred: false, publishedOutside: false, stance: 'against', sources: ['b.txt'], summary: 'Greene argues against talks.', url: '/essays/why/', words: 200 },
      { id: 'folly', title: 'The Folly of Talking?', author: 'Democracy Abroad', authorBasis: 'byline', authorNote: 'A pen name; the capture names no person behind it.', outlet: 'Medium', published: '2022-12-22', publishedInferred: false, publishedOutside: false, stance: 'against', sources: ['c.txt'], summary: 'Talks are folly & worse <b>.', url: '/essays/folly/', words: 50 },
    ],
    claims: [
      claim('evans-thesis', 'talks', 'thesis', 'Biden should offer talks to test Putin.', 1),
      claim('evans-reported', 'talks', 'reported', 'Some say talks reward aggression.', 2),
      claim('greene-thesis', 'why', 'thesis', 'Negotiations will do more harm than good.', 1),
      claim('greene-reason', 'why', 'reason', 'Putin fights for his regime, and “security” is what he means by it.', 2),
      claim('reader-no-good', 'why', 'reader', 'Of course, negotiations won’t do any good.', 3),
      claim('da-long', 'folly', 'evidence', `${'Word '.repeat(60)}end </script><!-- & more.`, 1),
    ],
    relations: [
      { id: 'evans-thesis--supports--question', from: 'evans-thesis', to: 'question', type: 'supports' },
      { id: 'evans-reported--rebuts--evans-thesis', from: 'evans-reported', to: 'evans-thesis', type: 'rebuts' },
      { id: 'greene-thesis--rebuts--question', from: 'greene-thesis', to: 'question', type: 'rebuts' },
      { id: 'greene-thesis--rebuts--evans-thesis', from: 'greene-thesis', to: 'evans-thesis', type: 'rebuts', note: 'Ours.' },
      { id: 'greene-reason--supports--greene-thesis', from: 'greene-reason', to: 'greene-thesis', type: 'supports' },
      { id: 'reader-no-good--supports--greene-thesis', from: 'reader-no-good', to: 'greene-thesis', type: 'supports' },
      { id: 'da-long--supports--greene-reason', from: 'da-long', to: 'greene-reason', type: 'supports', note: 'Ours.' },
    ],
  };
}

/** A claim of essay `e` for tests. */
export function claim(id: string, n: number, essay = 'e', text = `Words of ${id}.`): Claim {
  return { id, essay, text, kind: 'reason', url: `/claims/${id}/`, anchor: `/essays/${essay}/#${id}`, n, context: `Before. ${text} After.`, source: { file: `content/essays/${essay}.md`, line: 10 + n } };
}

/** A small graph: two essays, claims a, b (essay e) and c (essay f); b supports a, c rebuts a with a note. */
export function smallGraph(claims: Claim[] = [claim('a', 1), claim('b', 2), claim('c', 1, 'f')]): Graph {
  const essay = (id: string, published: string) => ({
    id, title: `Essay ${id}`, author: `Author ${id}`, authorBasis: 'byline' as const, outlet: 'Outlet', published, publishedInferred: false, publishedOutside: false,
    stance: 'against' as const, sources: [`${id}.txt`], summary: 'Ours.', url: `/essays/${id}/`, words: 100,
  });
  const ids = new Set(claims.map((item) => item.id));
  return {
    schemaVersion: 2,
    question: { id: 'question', text: 'Q?' },
    essays: [essay('e', '2022-01-01'), essay('f', '2022-02-01')],
    claims,
    relations: [
      { id: 'a--rebuts--question', from: 'a', to: 'question', type: 'rebuts' as const },
      { id: 'b--supports--a', from: 'b', to: 'a', type: 'supports' as const },
      { id: 'c--rebuts--a', from: 'c', to: 'a', type: 'rebuts' as const, note: 'Our note on c.' },
    ].filter((relation) => ids.has(relation.from) && (relation.to === 'question' || ids.has(relation.to))),
  };
}

/** A claim for a test graph: `essay:id:kind`. */
type ClaimSpec = `${string}:${string}:${string}`;
/** A relation for a test graph: `from supports to`, `from rebuts to`, `from undercuts <relation-id>`. */
type RelationSpec = string;

/**
 * A small, schema-valid graph for the map's tests. Claims are listed as "essay:id:kind", relations as
 * "from supports to"; essays are made up from the claims, in order of first mention.
 */
export function mapGraph(claims: ClaimSpec[], relations: RelationSpec[]): Graph {
  const essayIds = [...new Set(claims.map((spec) => spec.split(':')[0]!))];
  const counters = new Map<string, number>();
  return GraphSchema.parse({
    schemaVersion: 2,
    question: { id: 'question', text: 'Should we talk?' },
    essays: essayIds.map((id, index) => ({
      id, title: `Essay ${id}`, author: `Author ${id}`, authorBasis: 'byline', outlet: 'Outlet',
      published: String(2010 + (index % 90)), publishedInferred: false, publishedOutside: false, stance: index % 2 ? 'for' : 'against',
      sources: [`${id}.txt`], summary: 'Ours.', url: `/essays/${id}/`, words: 10,
    })),
    claims: claims.map((spec) => {
      const [essay, id, kind] = spec.split(':') as [string, string, string];
      const n = (counters.get(essay) ?? 0) + 1;
      counters.set(essay, n);
      return {
        id, essay, kind, text: `Words of ${id}.`, url: `/claims/${id}/`, anchor: `/essays/${essay}/#${id}`, n,
        context: `Words of ${id}.`, source: { file: `essays/${essay}.md`, line: n },
      };
    }),
    relations: relations.map((spec) => {
      const [from, type, to] = spec.split(' ') as [string, 'supports' | 'rebuts' | 'undercuts', string];
      return { id: `${from}--${type}--${to}`, from, to, type, note: 'Ours.' };
    }),
  });
}
