import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pictureModel, PICTURE_MAX_COLUMNS } from '../../../../src/map/picture/picture-model.ts';
import { layoutPicture } from '../../../../src/map/picture/layout-picture.ts';
import { mapGraph } from '../../../helpers/graph-fixture.ts';

describe('pictureModel', () => {
  const graph = mapGraph(
    ['a:a-t:thesis', 'a:a-1:reason', 'a:a-2:reason', 'a:a-3:reason', 'a:a-deep:evidence', 'b:b-t:thesis', 'b:b-1:reason', 'b:b-reader:reader', 'b:b-2:reason', 'c:c-1:reason'],
    [
      'a-t supports question', 'b-t rebuts question',
      'a-1 supports a-t', 'a-2 supports a-t', 'a-3 rebuts a-t', 'a-deep supports a-1',
      'b-reader supports b-t', 'b-1 supports b-t', 'b-2 supports b-t',
      'b-2 rebuts a-3', 'b-1 rebuts a-deep', 'c-1 supports b-t',
    ],
  );
  graph.essays.reverse();
  graph.essays[0]!.published = '2022-05';
  graph.essays[1]!.published = '2021-12';

  test('gives a column to each essay with a thesis, oldest first', () => {
    const model = pictureModel(graph);
    assert.deepEqual(model.columns.map((column) => column.essay.id), ['a', 'b']);
  });

  test('takes as reasons only the thesis\'s own essay\'s claims that support or rebut it', () => {
    const model = pictureModel(graph);
    assert.deepEqual(model.columns[1]!.reasons.map((reason) => reason.claim.id).sort(), ['b-1', 'b-2', 'b-reader']);
  });

  test('puts first the reasons that clash with drawn claims of other essays, then those with most clashes, readers last', () => {
    const model = pictureModel(graph, 2);
    assert.deepEqual(model.columns[0]!.reasons.map((reason) => reason.claim.id), ['a-3', 'a-1', 'a-2']);
    assert.deepEqual(model.columns[1]!.reasons.map((reason) => reason.claim.id), ['b-2', 'b-1', 'b-reader']);
    assert.equal(model.columns[0]!.shown, 2);
  });

  test('lines up every relation between two drawn claims except the tree edges, and none to an undrawn claim', () => {
    const model = pictureModel(graph);
    assert.deepEqual(model.lines.map((relation) => relation.id), ['b-2--rebuts--a-3']);
  });

  test('draws at most PICTURE_MAX_COLUMNS essays, those answering others most, in date order, and names the rest', () => {
    // 200 essays (a course's worth and more): essay e7 and e150 answer e3; every other essay answers no one.
    const ids = Array.from({ length: 200 }, (_, index) => `e${index}`);
    const many = mapGraph(
      ids.flatMap((id) => [`${id}:${id}-t:thesis`, `${id}:${id}-1:reason`] as const),
      [...ids.flatMap((id) => [`${id}-t supports question`, `${id}-1 supports ${id}-t`] as const), 'e7-1 rebuts e3-1', 'e150-1 rebuts e3-1'],
    );
    const model = pictureModel(many);
    assert.equal(model.columns.length, PICTURE_MAX_COLUMNS);
    const drawn = model.columns.map((column) => column.essay.id);
    for (const id of ['e3', 'e7', 'e150']) assert.ok(drawn.includes(id), `${id} answers or is answered, yet is not drawn: ${drawn.join(', ')}`);
    const dates = model.columns.map((column) => column.essay.published);
    assert.deepEqual(dates, [...dates].sort(), 'columns in date order');
    assert.equal(model.omitted.length, 200 - PICTURE_MAX_COLUMNS);
    assert.deepEqual(new Set([...drawn, ...model.omitted.map((essay) => essay.id)]).size, 200);
    // And the columns it keeps lay out: every box as wide as a label needs, none overlapping the next column.
    const layout = layoutPicture(model);
    const theses = layout.boxes.filter((box) => box.kind === 'thesis');
    assert.equal(theses.length, PICTURE_MAX_COLUMNS);
    for (const [index, box] of theses.entries()) {
      assert.ok(box.w >= 120, `column ${index} is ${box.w} px wide`);
      if (index > 0) assert.ok(box.x >= theses[index - 1]!.x + theses[index - 1]!.w, `column ${index} overlaps the one before`);
    }
  });

  test('omits nothing while every essay fits', () => {
    assert.deepEqual(pictureModel(graph).omitted, []);
  });
});
