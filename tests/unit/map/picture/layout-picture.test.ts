import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutPicture, PICTURE_GEOMETRY, type PictureBox } from '../../../../src/map/picture/layout-picture.ts';
import { pictureModel } from '../../../../src/map/picture/picture-model.ts';
import { claimLabel } from '../../../../src/words/claim-label.ts';
import { textWidth } from '../../../../src/map/picture/wrap-label.ts';
import type { Graph } from '../../../../src/schemas/graph.ts';
import { mapGraph } from '../../../helpers/graph-fixture.ts';

/** Three essays: a (2021-12, before the invasion), b and c (2022); reasons that clash across essays. */
function debate(extra: string[] = []): Graph {
  const reasons = (essay: string, count: number) => Array.from({ length: count }, (_, index) => `${essay}:${essay}-r${index}:reason` as const);
  const graph = mapGraph(
    ['a:a-t:thesis', ...reasons('a', 8), 'b:b-t:thesis', ...reasons('b', 6), 'c:c-t:thesis', ...reasons('c', 3)],
    [
      'a-t supports question', 'b-t rebuts question', 'c-t rebuts question',
      ...Array.from({ length: 8 }, (_, index) => `a-r${index} supports a-t`),
      ...Array.from({ length: 6 }, (_, index) => `b-r${index} ${index % 2 ? 'rebuts' : 'supports'} b-t`),
      ...Array.from({ length: 3 }, (_, index) => `c-r${index} supports c-t`),
      'b-r5 rebuts a-r7', 'c-r2 rebuts a-r6', 'c-r1 supports b-r4', 'a-r0 rebuts a-r1', ...extra,
    ],
  );
  const dates = ['2021-12', '2022-07-29', '2022-11'];
  graph.essays.forEach((essay, index) => void (essay.published = dates[index]!));
  // Long words, so labels wrap.
  for (const claim of graph.claims) claim.text = `${claim.id} makes a claim about negotiations that runs on for quite a few words before it ends.`;
  return graph;
}

