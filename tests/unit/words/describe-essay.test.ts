import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEssay, essayDateLabel } from '../../../src/words/describe-essay.ts';
import { sampleGraph } from '../../helpers/graph-fixture.ts';

const graph = sampleGraph();

describe('describeEssay', () => {
  test('gives author, outlet, date and our summary, labelled as ours', () => {
    const { title, description } = describeEssay(graph, 'why');
    assert.equal(title, 'Why he fights');
    assert.equal(description, 'Samuel A. Greene (attributed), A Blog, 29 July 2022. Our summary: Greene argues against talks.');
  });

  test('marks an inferred date', () => {
    assert.equal(essayDateLabel(graph.essays[0]!), 'December 2021 (date inferred from the text)');
    assert.match(describeEssay(graph, 'talks').description, /December 2021 \(date inferred from the text\)/);
  });

  test('marks a date that no capture prints', () => {
    assert.equal(
      essayDateLabel({ published: '2022-07-29', publishedInferred: false, publishedOutside: true }),
      '29 July 2022 (date not printed in the captures; from our source notes)',
    );
  });

  test('describes the card image with title, author and stance', () => {
    assert.match(describeEssay(graph, 'talks').imageAlt, /“Call Them Out by Negotiating” by Ryan Q\. Evans.*argues for pressing for negotiations\.$/);
  });

  test('rejects an unknown essay', () => {
    assert.throws(() => describeEssay(graph, 'nope'), /no essay "nope"/);
  });
});
