import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleClaims } from '../../helpers/sample-claims.ts';
import { fixtureGraph, sampleGraph } from '../../helpers/graph-fixture.ts';
import type { Graph } from '../../../src/schemas/graph.ts';

const reasonsOf = (graph: Graph) => Object.fromEntries(sampleClaims(graph).map(({ claim, reasons }) => [claim.id, reasons]));

describe('sampleClaims', () => {
  test('takes the first and last claim of every essay, by position', () => {
    const graph = sampleGraph();
    const reasons = reasonsOf(graph);
    for (const essay of graph.essays) {
      const own = graph.claims.filter((claim) => claim.essay === essay.id).sort((a, b) => a.n - b.n);
      assert.ok(reasons[own[0]!.id]?.includes('first in its essay'), essay.id);
      assert.ok(reasons[own.at(-1)!.id]?.includes('last in its essay'), essay.id);
    }
  });

  test('takes a claim of every kind the graph has', () => {
    const graph = sampleGraph();
    const kinds = new Set(sampleClaims(graph).map(({ claim }) => claim.kind));
    assert.deepEqual([...kinds].sort(), [...new Set(graph.claims.map((claim) => claim.kind))].sort());
  });

  test('takes a claim with relations both ways, one out only, one in only, and one across essays', () => {
    const graph = sampleGraph();
    // A claim only answered, never answering.
    graph.claims.push({ ...graph.claims[5]!, id: 'da-answered', n: 2, text: 'Answered.' });
    graph.relations.push({ id: 'greene-reason--rebuts--da-answered', from: 'greene-reason', to: 'da-answered', type: 'rebuts' });
    const essayOf = new Map(graph.claims.map((claim) => [claim.id, claim.essay]));
    const out = (id: string) => graph.relations.some((relation) => relation.from === id);
    const into = (id: string) => graph.relations.some((relation) => relation.to === id);
    const withReason = (reason: string) => sampleClaims(graph).filter(({ reasons }) => reasons.includes(reason as never)).map(({ claim }) => claim.id);
    assert.deepEqual(withReason('notes both ways').map((id) => [out(id), into(id)]), [[true, true]]);
    assert.deepEqual(withReason('note out only').map((id) => [out(id), into(id)]), [[true, false]]);
    assert.deepEqual(withReason('note in only').map((id) => [out(id), into(id)]), [[false, true]]);
    const [across] = withReason('across essays');
    assert.ok(across && graph.relations.some((relation) => relation.from === across && essayOf.has(relation.to) && essayOf.get(relation.to) !== essayOf.get(across)));
  });

  test('takes an undercutter and the claim whose relation it undercuts', () => {
    const graph = sampleGraph();
    graph.relations.push({ id: 'evans-reported--undercuts--greene-reason--supports--greene-thesis', from: 'evans-reported', to: 'greene-reason--supports--greene-thesis', type: 'undercuts' });
    const reasons = reasonsOf(graph);
    assert.ok(reasons['evans-reported']!.includes('undercuts'));
    assert.ok(reasons['greene-reason']!.includes('undercut'));
  });

  test('takes a reported claim with a holder and one without, and the longest claim', () => {
    const graph = sampleGraph();
    graph.claims.push({ ...graph.claims[1]!, id: 'held', holder: 'Charap and Shapiro', n: 9 });
    const reasons = reasonsOf(graph);
    assert.ok(reasons['held']!.includes('reported with a holder'));
    assert.ok(reasons['evans-reported']!.includes('reported without a holder'));
    assert.ok(reasons['da-long']!.includes('longest'));
  });

  test('lists each claim once, in the graph’s order, and is the same every time', async () => {
    const graph = await fixtureGraph();
    const sample = sampleClaims(graph);
    const ids = sample.map(({ claim }) => claim.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids, graph.claims.map((claim) => claim.id).filter((id) => ids.includes(id)));
    assert.deepEqual(sampleClaims(graph), sample);
  });

  test('does not grow with the content: a graph with ten times the claims in one essay samples no more of it', () => {
    const graph = sampleGraph();
    const base = graph.claims.find((claim) => claim.id === 'greene-reason')!;
    const more = Array.from({ length: 60 }, (_, n) => ({ ...base, id: `extra-${n}`, n: 10 + n, text: 'Short.' }));
    const grown = { ...graph, claims: [...graph.claims, ...more] };
    assert.ok(sampleClaims(grown).length <= sampleClaims(graph).length + 1, 'only the new last claim joins');
  });
});
