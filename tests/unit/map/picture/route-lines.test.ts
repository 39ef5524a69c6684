import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assignTracks, roundedPath, routeLines } from '../../../../src/map/picture/route-lines.ts';
import { wrapLabel, textWidth } from '../../../../src/map/picture/wrap-label.ts';

describe('assignTracks', () => {
  test('shares a track between runs that do not overlap and splits those that do', () => {
    const tracks = assignTracks([{ key: 'a', from: 0, to: 50 }, { key: 'b', from: 100, to: 150 }, { key: 'c', from: 20, to: 120 }]);
    assert.equal(tracks.get('a'), tracks.get('b'));
    assert.notEqual(tracks.get('c'), tracks.get('a'));
  });
});

describe('roundedPath', () => {
  test('drops repeated points and rounds each corner', () => {
    assert.equal(roundedPath([[0, 0], [10, 0], [10, 0], [10, 20]], 4), 'M0,0L6,0Q10,0 10,4L10,20');
  });
});

describe('routeLines', () => {
  const frame = { colX: [0, 300, 600], colW: 240, gutter: 60, channels: [100, 200], pitch: 6 };
  const box = (col: number, y: number) => ({ x: frame.colX[col]! + 20, y, w: 220, h: 40, col, row: 0 });

  test('keeps two lines through one gutter on different tracks when their runs overlap', () => {
    const routes = routeLines([{ id: 'one', from: box(0, 0), to: box(1, 160) }, { id: 'two', from: box(0, 60), to: box(1, 120) }], frame);
    const xs = [...routes.values()].map((route) => route.points[1]![0]);
    assert.notEqual(xs[0], xs[1]);
  });

  test('crosses a column in the gap between rows when the columns are not neighbours, ending at the target', () => {
    const route = routeLines([{ id: 'far', from: box(2, 20), to: box(0, 160) }], frame).get('far')!;
    assert.ok(route.points.some(([, y]) => y === 100 || y === 200 || Math.abs(y - 100) <= 6 || Math.abs(y - 200) <= 6));
    assert.deepEqual(route.points.at(-1), [240, 180], 'ends on the right side of the first column\'s box');
  });

  test('keeps tracks off the divide', () => {
    const route = routeLines([{ id: 'x', from: box(0, 0), to: box(1, 100) }], { ...frame, avoidX: 270 }).get('x')!;
    assert.notEqual(route.points[1]![0], 270);
  });
});

describe('wrapLabel', () => {
  test('breaks at spaces within the width and keeps every word', () => {
    const text = 'The West should test Russia’s intentions by talking before it is too late';
    const lines = wrapLabel(text, 120, 13);
    assert.ok(lines.length > 1);
    assert.equal(lines.join(' '), text);
    for (const line of lines) assert.ok(textWidth(line, 13) <= 120);
  });

  test('breaks a word longer than the line inside it', () => {
    const lines = wrapLabel('Antidisestablishmentarianism', 60, 13);
    assert.equal(lines.join(''), 'Antidisestablishmentarianism');
    assert.ok(lines.every((line) => textWidth(line, 13) <= 60));
  });
});
