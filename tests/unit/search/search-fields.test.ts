import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { READERS_AUTHOR } from '../../../src/search/labels.ts';
import { WHOLE_ESSAY_LABEL } from '../../../src/words/kind-labels.ts';
import { FILTER_NAMES, searchFields } from '../../../src/search/search-fields.ts';

import { claimLabel } from '../../../src/words/claim-label.ts';
import { sampleGraph } from '../../helpers/graph-fixture.ts';

const graph = sampleGraph();
const essayOf = (id: string) => graph.essays.find((essay) => essay.id === id)!;

describe('searchFields', () => {
  test('files an essay under its own id, author and stance, as a whole essay', () => {
    for (const essay of graph.essays) {
      assert.deepEqual(searchFields(essay), {
        meta: { title: essay.title, label: essay.title, essay: essay.title, author: essay.author, kind: WHOLE_ESSAY_LABEL },
        filters: { essay: essay.id, author: essay.author, stance: essay.stance, kind: 'essay' },
      });
    }
  });

  test('titles a claim with its label (its opening words while untitled) and names its essay and author', () => {
    const claim = graph.claims.find((item) => item.kind !== 'reader')!;
    const essay = essayOf(claim.essay);
    const fields = searchFields(essay, claim);
    assert.equal(fields.meta.label, claimLabel(claim).text);
    assert.ok(claim.text.startsWith(fields.meta.label.replace(/…$/, '').trimEnd()), fields.meta.label);
    // Indexed: the claim's words, whole.
    assert.equal(fields.meta.title, claim.text);
    assert.equal(fields.meta.essay, essay.title);
    assert.equal(fields.meta.author, essay.author);
    assert.deepEqual(fields.filters, { essay: essay.id, author: essay.author, stance: essay.stance, kind: claim.kind });
  });

  test('titles a claim that has a title with it, so the title\'s words find it', () => {
    const claim = { ...graph.claims.find((item) => item.kind !== 'reader')!, title: 'Talks as a test' };
    const { meta } = searchFields(essayOf(claim.essay), claim);
    assert.equal(meta.title, 'Talks as a test');
    assert.equal(meta.label, 'Talks as a test');
  });

  test('does not file a reader’s comment under the essay’s author or stance', () => {
    const claim = graph.claims.find((item) => item.kind === 'reader');
    assert.ok(claim, 'the graph has a reader claim');
    const fields = searchFields(essayOf(claim.essay), claim);
    assert.equal(fields.filters.author, READERS_AUTHOR);
    assert.equal(fields.filters.stance, undefined);
    assert.equal(fields.filters.essay, claim.essay);
    assert.equal(fields.meta.author, 'a reader');
  });

  test('uses only the filter names the search page reads from its URL', () => {
    for (const claim of graph.claims) {
      for (const name of Object.keys(searchFields(essayOf(claim.essay), claim).filters)) {
        assert.ok((FILTER_NAMES as readonly string[]).includes(name), name);
      }
    }
  });
});
