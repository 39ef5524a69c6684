import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLedger } from '../../../src/ledger/check-ledger.ts';
import { updateLedger } from '../../../src/ledger/update-ledger.ts';
import type { Published, PublishedEntry } from '../../../src/schemas/published.ts';
import { claim, smallGraph } from '../../helpers/graph-fixture.ts';

const live = (id: string, essay = 'e'): PublishedEntry => ({ id, url: `/claims/${id}/`, anchor: `/essays/${essay}/#${id}`, status: 'live', essay });
const ledgerOf = (...claims: PublishedEntry[]): Published => ({ schemaVersion: 1, claims });
const textOf = (ledger: Published) => JSON.stringify(ledger, null, 2);
const errors = (graph = smallGraph(), ledger: Published) =>
  checkLedger(graph, ledger, 'content/published.json', textOf(ledger)).filter((problem) => problem.severity === 'error');

describe('checkLedger', () => {
  test('accepts a ledger that lists every claim as live', () => {
    assert.deepEqual(errors(smallGraph(), ledgerOf(live('a'), live('b'), live('c', 'f'))), []);
  });

  test('fails naming a published id that disappeared, its line, and what to do', () => {
    const ledger = ledgerOf(live('a'), live('b'), live('gone'), live('c', 'f'));
    const [problem, ...rest] = errors(smallGraph(), ledger);
    assert.equal(rest.length, 0);
    assert.match(problem!.message, /"gone"/);
    assert.match(problem!.message, /"status": "renamed"/);
    assert.match(problem!.message, /"status": "removed"/);
    assert.equal(problem!.line, textOf(ledger).split('\n').findIndex((line) => line.includes('"id": "gone"')) + 1);
  });

  test('accepts a renamed id whose new id is a claim, through a chain of renames', () => {
    const ledger = ledgerOf(live('a'), live('b'), { ...live('c', 'f') }, { ...live('old'), status: 'renamed', to: 'older' }, { ...live('older'), status: 'renamed', to: 'b' });
    assert.deepEqual(errors(smallGraph(), ledger), []);
  });

  test('fails when a rename points at an id no essay marks', () => {
    const ledger = ledgerOf(live('a'), live('b'), live('c', 'f'), { ...live('old'), status: 'renamed', to: 'nowhere' });
    const found = errors(smallGraph(), ledger);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /"old" is renamed to "nowhere"/);
  });

  test('fails on renames that loop', () => {
    const ledger = ledgerOf(live('a'), live('b'), live('c', 'f'), { ...live('x'), status: 'renamed', to: 'y' }, { ...live('y'), status: 'renamed', to: 'x' });
    assert.match(errors(smallGraph(), ledger).map((problem) => problem.message).join('\n'), /loop/);
  });

  test('accepts a removed id and fails when a removed id is marked again', () => {
    const removed: PublishedEntry = { ...live('b'), status: 'removed', note: 'Not a claim after all.' };
    assert.deepEqual(errors(smallGraph([claim('a', 1), claim('c', 1, 'f')]), ledgerOf(live('a'), removed, live('c', 'f'))), []);
    const reused = errors(smallGraph(), ledgerOf(live('a'), removed, live('c', 'f')));
    assert.equal(reused.length, 1);
    assert.match(reused[0]!.message, /"b" is marked again .*never reused/);
  });

  test('warns, without failing, when a published claim moved to another essay', () => {
    const ledger = ledgerOf(live('a'), live('b'), live('c', 'e'));
    const problems = checkLedger(smallGraph(), ledger, 'p.json', textOf(ledger));
    assert.deepEqual(problems.map((problem) => problem.severity), ['warning']);
    assert.match(problems[0]!.message, /"c" was published in essay "e" .* now in "f"/);
  });

  test('warns, without failing, about claims not yet in the ledger', () => {
    const problems = checkLedger(smallGraph(), ledgerOf(live('a')), 'p.json', '');
    assert.deepEqual(problems.map((problem) => [problem.severity, problem.message.match(/"(\w+)"/)?.[1]]), [['warning', 'b'], ['warning', 'c']]);
  });
});

describe('updateLedger', () => {
  test('appends new claims as live and keeps every old entry as it was', () => {
    const removed: PublishedEntry = { ...live('z'), status: 'removed' };
    const { ledger, added } = updateLedger(smallGraph(), ledgerOf(live('a'), removed));
    assert.deepEqual(added.map((entry) => entry.id), ['b', 'c']);
    assert.deepEqual(ledger.claims.map((entry) => [entry.id, entry.status]), [['a', 'live'], ['z', 'removed'], ['b', 'live'], ['c', 'live']]);
    assert.deepEqual(ledger.claims.find((entry) => entry.id === 'c'), { id: 'c', url: '/claims/c/', anchor: '/essays/f/#c', status: 'live', essay: 'f' });
  });
});
