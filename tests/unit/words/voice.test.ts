import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimVoice } from '../../../src/words/voice.ts';

const greene = { author: 'Samuel A. Greene', authorBasis: 'attributed' as const };
const evans = { author: 'Ryan Evans', authorBasis: 'byline' as const };

describe('claimVoice', () => {
  test('credits a reported view to its holder, and names the author only as reporting it', () => {
    const voice = claimVoice({ kind: 'reported', holder: 'Charap and Shapiro' }, greene);
    assert.equal(voice.phrase, 'Charap and Shapiro’s view, as Samuel A. Greene (attributed) reports it');
    assert.equal(voice.holder, 'Charap and Shapiro');
    assert.equal(voice.reporter, 'Samuel A. Greene (attributed)');
  });

  test('words a reported view with no named holder as one the author argues against', () => {
    assert.equal(claimVoice({ kind: 'reported' }, evans).phrase, 'a view Ryan Evans argues against');
  });

  test('credits the author with their own claims, and a reader with a reader’s', () => {
    assert.equal(claimVoice({ kind: 'reason' }, evans).phrase, 'Ryan Evans');
    assert.equal(claimVoice({ kind: 'reader' }, greene).phrase, 'a reader');
  });

  test('makes the possessive of a named holder ending in s with an apostrophe alone', () => {
    assert.equal(claimVoice({ kind: 'reported', holder: 'Charap and Jones' }, evans).phrase, 'Charap and Jones’ view, as Ryan Evans reports it');
  });

  test('words a described holder as "the view of", whatever its last word', () => {
    assert.equal(claimVoice({ kind: 'reported', holder: 'advocates of negotiations now' }, evans).phrase, 'the view of advocates of negotiations now, as Ryan Evans reports it');
  });

  test('words a holder described by a clause as "the view of", not a possessive', () => {
    assert.equal(
      claimVoice({ kind: 'reported', holder: 'those who portray diplomacy as a sign of weakness' }, evans).phrase,
      'the view of those who portray diplomacy as a sign of weakness, as Ryan Evans reports it',
    );
  });
});
