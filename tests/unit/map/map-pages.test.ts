import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toHierarchy } from '../../../src/map/to-hierarchy.ts';
import { SPLIT_ABOVE_CLAIMS, branchPath, mapPlan } from '../../../src/map/map-pages.ts';
import type { Graph } from '../../../src/schemas/graph.ts';
import { mapGraph } from '../../helpers/graph-fixture.ts';

/** `essays` essays of a thesis, two reasons and an evidence, each first reason rebutting the next essay's thesis. */
function graphOf(essays: number): Graph {
  const claims: `${string}:${string}:${string}`[] = [];
  const relations: string[] = [];
  for (let e = 0; e < essays; e += 1) {
    claims.push(`e${e}:e${e}-t:thesis`, `e${e}:e${e}-r0:reason`, `e${e}:e${e}-r1:reason`, `e${e}:e${e}-v:evidence`);
    relations.push(`e${e}-t ${e % 2 ? 'supports' : 'rebuts'} question`, `e${e}-r0 supports e${e}-t`, `e${e}-r1 supports e${e}-t`, `e${e}-v supports e${e}-r0`);
    relations.push(`e${e}-r0 rebuts e${(e + 1) % essays}-t`);
  }
  relations.push('e1-v undercuts e0-r0--supports--e0-t');
  return mapGraph(claims, relations);
}
const ids = (page: { hierarchy: { root: { descendants(): { data: { id: string } }[] } } }) => page.hierarchy.root.descendants().map((node) => node.data.id);

describe('mapPlan', () => {
  test('keeps a small map on one page, and repeats each essay\'s branch on its own page', () => {
    const graph = graphOf(3);
    const plan = mapPlan(graph, toHierarchy(graph));
    assert.equal(plan.split, false);
    assert.deepEqual(plan.pages.map((page) => page.path), ['/map/', ...graph.essays.map((essay) => branchPath(essay.id))]);
    assert.equal(ids(plan.pages[0]!).length, graph.claims.length + 1);
    assert.deepEqual(ids(plan.pages[1]!).sort(), ['question', 'e0-t', 'e0-r0', 'e0-r1', 'e0-v'].sort());
    assert.ok(graph.claims.every((claim) => plan.pageOf(claim.id) === '/map/'));
    assert.equal(plan.pages[0]!.remote.size, 0);
  });

  test('splits a large map: the top page stops at the branch roots, each branch on its essay\'s page', () => {
    const graph = graphOf(Math.ceil(SPLIT_ABOVE_CLAIMS / 4) + 1);
    const plan = mapPlan(graph, toHierarchy(graph));
    assert.equal(plan.split, true);
    const top = plan.pages[0]!;
    assert.ok(top.hierarchy.root.descendants().every((node) => node.depth <= 1));
    assert.equal(top.remote.size, graph.essays.length);
    // Every claim is on exactly one essay page (and the theses on the top page too).
    const onPages = plan.pages.slice(1).flatMap((page) => ids(page).filter((id) => id !== 'question'));
    assert.deepEqual(onPages.sort(), graph.claims.map((claim) => claim.id).sort());
    assert.equal(plan.pageOf('e3-v'), branchPath('e3'));
    assert.equal(plan.pageOf('e3-t'), '/map/');
    assert.equal(plan.sizes.get('e3-t'), 3);
  });

  test('keeps on a page only the relations whose ends are both on it, undercuts included', () => {
    const graph = graphOf(3);
    const plan = mapPlan(graph, toHierarchy(graph));
    const whole = plan.pages[0]!.hierarchy;
    assert.equal(whole.undercuts.length, 1);
    const e0 = plan.pages.find((page) => page.essayId === 'e0')!.hierarchy;
    assert.equal(e0.undercuts.length, 0, 'the undercutting claim is on e1\'s page');
    assert.ok(e0.crossLinks.every((relation) => relation.from.startsWith('e0') && relation.to.startsWith('e0')));
  });
});
