import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toHierarchy } from '../../../src/map/to-hierarchy.ts';
import { layoutMap } from '../../../src/map/layout.ts';
import { GEOMETRY, edgePath } from '../../../src/map/rows-to-paths.ts';
import { mapGraph } from '../../helpers/graph-fixture.ts';

const graph = mapGraph(
  ['a:a-thesis:thesis', 'a:a-r1:reason', 'a:a-e1:evidence', 'b:b-thesis:thesis', 'b:b-r1:reason', 'a:a-orphan:concession'],
  ['a-thesis rebuts question', 'a-r1 supports a-thesis', 'a-e1 supports a-r1', 'b-thesis supports question', 'b-r1 supports b-thesis', 'b-r1 rebuts a-r1', 'a-e1 rebuts b-r1'],
);

describe('layoutMap', () => {
  test('gives every node its own row, in tree order, indented by depth', () => {
    const layout = layoutMap(toHierarchy(graph));
    assert.deepEqual(layout.nodes.map((node) => node.id), ['question', 'a-thesis', 'a-r1', 'a-e1', 'a-orphan', 'b-thesis', 'b-r1']);
    assert.deepEqual(layout.nodes.map((node) => node.row), [0, 1, 2, 3, 4, 5, 6]);
    for (const node of layout.nodes) {
      assert.equal(node.x, node.depth * GEOMETRY.indent);
      assert.equal(node.y, node.row * GEOMETRY.pitch);
    }
    assert.equal(layout.height, 7 * GEOMETRY.pitch);
  });

  test('draws as many relations as the graph has: tree edges with a relation plus cross-links', () => {
    const layout = layoutMap(toHierarchy(graph));
    const drawn = [...layout.edges.filter((edge) => edge.relation), ...layout.crossLinks];
    assert.equal(drawn.length, graph.relations.length);
    assert.equal(layout.edges.length, graph.claims.length);
    assert.ok(layout.edges.every((edge) => edge.d.startsWith('M')));
    assert.ok(layout.crossLinks.every((link) => link.d.includes('C')));
  });

  test('sends cross-links round a rail right of the deepest box, inside the drawing', () => {
    const layout = layoutMap(toHierarchy(graph));
    const deepest = Math.max(...layout.nodes.map((node) => node.depth));
    assert.equal(layout.railX, deepest * GEOMETRY.indent + GEOMETRY.boxWidth + GEOMETRY.railGap);
    for (const link of layout.crossLinks) {
      const xs = [...link.d.matchAll(/-?\d+(?:\.\d+)?(?=,)/g)].map((match) => Number(match[0]));
      assert.ok(Math.max(...xs) <= layout.width, `${link.d} fits in ${layout.width}`);
    }
  });

  test('closes up the rows of a collapsed branch and leaves its lines undrawn', () => {
    const layout = layoutMap(toHierarchy(graph), GEOMETRY, new Set(['a-r1', 'a-e1']));
    const rows = new Map(layout.nodes.map((node) => [node.id, node.row]));
    assert.equal(rows.get('a-r1'), -1);
    assert.equal(rows.get('a-orphan'), 2);
    assert.equal(rows.get('b-r1'), 4);
    assert.equal(layout.height, 5 * GEOMETRY.pitch);
    assert.equal(layout.edges.find((edge) => edge.from === 'a-e1')!.d, '');
    assert.ok(layout.crossLinks.every((link) => link.d === ''));
  });

  test('draws an elbow from the parent\'s side into the child\'s box', () => {
    const d = edgePath({ x: GEOMETRY.indent, y: GEOMETRY.pitch }, { x: 2 * GEOMETRY.indent, y: 4 * GEOMETRY.pitch });
    assert.equal(d, `M${GEOMETRY.indent + Math.round(GEOMETRY.indent * 0.45)},${GEOMETRY.pitch + GEOMETRY.boxHeight}V${4 * GEOMETRY.pitch + GEOMETRY.boxHeight / 2}H${2 * GEOMETRY.indent}`);
  });

  test('lays out a single-essay graph with no cross-links', () => {
    const single = mapGraph(['a:a-thesis:thesis', 'a:a-r1:reason'], ['a-thesis supports question', 'a-r1 supports a-thesis']);
    const layout = layoutMap(toHierarchy(single));
    assert.equal(layout.crossLinks.length, 0);
    assert.deepEqual(layout.nodes.map((node) => node.depth), [0, 1, 2]);
  });
});

describe('layoutMap with undercuts', () => {
  test('draws every relation once: tree edges, cross-links and undercuts', () => {
    const withUndercut = mapGraph(
      ['a:a-thesis:thesis', 'a:a-r1:reason', 'b:b-thesis:thesis', 'b:b-r1:reason'],
      ['a-thesis rebuts question', 'a-r1 supports a-thesis', 'b-thesis supports question', 'b-r1 supports b-thesis', 'b-r1 undercuts a-r1--supports--a-thesis'],
    );
    const layout = layoutMap(toHierarchy(withUndercut));
    const drawn = [...layout.edges.flatMap((edge) => (edge.relation ? [edge.relation.id] : [])), ...layout.crossLinks.map((link) => link.relation.id), ...layout.undercuts.map((link) => link.relation.id)];
    assert.deepEqual(drawn.sort(), withUndercut.relations.map((relation) => relation.id).sort());
    assert.ok(layout.undercuts[0]!.d.startsWith('M'));
  });
});