const overlap = (a: PictureBox, b: PictureBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('layoutPicture', () => {
  const model = pictureModel(debate(), 4);
  const layout = layoutPicture(model);

  test('puts the essays in columns oldest first, each thesis above its reasons', () => {
    assert.deepEqual(layout.columns.map((column) => column.essay.id), ['a', 'b', 'c']);
    for (const box of layout.boxes.filter((item) => item.kind === 'reason')) {
      const thesis = layout.boxes.find((item) => item.kind === 'thesis' && item.col === box.col)!;
      assert.ok(box.y > thesis.y + thesis.h, `${box.id} is under its thesis`);
      assert.ok(box.x >= thesis.x && box.x + box.w <= thesis.x + thesis.w, `${box.id} is in its column`);
    }
  });

  test('overlaps no box with another, shown or behind "+N more", and keeps every box inside the width', () => {
    for (const [index, a] of layout.boxes.entries()) {
      assert.ok(a.x >= 0 && a.x + a.w <= PICTURE_GEOMETRY.width, `${a.id} inside`);
      for (const b of layout.boxes.slice(index + 1)) assert.ok(!overlap(a, b), `${a.id} and ${b.id} overlap`);
    }
  });

  test('wraps every label to lines that fit its box, and sizes the box to hold them all', () => {
    const g = PICTURE_GEOMETRY;
    for (const box of layout.boxes) {
      for (const line of box.lines) assert.ok(textWidth(line, box.kind === 'question' ? g.font + 3 : g.font, box.kind !== 'reason') <= box.w - 2 * g.pad, `${box.id}: “${line}”`);
      assert.ok(box.h >= box.lines.length * g.lineHeight + 2 * g.pad, `${box.id} holds its lines`);
      assert.equal(box.lines.join(' '), box.kind === 'question' ? model.question.text : claimLabel(box.claim!).text, `${box.id} keeps its label's words in order`);
    }
  });

  test('shows a column\'s first reasons and folds the rest behind "+N more", which sits below them', () => {
    const a = layout.columns[0]!;
    assert.equal(a.more?.count, 4);
    const shown = layout.boxes.filter((box) => box.col === 0 && box.kind === 'reason' && !box.hidden);
    assert.equal(shown.length, 4);
    assert.ok(shown.every((box) => box.y + box.h <= a.more!.y));
    assert.equal(layout.columns[2]!.more, undefined, 'a column with room for all has none');
    assert.ok(layout.height < layout.fullHeight);
    assert.ok(layout.boxes.filter((box) => !box.hidden).every((box) => box.y + box.h <= layout.height));
  });

  test('draws every relation between drawn claims as a line, marking those between essays, and none twice', () => {
    assert.deepEqual(layout.lines.map((line) => line.relation.id).sort(), ['a-r0--rebuts--a-r1', 'b-r5--rebuts--a-r7', 'c-r1--supports--b-r4', 'c-r2--rebuts--a-r6'].sort());
    assert.deepEqual(layout.lines.filter((line) => line.cross).map((line) => line.relation.id).sort(), ['b-r5--rebuts--a-r7', 'c-r1--supports--b-r4', 'c-r2--rebuts--a-r6'].sort());
    assert.equal(layout.stubs.length, 17, 'a stub per reason');
  });

  test('draws the invasion\'s divide after the essays written before it, and marks the lines across it', () => {
    const [a, b] = layout.columns;
    assert.ok(layout.divide && layout.divide.x > a!.x + a!.w && layout.divide.x < b!.x);
    const across = layout.lines.filter((line) => line.acrossTime).map((line) => line.relation.id).sort();
    assert.deepEqual(across, ['b-r5--rebuts--a-r7', 'c-r2--rebuts--a-r6']);
    for (const line of layout.lines.filter((item) => item.acrossTime)) assert.equal(line.divideAt?.x, layout.divide!.x);
  });

  test('routes each line orthogonally from a side of its first box to a side of its last, through gutters', () => {
    const byId = new Map(layout.boxes.map((box) => [box.id, box]));
    for (const line of layout.lines) {
      const numbers = line.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const [x0, y0] = numbers;
      const [x1, y1] = numbers.slice(-2);
      const [from, to] = [byId.get(line.from)!, byId.get(line.to)!];
      assert.ok(x0 === from.x || x0 === from.x + from.w, `${line.relation.id} leaves a side`);
      assert.ok(y0! > from.y && y0! < from.y + from.h);
      assert.ok(x1 === to.x || x1 === to.x + to.w, `${line.relation.id} ends on a side`);
      assert.ok(y1! > to.y && y1! < to.y + to.h);
    }
  });

  test('has no divide when every essay is on one side of the invasion', () => {
    const graph = debate();
    for (const essay of graph.essays) essay.published = '2023-01';
    const flat = layoutPicture(pictureModel(graph));
    assert.equal(flat.divide, undefined);
    assert.ok(flat.lines.every((line) => !line.acrossTime));
  });

  test('gives each line two ends a reader can tell: a dot on its own box, the arrow\'s tip on the other box, its symbol just outside that box and clear of the spine', () => {
    // a-r2 → b-r1 comes into a reason from the left, across b's spine.
    const crossing = layoutPicture(pictureModel(debate(['a-r2 supports b-r1', 'b-r3 rebuts a-r2']), 4));
    const byId = new Map(crossing.boxes.map((box) => [box.id, box]));
    const onEdge = (point: { x: number; y: number }, box: PictureBox) => (point.x === box.x || point.x === box.x + box.w) && point.y > box.y && point.y < box.y + box.h;
    const signs = crossing.stubs.map((stub) => stub.at);
    assert.ok(crossing.lines.some((line) => line.end.x === byId.get(line.to)!.x && byId.get(line.to)!.kind === 'reason'), 'the fixture has a line into a reason from the left');
    for (const line of crossing.lines) {
      const [from, to] = [byId.get(line.from)!, byId.get(line.to)!];
      assert.ok(onEdge(line.start, from), `${line.relation.id} starts on ${from.id}'s edge`);
      assert.ok(onEdge(line.end, to), `${line.relation.id} ends on ${to.id}'s edge`);
      assert.equal(line.badge.y, line.end.y, `${line.relation.id}: its symbol is level with its end`);
      const gap = Math.abs(line.badge.x - line.end.x);
      assert.ok(gap >= 14 && gap <= 45, `${line.relation.id}: its symbol is ${gap} px from the box`);
      assert.ok(!crossing.boxes.some((box) => line.badge.x + 7 > box.x && line.badge.x - 7 < box.x + box.w && line.badge.y + 7 > box.y && line.badge.y - 7 < box.y + box.h), `${line.relation.id}: its symbol covers no box`);
      for (const sign of signs) assert.ok(Math.hypot(sign.x - line.badge.x, sign.y - line.badge.y) >= 14, `${line.relation.id}: its symbol is clear of the spine's`);
    }
  });
});
