import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerLabel, stanceLabel, stanceOptionLabel, stanceSentence, stanceTally, stanceTitle, STANCE_LABELS } from '../../../src/words/stance-label.ts';

const scope = 'for talks to forestall an invasion, on condition that Russia demobilize';
const evans = { stance: 'for', stanceScope: scope, author: 'Ryan Evans' } as const;
const bareFor = { stance: 'for' } as const;
const against = { stance: 'against' } as const;

describe('stanceLabel', () => {
  test('words a bare stance in short and long forms', () => {
    assert.equal(stanceLabel(bareFor), 'for pressing for negotiations');
    assert.equal(stanceLabel(against, 'short'), 'against talks');
  });

  test('carries the essay’s scope in every form, never a bare "for"', () => {
    assert.equal(stanceLabel(evans), scope);
    assert.equal(stanceLabel(evans, 'short'), scope);
    assert.equal(stanceTitle(evans), `F${scope.slice(1)}`);
    assert.equal(stanceSentence(evans), `argues ${scope}`);
  });

  test('keeps the bare stance before a scope that only qualifies it', () => {
    assert.equal(stanceLabel({ stance: 'for', stanceScope: 'only before an invasion' }, 'short'), 'for talks (only before an invasion)');
  });
});

describe('answerLabel', () => {
  test('answers the question yes or no, with the scope when the essay has one', () => {
    assert.equal(answerLabel('supports'), STANCE_LABELS.for.answer);
    assert.equal(answerLabel('rebuts', against), 'no: do not press for talks');
    assert.equal(answerLabel('supports', evans), `yes: ${scope}`);
  });
});

describe('stanceOptionLabel', () => {
  test('names the scoped essays under their stance, so a filter never files them under a bare "for"', () => {
    assert.equal(stanceOptionLabel('against', [evans, against]), 'against pressing for negotiations');
    assert.equal(stanceOptionLabel('for', [evans, against], 'short'), `for talks (Ryan Evans: ${scope})`);
  });
});

describe('stanceTally', () => {
  test('counts each stance in words, shortening a repeated bare stance', () => {
    assert.equal(stanceTally([bareFor, against, against, against]), 'one for pressing for negotiations, three against');
    assert.equal(stanceTally([bareFor, against, against], { verb: true }), 'one argues for pressing for negotiations, two argue against');
  });

  test('gives a lone scoped essay its scope, and lists scoped essays among others', () => {
    assert.equal(stanceTally([evans, against, against, against]), `one ${scope}; three against pressing for negotiations`);
    assert.equal(stanceTally([evans, bareFor]), `two for pressing for negotiations (among them Ryan Evans: ${scope})`);
  });

  test('leaves out a stance no essay takes', () => {
    assert.equal(stanceTally([against]), 'one against pressing for negotiations');
    assert.equal(stanceTally([]), '');
  });
});
