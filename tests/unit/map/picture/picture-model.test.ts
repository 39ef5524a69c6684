import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pictureModel } from '../../../../src/map/picture/picture-model.ts';
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
});
