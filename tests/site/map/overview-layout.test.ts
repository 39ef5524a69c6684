import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphSchema } from '../../../src/schemas/graph.ts';
import { toHierarchy } from '../../../src/map/to-hierarchy.ts';
import { layoutOverview } from '../../../src/map/overview-layout.ts';
import { DIST } from '../../helpers/dist.ts';
import { outsideViewBox, overlaps } from '../../helpers/overview-checks.ts';

// The published graph: the real essays as this build marked them (tests/unit/map checks fixtures).
const graph = GraphSchema.parse(JSON.parse(await readFile(join(DIST, 'graph.json'), 'utf8')));

describe('layoutOverview of the published graph', () => {
  test('puts no two marks on top of each other', () => {
    assert.deepEqual(overlaps(layoutOverview(toHierarchy(graph))), []);
  });

  test('keeps every mark, edge and chord inside its viewBox', () => {
    assert.deepEqual(outsideViewBox(layoutOverview(toHierarchy(graph))), []);
  });
});
