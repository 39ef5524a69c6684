import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toHierarchy, type MapHierarchy } from '../../../src/map/to-hierarchy.ts';
import { OVERVIEW, layoutOverview } from '../../../src/map/overview-layout.ts';
import type { Graph } from '../../../src/schemas/graph.ts';
import { fixtureGraph, mapGraph } from '../../helpers/graph-fixture.ts';
import { outsideViewBox, overlaps } from '../../helpers/overview-checks.ts';

const small = mapGraph(
  ['a:a-thesis:thesis', 'a:a-r1:reason', 'a:a-e1:evidence', 'a:a-c1:concession', 'b:b-thesis:thesis', 'b:b-r1:reason', 'b:b-p1:reported', 'b:b-x1:reader', 'a:a-orphan:concession'],
  [
    'a-thesis rebuts question', 'a-r1 supports a-thesis', 'a-e1 supports a-r1', 'a-c1 rebuts a-r1', 'b-thesis supports question',
    'b-r1 supports b-thesis', 'b-p1 rebuts b-r1', 'b-x1 rebuts b-thesis', 'b-r1 rebuts a-r1', 'a-e1 rebuts b-r1',
  ],
);

/**
 * A graph about 50 times the real one: 200 essays of 13 claims (thesis, 4 reasons, 8 pieces of
 * evidence) and a cross-essay rebuttal from every essay's first reason to the next essay's thesis.
 */
function largeGraph(essays = 200): Graph {
  const claims: `${string}:${string}:${string}`[] = [];
  const relations: string[] = [];
  for (let e = 0; e < essays; e += 1) {
    claims.push(`e${e}:e${e}-t:thesis`);
    relations.push(`e${e}-t ${e % 2 ? 'supports' : 'rebuts'} question`);
    for (let r = 0; r < 4; r += 1) {
      claims.push(`e${e}:e${e}-r${r}:reason`);
      relations.push(`e${e}-r${r} supports e${e}-t`);
      for (let v = 0; v < 2; v += 1) {
        claims.push(`e${e}:e${e}-r${r}-v${v}:evidence`);
        relations.push(`e${e}-r${r}-v${v} supports e${e}-r${r}`);
      }
    }
    relations.push(`e${e}-r0 rebuts e${(e + 1) % essays}-t`);
  }
  return mapGraph(claims, relations);
}

// The essays of tests/fixtures/good; tests/site/map/overview-layout.test.ts checks the real content's graph.
const fixture = await fixtureGraph();

const treeEdges = (hierarchy: MapHierarchy): string[] =>
  hierarchy.root.descendants().filter((node) => node.parent).map((node) => `${node.data.id}->${node.parent!.data.id}`).sort();

