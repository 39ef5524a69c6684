import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildGraph } from '../../../src/compile/build-graph.ts';
import { readContent } from '../../../src/compile/read-content.ts';
import { formatProblem } from '../../../src/compile/problem.ts';
import { GOOD, show } from '../../helpers/content.ts';
import { testEssay } from '../../helpers/test-essay.ts';

const QUESTION = { id: 'question', text: 'Should the West press for negotiations with Russia over the war in Ukraine?' };

describe('buildGraph', () => {
  test('builds the reviewed graph of the good fixtures, in full', async () => {
    const { graph, problems } = await readContent(GOOD, show);
    assert.deepEqual(problems, []);
    // expected-graph.json was checked by hand against the fixture essays (ids, words, n, context,
    // comment captures, relation notes); regenerate it only after reading the diff.
    const expected: unknown = JSON.parse(await readFile(join(GOOD, 'expected-graph.json'), 'utf8'));
    assert.deepEqual(graph, expected);
  });

  test('warns, without failing, about a claim with no relation', () => {
    const essay = testEssay('delta', `:claim[Talks reward the invader.]{#delta-thesis kind=thesis rebuts=question} :claim[Nobody links this.]{#delta-lonely kind=evidence}`);
    const { graph, problems } = buildGraph({ question: QUESTION, essays: [essay], captures: ['delta.txt'] });
    assert.deepEqual(problems.map(formatProblem), [
      'content/essays/delta.md:12:78: warning: claim "delta-lonely" has no relation: say what it supports or rebuts',
    ]);
    assert.deepEqual(graph?.claims.map((claim) => claim.id), ['delta-thesis', 'delta-lonely']);
  });

  test('rejects a relation to an unknown claim, suggesting the nearest id', () => {
    const essay = testEssay('delta', `:claim[Talks reward the invader.]{#delta-thesis kind=thesis rebuts=question} :claim[Words.]{#delta-words kind=reason supports=delta-theses}`);
    const { graph, problems } = buildGraph({ question: QUESTION, essays: [essay] });
    assert.equal(graph, undefined);
    assert.ok(problems.map(formatProblem).includes('content/essays/delta.md:12:78: error: supports names unknown claim "delta-theses": did you mean "delta-thesis"?'));
  });

  test('says how to fix an id nothing resembles', () => {
    const essay = testEssay('delta', `:claim[Talks reward the invader.]{#delta-thesis kind=thesis rebuts=question} :claim[Words.]{#delta-words kind=reason supports=zzzzzzzzzzzz}`);
    const { problems } = buildGraph({ question: QUESTION, essays: [essay] });
    assert.ok(problems.map(formatProblem).includes('content/essays/delta.md:12:78: error: supports names unknown claim "zzzzzzzzzzzz": check the id, or mark that claim first'));
  });

  test('rejects a claim that takes the question\'s id or an id the page uses', () => {
    const essay = testEssay('delta', `:claim[Talks reward the invader.]{#delta-thesis kind=thesis rebuts=question} :claim[A.]{#question kind=reason supports=delta-thesis} :claim[B.]{#comments kind=reason supports=delta-thesis}`);
    const { problems } = buildGraph({ question: QUESTION, essays: [essay] });
    const lines = problems.map(formatProblem);
    assert.ok(lines.includes('content/essays/delta.md:12:78: error: claim id "question" is the question\'s id: choose another'), lines.join('\n'));
    assert.ok(lines.includes('content/essays/delta.md:12:134: error: claim id "comments" is an id the site\'s pages use themselves, so a link to #comments would land on the page\'s element, not the claim: choose another'), lines.join('\n'));
  });

  test('rejects an essay whose id is the whole map\'s page, naming the file', () => {
    const essay = testEssay('all', `:claim[Talks reward the invader.]{#all-thesis kind=thesis rebuts=question}`);
    const { graph, problems } = buildGraph({ question: QUESTION, essays: [essay] });
    assert.equal(graph, undefined);
    assert.ok(problems.map(formatProblem).includes('content/essays/all.md:1:1: error: essay id "all" is taken by the site\'s own page /map/all/: rename the file (its name is the essay\'s id)'), problems.map(formatProblem).join('\n'));
  });

  test('orders essays by date and numbers claims within each essay', async () => {
    const { graph } = await readContent(GOOD, show);
    assert.ok(graph);
    const dates = graph.essays.map((essay) => essay.published);
    assert.deepEqual(dates, [...dates].sort());
    for (const essay of graph.essays) {
      const ns: number[] = graph.claims.filter((claim) => claim.essay === essay.id).map((claim) => claim.n);
      assert.deepEqual(ns, ns.map((_, index) => index + 1));
    }
  });
});

describe('buildGraph on one broken claim', () => {
  test('reports the broken claim once, not again at every relation that names it', () => {
    const essay = testEssay('delta', `:claim[Talks reward the invader.]{#delta-thesis kind=thesis rebuts=question} :claim[Words.]{#delta-words kind=opinion supports=delta-thesis} :claim[More.]{#delta-more kind=evidence supports=delta-words}`);
    const { problems } = buildGraph({ question: QUESTION, essays: [essay] });
    assert.deepEqual(problems.map(formatProblem), [
      'content/essays/delta.md:12:78: error: unknown claim kind "opinion" on "delta-words": use one of thesis, reason, evidence, concession, reported, reader',
    ]);
  });
});

