import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GEOMETRY, bulgeFor, rowsToPaths, type Row } from '../../../src/map/rows-to-paths.ts';

const rows: Row[] = [
  { id: 'q', parentId: null, depth: 0 },
  { id: 'a', parentId: 'q', depth: 1 },
  { id: 'a1', parentId: 'a', depth: 2 },
  { id: 'a2', parentId: 'a', depth: 2 },
  { id: 'b', parentId: 'q', depth: 1 },
];
const links = [
  { id: 'a2--rebuts--b', from: 'a2', to: 'b', kind: 'cross' as const },
  { id: 'b--undercuts--a1--supports--a', from: 'b', to: 'a1--supports--a', kind: 'undercut' as const },
  { id: 'a1--undercuts--a2--rebuts--b', from: 'a1', to: 'a2--rebuts--b', kind: 'undercut' as const },
];
const targets = new Map([
  ['a1--supports--a', { kind: 'edge' as const, child: 'a1' }],
  ['a2--rebuts--b', { kind: 'cross' as const, from: 'a2', to: 'b' }],
]);
const numbers = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));

describe('rowsToPaths', () => {
  test('draws an edge into every row under a shown parent, and stacks closed rows one pitch apart', () => {
    const paths = rowsToPaths(rows, links, targets);
    assert.deepEqual([...paths.edges.keys()], ['a', 'a1', 'a2', 'b']);
    assert.equal(paths.height, rows.length * GEOMETRY.pitch);
    // The elbow into b ends at b's left edge, half a box down b's row (the fifth).
    assert.match(paths.edges.get('b')!, new RegExp(`V${4 * GEOMETRY.pitch + GEOMETRY.boxHeight / 2}H${GEOMETRY.indent}$`));
  });

  test('moves every row below a taller (focused) box down by the extra height, and the lines with them', () => {
    const closed = rowsToPaths(rows, links, targets);
    const open = rowsToPaths(rows.map((row) => (row.id === 'a1' ? { ...row, height: GEOMETRY.boxHeight + 60 } : row)), links, targets);
    assert.equal(open.height, closed.height + 60);
    assert.equal(open.edges.get('a1'), closed.edges.get('a1'));
    const yOf = (d: string) => numbers(d).at(-2)!;
    assert.equal(yOf(open.edges.get('a2')!), yOf(closed.edges.get('a2')!) + 60);
  });

  test('sends a cross-link round the rail right of the widest box, and keeps it inside the drawing', () => {
    const paths = rowsToPaths(rows, links, targets);
    assert.equal(paths.railX, 2 * GEOMETRY.indent + GEOMETRY.boxWidth + GEOMETRY.railGap);
    const d = paths.links.get('a2--rebuts--b')!;
    assert.ok(d.includes('C'));
    assert.ok(Math.max(...numbers(d).filter((_, index) => index % 2 === 0)) <= paths.width);
  });

  test('narrower boxes (a phone) bring the rail in', () => {
    const narrow = rowsToPaths(rows.map((row) => ({ ...row, width: 200 - row.depth * 16 })), links, targets, { ...GEOMETRY, indent: 16 });
    assert.equal(narrow.railX, 200 + GEOMETRY.railGap);
  });

  test('ends an undercut on the relation it attacks: the arc\'s apex for a cross-link, the child\'s box for a tree edge', () => {
    const paths = rowsToPaths(rows, links, targets);
    const onCross = numbers(paths.links.get('a1--undercuts--a2--rebuts--b')!);
    const y1 = 3 * GEOMETRY.pitch + GEOMETRY.boxHeight / 2 - 6;
    const y2 = 4 * GEOMETRY.pitch + GEOMETRY.boxHeight / 2 + 6;
    assert.deepEqual(onCross.slice(-2), [Math.round((paths.railX + 0.75 * bulgeFor(y1, y2)) * 10) / 10, (y1 + y2) / 2]);
    const onEdge = numbers(paths.links.get('b--undercuts--a1--supports--a')!);
    assert.deepEqual(onEdge.slice(-2), [2 * GEOMETRY.indent + GEOMETRY.boxWidth + 4, 2 * GEOMETRY.pitch + GEOMETRY.boxHeight / 2 + 14]);
  });

  test('leaves a line undrawn when one of its ends is not shown', () => {
    const paths = rowsToPaths(rows.filter((row) => row.id !== 'b'), links, targets);
    assert.equal(paths.links.get('a2--rebuts--b'), '');
    assert.equal(paths.links.get('b--undercuts--a1--supports--a'), '');
    assert.equal(paths.links.get('a1--undercuts--a2--rebuts--b'), '', 'the relation it attacks is not drawn');
  });

  test('bulges longer arcs more, up to maxBulge', () => {
    assert.ok(bulgeFor(0, 100) < bulgeFor(0, 1000));
    assert.equal(bulgeFor(0, 1e6), GEOMETRY.maxBulge);
  });
});