describe('layoutOverview', () => {
  test('positions one node per hierarchy node, in tree order, with its kind and essay', () => {
    const hierarchy = toHierarchy(small);
    const layout = layoutOverview(hierarchy);
    const preorder: string[] = [];
    hierarchy.root.eachBefore((node) => preorder.push(node.data.id));
    assert.deepEqual(layout.nodes.map((node) => node.id), preorder);
    assert.equal(layout.omitted, 0);
    for (const node of layout.nodes) {
      const claim = small.claims.find((entry) => entry.id === node.id);
      assert.equal(node.kind, claim?.kind ?? 'question');
      assert.equal(node.essay, claim?.essay);
    }
  });

  test('draws exactly the tree edges, each with its relation, and every cross-link as a chord', () => {
    const hierarchy = toHierarchy(small);
    const layout = layoutOverview(hierarchy);
    assert.deepEqual(layout.edges.map((edge) => `${edge.from}->${edge.to}`).sort(), treeEdges(hierarchy));
    for (const edge of layout.edges) {
      const datum = hierarchy.root.find((node) => node.data.id === edge.from)!.data;
      assert.equal(edge.relation, datum.relation);
    }
    assert.deepEqual(layout.chords.map((chord) => chord.relation), hierarchy.crossLinks);
    assert.equal(layout.edges.filter((edge) => edge.relation).length + layout.chords.length, small.relations.length);
  });

  test('lays the tree out left to right: each child one level right of its parent, the question leftmost', () => {
    const layout = layoutOverview(toHierarchy(small));
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    for (const edge of layout.edges) assert.equal(byId.get(edge.from)!.x - byId.get(edge.to)!.x, OVERVIEW.levelGap);
    assert.equal(Math.min(...layout.nodes.map((node) => node.x)), layout.nodes[0]!.x);
  });

  test('puts no two marks on top of each other, at fixture size and at 50×', () => {
    assert.deepEqual(overlaps(layoutOverview(toHierarchy(small))), []);
    assert.deepEqual(overlaps(layoutOverview(toHierarchy(fixture))), []);
    assert.deepEqual(overlaps(layoutOverview(toHierarchy(largeGraph()))), []);
  });

  test('keeps every mark, edge and chord inside its viewBox', () => {
    for (const graph of [small, fixture, largeGraph()]) assert.deepEqual(outsideViewBox(layoutOverview(toHierarchy(graph))), []);
  });

  test('stays bounded at 50×: leaves out whole levels, squeezes to maxHeight, and counts what it left out', () => {
    const graph = largeGraph();
    const hierarchy = toHierarchy(graph);
    const layout = layoutOverview(hierarchy);
    assert.ok(layout.nodes.length <= OVERVIEW.maxNodes, `${layout.nodes.length} nodes drawn`);
    assert.ok(layout.height <= OVERVIEW.maxHeight, `height ${layout.height}`);
    assert.ok(layout.width <= 400, `width ${layout.width}`);
    assert.equal(layout.nodes.filter((node) => node.kind === 'thesis').length, 200, 'every thesis is drawn');
    assert.ok(layout.nodes.every((node) => node.depth <= layout.depth));
    assert.equal(layout.nodes.length + layout.omitted, graph.claims.length + 1);
    assert.equal(layout.nodes.reduce((sum, node) => sum + node.omitted, 0), layout.omitted);
    const drawn = new Set(layout.nodes.map((node) => node.id));
    assert.ok(layout.edges.every((edge) => drawn.has(edge.from) && drawn.has(edge.to)));
    assert.ok(layout.chords.every((chord) => drawn.has(chord.relation.from) && drawn.has(chord.relation.to)));
  });

  test('draws deeper levels when maxNodes allows them', () => {
    const hierarchy = toHierarchy(largeGraph(20));
    const shallow = layoutOverview(hierarchy, { maxNodes: 30 });
    const deep = layoutOverview(hierarchy, { maxNodes: 1000 });
    assert.equal(shallow.depth, 1);
    assert.equal(deep.omitted, 0);
    assert.ok(deep.depth > shallow.depth);
  });

  test('labels theses only where a label clears the next thesis up and the label above', () => {
    const roomy = layoutOverview(toHierarchy(small));
    assert.deepEqual(roomy.nodes.filter((node) => node.labelled).map((node) => node.id), ['a-thesis', 'b-thesis']);
    const crowded = layoutOverview(toHierarchy(largeGraph()));
    const labelled = crowded.nodes.filter((node) => node.labelled).map((node) => node.y).sort((a, b) => a - b);
    const theses = crowded.nodes.filter((node) => node.kind === 'thesis').map((node) => node.y).sort((a, b) => a - b);
    for (let i = 1; i < labelled.length; i += 1) assert.ok(labelled[i]! - labelled[i - 1]! >= OVERVIEW.labelGap);
    for (const y of labelled) {
      const above = theses.filter((other) => other < y).at(-1);
      assert.ok(above === undefined || y - above >= OVERVIEW.labelGap, `label at ${y} clears the thesis at ${above}`);
    }
  });

  test('leaves the hierarchy it is given untouched', () => {
    const hierarchy = toHierarchy(largeGraph(20));
    const before = hierarchy.root.descendants().length;
    layoutOverview(hierarchy, { maxNodes: 30 });
    assert.equal(hierarchy.root.descendants().length, before);
    assert.ok(hierarchy.root.descendants().every((node) => !('x' in node) && !('y' in node)));
  });
});