describe('buildGraph: relation ids and undercuts', () => {
  const body = (extra: string) =>
    `:claim[Talks reward the invader.]{#delta-thesis kind=thesis rebuts=question} :claim[Putin has kept his word.]{#delta-kept kind=reason supports=delta-thesis} :claim[Keeping one's word says nothing of what one will demand.]{#delta-beside kind=reason}\n\n${extra}`;
  const build = (extra: string) => buildGraph({ question: QUESTION, essays: [testEssay('delta', body(extra))], captures: ['delta.txt'] });

  test('gives every relation the id <from>--<type>--<to>', () => {
    const { graph, problems } = build('::undercuts[Ours: “says nothing” denies that “kept his word” bears on the thesis.]{from=delta-beside to=delta-kept--supports--delta-thesis}');
    assert.deepEqual(problems.map(formatProblem), []);
    assert.deepEqual(graph?.relations.map((relation) => relation.id), [
      'delta-thesis--rebuts--question',
      'delta-kept--supports--delta-thesis',
      'delta-beside--undercuts--delta-kept--supports--delta-thesis',
    ]);
    const undercut = graph?.relations.at(-1);
    assert.equal(undercut?.type, 'undercuts');
    assert.equal(undercut?.to, 'delta-kept--supports--delta-thesis');
  });

  test('rejects an undercut of an unknown relation, suggesting the nearest id', () => {
    const { graph, problems } = build('::undercuts[Ours.]{from=delta-beside to=delta-kept--supports--delta-theses}');
    assert.equal(graph, undefined);
    assert.deepEqual(problems.map(formatProblem), [
      'content/essays/delta.md:12:158: warning: claim "delta-beside" has no relation: say what it supports or rebuts',
      'content/essays/delta.md:14:1: error: undercuts names unknown relation "delta-kept--supports--delta-theses": did you mean "delta-kept--supports--delta-thesis"?',
    ]);
  });

  test('rejects an undercut that names a claim instead of a relation', () => {
    const { problems } = build('::undercuts[Ours.]{from=delta-beside to=delta-thesis}');
    assert.deepEqual(problems.map(formatProblem), [
      'content/essays/delta.md:12:158: warning: claim "delta-beside" has no relation: say what it supports or rebuts',
      'content/essays/delta.md:14:1: error: undercuts names unknown relation "delta-thesis": "delta-thesis" is a claim; an undercut targets a relation, written <from>--<type>--<to>, e.g. "delta-kept--supports--delta-thesis"',
    ]);
  });

  test('rejects a claim undercutting its own relation', () => {
    const { problems } = build('::undercuts[Ours.]{from=delta-kept to=delta-kept--supports--delta-thesis}');
    assert.match(problems.map(formatProblem).join('\n'), /claim "delta-kept" undercuts its own relation "delta-kept--supports--delta-thesis"/);
  });

  test('rejects an undercut of an undercut at its line (the map has no claim to draw it beside)', () => {
    const { graph, problems } = build(
      '::undercuts[Ours.]{from=delta-thesis to=delta-beside--undercuts--delta-kept--supports--delta-thesis}\n\n::undercuts[Ours.]{from=delta-beside to=delta-kept--supports--delta-thesis}',
    );
    assert.equal(graph, undefined);
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message), [
      '::undercuts targets "delta-beside--undercuts--delta-kept--supports--delta-thesis", which is itself an undercut: an undercut denies that a claim bears on another, so it targets a supports or rebuts relation; to answer the undercutting claim "delta-beside", rebut it (rebuts="delta-beside") or undercut the relation it rests on',
    ]);
  });

  test('rejects undercuts="…" on a claim: an undercut targets a relation', () => {
    const essay = testEssay('delta', `:claim[Talks reward the invader.]{#delta-thesis kind=thesis rebuts=question undercuts=x}`);
    assert.match(essay.problems.map(formatProblem).join('\n'), /an undercut targets a relation, not a claim: remove undercuts="…"/);
  });

  test('keeps holder on a reported claim and marks a contestable relation', () => {
    const { graph, problems } = build(':claim[Some say talks help.]{#delta-some kind=reported holder="Some in Washington" rebuts=delta-thesis}\n\n::supports[Ours.]{from=delta-beside to=delta-thesis contestable}');
    assert.deepEqual(problems.map(formatProblem), []);
    assert.equal(graph?.claims.find((claim) => claim.id === 'delta-some')?.holder, 'Some in Washington');
    assert.equal(graph?.relations.find((relation) => relation.from === 'delta-beside')?.contestable, true);
  });

  test('rejects holder on a claim that is not reported', () => {
    const essay = testEssay('delta', `:claim[Talks reward the invader.]{#delta-thesis kind=thesis rebuts=question holder="Me"}`);
    assert.deepEqual(essay.problems.map(formatProblem), [
      'content/essays/delta.md:12:1: error: claim "delta-thesis" has holder="…" but is kind=thesis: only a reported claim (someone else\'s view) names its holder',
    ]);
  });
});
