import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimJsonLd, essayJsonLd } from '../../../src/formats/json-ld.ts';
import { sampleGraph } from '../../helpers/graph-fixture.ts';

const graph = sampleGraph();
const why = graph.essays[1]!;
const urls = { site: 'https://x.org/', page: 'https://x.org/essays/why/' };

describe('essayJsonLd', () => {
  test('describes the essay as an OpinionNewsArticle at our page, with what we know', () => {
    const data = essayJsonLd(why, urls);
    assert.equal(data['@type'], 'OpinionNewsArticle');
    assert.equal(data.headline, 'Why he fights');
    assert.equal(data.alternativeHeadline, 'The imperatives of regime security');
    assert.deepEqual(data.author, { '@type': 'Person', name: 'Samuel A. Greene' });
    assert.equal(data.datePublished, '2022-07-29');
    assert.deepEqual(data.publisher, { '@type': 'Organization', name: 'A Blog' });
    assert.equal(data.url, urls.page);
    assert.deepEqual(data.isPartOf, { '@type': 'WebSite', name: 'Counterpoint', url: urls.site });
  });

  test('keeps a month-precision date at month precision', () => {
    assert.equal(essayJsonLd(graph.essays[0]!, urls).datePublished, '2021-12');
  });
});

describe('claimJsonLd', () => {
  const claimUrls = { ...urls, page: 'https://x.org/claims/greene-reason/', essay: 'https://x.org/essays/why/', anchor: 'https://x.org/essays/why/#greene-reason' };

  test('gives the claim text, author and its appearance at the anchor', () => {
    const claim = graph.claims.find((item) => item.id === 'greene-reason')!;
    const data = claimJsonLd(claim, why, claimUrls) as Record<string, any>;
    assert.equal(data['@type'], 'Claim');
    assert.equal(data.text, claim.text);
    assert.equal(data.author.name, 'Samuel A. Greene');
    assert.equal(data.appearance.url, claimUrls.anchor);
    assert.equal(data.appearance.isPartOf.headline, 'Why he fights');
    assert.deepEqual(data.firstAppearance, data.appearance);
  });

  test('names no author for a reader comment, which appears as a Comment on the essay', () => {
    const claim = graph.claims.find((item) => item.id === 'reader-no-good')!;
    const data = claimJsonLd(claim, why, claimUrls) as Record<string, any>;
    assert.equal(data.author, undefined);
    assert.equal(data.appearance['@type'], 'Comment');
    assert.equal(data.appearance.parentItem.url, claimUrls.essay);
  });

  test('names no author for a reported view: it is not the reporting author\'s claim', () => {
    const claim = graph.claims.find((item) => item.id === 'evans-reported')!;
    const data = claimJsonLd(claim, graph.essays[0]!, claimUrls) as Record<string, any>;
    assert.equal(claim.kind, 'reported');
    assert.equal(data.author, undefined);
    assert.equal(data.appearance.isPartOf.author.name, 'Ryan Q. Evans');
  });
});
