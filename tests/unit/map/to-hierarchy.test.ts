import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toHierarchy } from '../../../src/map/to-hierarchy.ts';
import type { Graph } from '../../../src/schemas/graph.ts';
import { mapGraph } from '../../helpers/graph-fixture.ts';

const parentOf = (graph: Graph) => {
  const { root } = toHierarchy(graph);
  return new Map(root.descendants().map((node) => [node.data.id, node.parent?.data.id ?? null]));
};
const key = (relation: { from: string; to: string }) => `${relation.from}->${relation.to}`;

/** Tree edges that draw a relation, plus cross-links, as "from->to" keys. */
function drawn(graph: Graph): string[] {
  const { root, crossLinks } = toHierarchy(graph);
  const edges = root.descendants().flatMap((node) => (node.data.relation ? [key(node.data.relation)] : []));
  return [...edges, ...crossLinks.map(key)];
}

describe('toHierarchy', () => {
  test('roots the tree at the question with the theses under it, in essay order', () => {
    const graph = mapGraph(['a:a-thesis:thesis', 'b:b-thesis:thesis'], ['b-thesis supports question', 'a-thesis rebuts question']);
    const { root } = toHierarchy(graph);
    assert.equal(root.data.id, 'question');
    assert.deepEqual(root.children?.map((node) => node.data.id), ['a-thesis', 'b-thesis']);
  });

  test('hangs a claim with several parents under a claim of its own essay and makes the rest cross-links', () => {
    const graph = mapGraph(
      ['a:a-thesis:thesis', 'b:b-thesis:thesis', 'b:b-reason:reason', 'a:a-reason:reason'],
      ['a-thesis rebuts question', 'b-thesis supports question', 'b-reason supports b-thesis', 'a-reason rebuts b-reason', 'a-reason supports a-thesis'],
    );
    const parents = parentOf(graph);
    assert.equal(parents.get('a-reason'), 'a-thesis');
    const { crossLinks } = toHierarchy(graph);
    assert.deepEqual(crossLinks.map(key), ['a-reason->b-reason']);
  });

  test('keeps the first-written relation among parents of the same tier', () => {
    const graph = mapGraph(
      ['a:a-thesis:thesis', 'a:a-one:reason', 'a:a-two:reason', 'a:a-three:evidence'],
      ['a-thesis rebuts question', 'a-one supports a-thesis', 'a-two supports a-thesis', 'a-three supports a-two', 'a-three supports a-one'],
    );
    assert.equal(parentOf(graph).get('a-three'), 'a-two');
  });

  test('breaks a cross-essay cycle of rebuttals without losing a relation', () => {
    const graph = mapGraph(
      ['a:a-thesis:thesis', 'b:b-thesis:thesis', 'a:a-x:reason', 'b:b-y:reason'],
      ['a-thesis rebuts question', 'b-thesis supports question', 'a-x rebuts b-y', 'b-y rebuts a-x', 'a-x supports a-thesis'],
    );
    const parents = parentOf(graph);
    // a-x prefers its own thesis; b-y can only hang under a-x, which does not close the cycle.
    assert.equal(parents.get('a-x'), 'a-thesis');
    assert.equal(parents.get('b-y'), 'a-x');
    assert.deepEqual(drawn(graph).sort(), graph.relations.map(key).sort());
  });

  test('places a claim whose only relations form a cycle under its thesis, and draws both relations as cross-links', () => {
    const graph = mapGraph(
      ['a:a-thesis:thesis', 'b:b-thesis:thesis', 'a:a-x:reason', 'b:b-y:reason'],
      ['a-thesis rebuts question', 'b-thesis supports question', 'a-x rebuts b-y', 'b-y rebuts a-x'],
    );
    const { root, crossLinks } = toHierarchy(graph);
    const byId = new Map(root.descendants().map((node) => [node.data.id, node]));
    assert.equal(byId.get('a-x')!.parent!.data.id, 'b-y');
    assert.equal(byId.get('b-y')!.parent!.data.id, 'b-thesis');
    assert.equal(byId.get('b-y')!.data.relation, undefined);
    assert.deepEqual(crossLinks.map(key), ['b-y->a-x']);
    assert.equal(root.descendants().length, graph.claims.length + 1);
  });

  test('places orphan claims under their essay thesis, and an unlinked thesis under the question', () => {
    const graph = mapGraph(['a:a-thesis:thesis', 'a:a-orphan:evidence', 'b:b-thesis:thesis'], ['a-thesis rebuts question']);
    const { root } = toHierarchy(graph);
    const byId = new Map(root.descendants().map((node) => [node.data.id, node]));
    assert.equal(byId.get('a-orphan')!.parent!.data.id, 'a-thesis');
    assert.equal(byId.get('a-orphan')!.data.relation, undefined);
    assert.equal(byId.get('b-thesis')!.parent!.data.id, 'question');
    assert.equal(byId.get('b-thesis')!.data.relation, undefined);
  });

  test('lays a single-essay graph out as one branch under the question', () => {
    const graph = mapGraph(
      ['a:a-thesis:thesis', 'a:a-r1:reason', 'a:a-r2:reason', 'a:a-e1:evidence', 'a:a-c1:concession'],
      ['a-thesis supports question', 'a-r1 supports a-thesis', 'a-r2 supports a-thesis', 'a-e1 supports a-r1', 'a-c1 rebuts a-r2'],
    );
    const { root, crossLinks } = toHierarchy(graph);
    assert.deepEqual(root.children?.map((node) => node.data.id), ['a-thesis']);
    assert.equal(crossLinks.length, 0);
    assert.equal(root.height, 3);
  });

  test('keeps every relation exactly once, as a tree edge or a cross-link', () => {
    const claims = ['a:a-thesis:thesis', 'b:b-thesis:thesis', 'c:c-thesis:thesis'] as const;
    const extra = Array.from({ length: 12 }, (_, index) => `${'abc'[index % 3]}:${'abc'[index % 3]}-c${index}:reason` as const);
    const relations = [
      'a-thesis rebuts question', 'b-thesis supports question', 'c-thesis rebuts question',
      ...extra.map((spec, index) => `${spec.split(':')[1]} ${index % 2 ? 'rebuts' : 'supports'} ${spec.split(':')[0]}-thesis` as const),
      ...extra.map((spec, index) => `${spec.split(':')[1]} rebuts ${extra[(index + 4) % extra.length]!.split(':')[1]}` as const),
    ];
    const graph = mapGraph([...claims, ...extra], relations);
    assert.deepEqual(drawn(graph).sort(), graph.relations.map(key).sort());
    assert.equal(new Set(drawn(graph)).size, graph.relations.length);
  });

  test('rejects a relation to an unknown claim', () => {
    const graph = mapGraph(['a:a-thesis:thesis'], ['a-thesis rebuts question']);
    graph.relations.push({ id: 'a-thesis--rebuts--nowhere', from: 'a-thesis', to: 'nowhere', type: 'rebuts' });
    assert.throws(() => toHierarchy(graph), /unknown claim "nowhere"/);
  });
});
