import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLedger } from '../../../src/ledger/check-ledger.ts';
import { updateLedger } from '../../../src/ledger/update-ledger.ts';
import { PublishedSchema, type Published, type PublishedEntry } from '../../../src/schemas/published.ts';
import { parseWithSchema } from '../../../src/data-files/parse-with-schema.ts';
import { claim, smallGraph } from '../../helpers/graph-fixture.ts';

const live = (id: string, essay = 'e'): PublishedEntry => ({ id, url: `/claims/${id}/`, anchor: `/essays/${essay}/#${id}`, status: 'live', essay });
const ledgerOf = (...claims: PublishedEntry[]): Published => ({ schemaVersion: 1, claims });
const textOf = (ledger: Published) => JSON.stringify(ledger, null, 2);
/** Where each value of `ledger` is written in its file, as `readLedgerFile` finds it. */
function placesOf(ledger: Published, file = 'content/published.json') {
  const read = parseWithSchema(textOf(ledger), file, PublishedSchema, { format: 'json', what: 'the ledger' });
  assert.ok(read.ok);
  return read.placeOf;
}
const check = (graph: ReturnType<typeof smallGraph>, ledger: Published) => checkLedger(graph, ledger, 'content/published.json', placesOf(ledger));
const errors = (graph = smallGraph(), ledger: Published) => check(graph, ledger).filter((problem) => problem.severity === 'error');

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

  test('places the error for a second entry of one id at the second entry, not the first', () => {
    const ledger = ledgerOf(live('a'), live('b'), live('c', 'f'), live('b'));
    const [problem, ...rest] = errors(smallGraph(), ledger);
    assert.equal(rest.length, 0);
    assert.match(problem!.message, /"b" has two entries: keep the first/);
    const lines = textOf(ledger).split('\n').flatMap((line, index) => (line.includes('"id": "b"') ? [index + 1] : []));
    assert.equal(lines.length, 2);
    assert.equal(problem!.line, lines[1]);
  });

  test('places entries however the file is laid out (one line, other key order)', () => {
    const ledger = ledgerOf(live('a'), live('b'), live('gone'), live('c', 'f'));
    const text = `{"claims":[${ledger.claims.map((entry) => JSON.stringify({ status: entry.status, url: entry.url, anchor: entry.anchor, essay: entry.essay, id: entry.id })).join(',')}],"schemaVersion":1}`;
    const read = parseWithSchema(text, 'p.json', PublishedSchema, { format: 'json', what: 'the ledger' });
    assert.ok(read.ok);
    const [problem] = checkLedger(smallGraph(), read.value, 'p.json', read.placeOf).filter((item) => item.severity === 'error');
    assert.deepEqual({ line: problem!.line, column: problem!.column }, { line: 1, column: text.indexOf('"id":"gone"') + 1 });
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
    const problems = check(smallGraph(), ledger);
    assert.deepEqual(problems.map((problem) => problem.severity), ['warning']);
    assert.match(problems[0]!.message, /"c" was published in essay "e" .* now in "f"/);
  });

  test('warns, without failing, about claims not yet in the ledger', () => {
    const problems = check(smallGraph(), ledgerOf(live('a')));
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
