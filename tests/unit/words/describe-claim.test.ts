import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeClaim, TITLE_MAX } from '../../../src/words/describe-claim.ts';
import { DESCRIPTION_MAX } from '../../../src/words/describe-essay.ts';
import { sampleGraph } from '../../helpers/graph-fixture.ts';

const graph = sampleGraph();

describe('describeClaim', () => {
  test('titles a claim with its own words in quotation marks', () => {
    const { title, claim } = describeClaim(graph, 'greene-thesis');
    assert.equal(title, `“${claim.text}”`);
  });

  test('shortens a long claim at a word, with an ellipsis, never past the limit', () => {
    const { title, claim } = describeClaim(graph, 'da-long');
    assert.ok(title.length <= TITLE_MAX + 2, title);
    assert.match(title, /…”$/);
    assert.ok(claim.text.startsWith(title.slice(1, -2)), 'the shortened title is a prefix of the words');
  });

  test('names author and essay, then what the claim rebuts in another essay', () => {
    const { description } = describeClaim(graph, 'greene-thesis');
    assert.match(description, /^Samuel A\. Greene \(attributed\), “Why he fights”\./);
    assert.match(description, /Its answer to “Should the West press for negotiations\?”: no\./);
    assert.match(description, /Rebuts Ryan Q\. Evans: “Biden should offer talks to test Putin\.”/);
  });

  test('says who rebuts a claim when it answers nothing itself', () => {
    const { description } = describeClaim(graph, 'evans-thesis');
    assert.match(description, /: yes\./);
    // The rebuttal from another essay comes before the view the essay itself reports.
    assert.ok(description.indexOf('Rebutted by Samuel A. Greene') < description.indexOf('Rebutted by a view Ryan Q. Evans argues against'), description);
  });

  test('never credits a reader comment to the essay author', () => {
    const result = describeClaim(graph, 'reader-no-good');
    assert.match(result.description, /^A reader’s comment on “Why he fights” by Samuel A\. Greene \(attributed\)\./);
    assert.equal(result.byline, 'A reader’s comment');
    assert.equal(result.source, 'on “Why he fights” by Samuel A. Greene (attributed)');
    assert.doesNotMatch(result.imageAlt, /reason by|thesis by/);
    assert.equal(result.kind, 'Reader comment');
  });

  test('keeps descriptions within the limit by whole sentences', () => {
    for (const claim of graph.claims) {
      const { description } = describeClaim(graph, claim.id);
      assert.ok(description.length <= DESCRIPTION_MAX, `${claim.id}: ${description.length}`);
      assert.equal((description.match(/“/g) ?? []).length, (description.match(/”/g) ?? []).length, `balanced quotes in ${claim.id}`);
    }
  });

  test('tells the essay stance and kind for the card', () => {
    const result = describeClaim(graph, 'greene-reason');
    assert.equal(result.stance, 'From an essay that argues against pressing for negotiations');
    assert.equal(result.kind, 'Reason');
    assert.match(result.imageAlt, /reason by Samuel A\. Greene \(attributed\), in “Why he fights”/);
  });

  test('never credits a reported view without a holder to the author who reports it', () => {
    const result = describeClaim(graph, 'evans-reported');
    assert.match(result.description, /^A view Ryan Q\. Evans argues against, in “Call Them Out by Negotiating”\./);
    assert.equal(result.byline, 'A view Ryan Q. Evans argues against');
    assert.equal(result.source, 'in “Call Them Out by Negotiating”');
    assert.match(result.imageAlt, /: a view Ryan Q\. Evans argues against, in “Call Them Out by Negotiating”\./);
    for (const text of [result.description, result.byline, result.imageAlt]) assert.doesNotMatch(text, /by Ryan Q\. Evans|^Ryan Q\. Evans,/);
  });

  test('credits a reported view to its holder, as the author reports it', () => {
    const held = sampleGraph();
    held.claims.find((claim) => claim.id === 'evans-reported')!.holder = 'Charap and Shapiro';
    const result = describeClaim(held, 'evans-reported');
    assert.equal(result.byline, 'Charap and Shapiro’s view, as Ryan Q. Evans reports it');
    assert.match(result.description, /^Charap and Shapiro’s view, as Ryan Q\. Evans reports it, in “Call Them Out by Negotiating”\./);
    assert.match(result.imageAlt, /: Charap and Shapiro’s view, as Ryan Q\. Evans reports it, in “Call Them Out by Negotiating”\./);
    assert.doesNotMatch(result.imageAlt, /reported view by/);
    // Where another claim names it, it is the holder's too.
    assert.match(describeClaim(held, 'evans-thesis').description, /Rebutted by Charap and Shapiro’s view, as Ryan Q\. Evans reports it: “Some say talks reward aggression\.”/);
  });

  test('carries the essay’s stance scope in the stance line', () => {
    const scoped = sampleGraph();
    scoped.essays.find((essay) => essay.id === 'talks')!.stanceScope = 'for talks to forestall an invasion, on conditions';
    assert.equal(describeClaim(scoped, 'evans-thesis').stance, 'From an essay that argues for talks to forestall an invasion, on conditions');
  });

  test('names the claim whose bearing an undercut denies, in its own voice', () => {
    const undercut = sampleGraph();
    const target = undercut.relations.find((relation) => relation.from === 'da-long')!;
    undercut.relations.push({ id: `evans-thesis--undercuts--${target.id}`, from: 'evans-thesis', to: target.id, type: 'undercuts' });
    const { description } = describeClaim(undercut, 'evans-thesis');
    assert.match(description, /Undercuts Democracy Abroad: “/, description);
  });

  test('rejects an unknown claim', () => {
    assert.throws(() => describeClaim(graph, 'nope'), /no claim "nope"/);
  });
});
