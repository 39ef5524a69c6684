import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { invasionTally, writtenBeforeInvasion } from '../../../src/words/invasion.ts';

describe('writtenBeforeInvasion', () => {
  test('compares at month precision: February 2022 itself is not before', () => {
    assert.equal(writtenBeforeInvasion({ published: '2021-12' }), true);
    assert.equal(writtenBeforeInvasion({ published: '2022-01-31' }), true);
    assert.equal(writtenBeforeInvasion({ published: '2022-02' }), false);
    assert.equal(writtenBeforeInvasion({ published: '2022' }), false);
  });
});

describe('invasionTally', () => {
  test('counts the essays either side of the invasion in words', () => {
    const essays = [{ published: '2021-12' }, { published: '2022-07-29' }, { published: '2022-11' }, { published: '2022-12-22' }];
    assert.equal(invasionTally(essays), 'one written before Russia’s full-scale invasion of Ukraine in February 2022, three after');
  });

  test('says "all" when every essay falls on one side', () => {
    assert.equal(invasionTally([{ published: '2023' }, { published: '2024-01' }]), 'all written after Russia’s full-scale invasion of Ukraine in February 2022');
    assert.equal(invasionTally([{ published: '2021' }]), 'written before Russia’s full-scale invasion of Ukraine in February 2022');
  });
});
