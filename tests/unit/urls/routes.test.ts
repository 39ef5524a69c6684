import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES } from '../../../src/urls/routes.ts';

describe('ROUTES', () => {
  test('spells every page\'s URL, site-relative, without the base', () => {
    assert.equal(ROUTES.essay('greene'), '/essays/greene/');
    assert.equal(ROUTES.claimInEssay('greene', 'greene-thesis'), '/essays/greene/#greene-thesis');
    assert.equal(ROUTES.claim('greene-thesis'), '/claims/greene-thesis/');
    assert.equal(ROUTES.clash('a--rebuts--b'), '/clashes/a--rebuts--b/');
    assert.deepEqual([ROUTES.handout('greene'), ROUTES.handout('greene', false)], ['/essays/greene/handout/', '/essays/greene/handout/no-comments/']);
    assert.equal(ROUTES.mapBranch('greene'), '/map/greene/');
    assert.equal(ROUTES.card('claims', 'greene-thesis'), '/og/claims/greene-thesis.png');
  });
});
