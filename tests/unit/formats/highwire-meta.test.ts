import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { highwireMeta } from '../../../src/formats/highwire-meta.ts';
import { sampleGraph } from '../../helpers/graph-fixture.ts';

const [talks, why, folly] = sampleGraph().essays;
const tags = (essay: typeof talks) => Object.fromEntries(highwireMeta(essay!).map((tag) => [tag.name, tag.content]));

describe('highwireMeta', () => {
  test('gives title with subtitle, inverted author, slash date and outlet', () => {
    assert.deepEqual(tags(why), {
      citation_title: 'Why he fights: The imperatives of regime security',
      citation_author: 'Greene, Samuel A.',
      citation_publication_date: '2022/07/29',
      citation_publisher: 'A Blog',
      citation_language: 'en',
    });
  });

  test('keeps the date at the precision known', () => {
    assert.equal(tags(talks).citation_publication_date, '2021/12');
  });

  test('leaves a pen name whole', () => {
    assert.equal(tags(folly).citation_author, 'Democracy Abroad');
  });
});
