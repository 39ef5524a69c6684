import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toHierarchy } from '../../../src/map/to-hierarchy.ts';
import { TOP_PAGE_CLAIMS, WHOLE_MAP_PATH, WHOLE_PAGE_MAX_CLAIMS, branchPath, mapAddress, mapPlan, topLevel, topPageClaims } from '../../../src/map/map-pages.ts';
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
    assert.deepEqual(plan.pages.map((page) => page.path), ['/map/', ...graph.essays.map((essay) => branchPath(essay.id))], 'no whole page: /map/ is whole');
    assert.equal(ids(plan.pages[0]!).length, graph.claims.length + 1);
    assert.deepEqual(ids(plan.pages[1]!).sort(), ['question', 'e0-t', 'e0-r0', 'e0-r1', 'e0-v'].sort());
    assert.ok(graph.claims.every((claim) => plan.pageOf(claim.id) === '/map/'));
    assert.equal(plan.pages[0]!.remote.size, 0);
    assert.equal(plan.wholePath, undefined);
  });

  test('splits a map of more than the top page\'s claims at the deepest whole level that fits, each deeper branch on its essay\'s page', () => {
    // 3 essays: 3 theses, 6 reasons, 3 evidence: 12 claims. A budget of 9 holds theses and reasons (depth 2).
    const graph = graphOf(3);
    const plan = mapPlan(graph, toHierarchy(graph), 9);
    assert.equal(plan.split, true);
    assert.equal(plan.topDepth, 2);
    const top = plan.pages[0]!;
    assert.ok(top.hierarchy.root.descendants().every((node) => node.depth <= 2));
    assert.equal(ids(top).length, 1 + 9);
    // Only a node with something below it links to a branch page, and lists what is below it.
    assert.deepEqual([...top.remote.keys()].sort(), ['e0-r0', 'e1-r0', 'e2-r0']);
    assert.equal(top.remote.get('e1-r0'), branchPath('e1'));
    assert.deepEqual(plan.below.get('e1-r0'), ['e1-v']);
    assert.equal(plan.pageOf('e1-v'), branchPath('e1'));
    assert.equal(plan.pageOf('e1-r1'), '/map/');
    assert.equal(mapAddress(plan, 'e1-v'), '/map/e1/#e1-v');
    assert.equal(mapAddress(plan, 'e1-t'), '/map/#e1-t');
    // Every claim is on exactly one essay page, and the whole map is one more page.
    const essays = plan.pages.filter((page) => page.kind === 'essay');
    const onPages = essays.flatMap((page) => ids(page).filter((id) => id !== 'question'));
    assert.deepEqual(onPages.sort(), graph.claims.map((claim) => claim.id).sort());
    const whole = plan.pages.find((page) => page.kind === 'whole')!;
    assert.equal(whole.path, WHOLE_MAP_PATH);
    assert.equal(plan.wholePath, WHOLE_MAP_PATH);
    assert.equal(ids(whole).length, graph.claims.length + 1);
    assert.equal(plan.sizes.get('e1-t'), 3);
  });

  test('keeps the theses on the top page whatever the budget, and builds no whole page above its limit', () => {
    const graph = graphOf(Math.ceil(WHOLE_PAGE_MAX_CLAIMS / 4) + 1);
    const plan = mapPlan(graph, toHierarchy(graph), 1);
    assert.equal(plan.topDepth, 1);
    assert.equal(plan.pages[0]!.remote.size, graph.essays.length);
    assert.equal(plan.pages.some((page) => page.kind === 'whole'), false);
    assert.equal(plan.wholePath, undefined);
    assert.equal(plan.pageOf('e3-v'), branchPath('e3'));
    assert.equal(plan.pageOf('e3-t'), '/map/');
  });

  test('counts levels from the theses down: the budget takes whole levels only', () => {
    const graph = graphOf(3);
    const root = toHierarchy(graph).root;
    assert.equal(topLevel(root, 3), 1);
    assert.equal(topLevel(root, 8), 1, 'the reasons do not all fit');
    assert.equal(topLevel(root, 9), 2);
    assert.equal(topLevel(root, 1000), root.height);
  });

  test('reads its budget from MAP_TOP_CLAIMS, and rejects one that is not a whole number above 0', () => {
    assert.equal(topPageClaims({}), TOP_PAGE_CLAIMS);
    assert.equal(topPageClaims({ MAP_TOP_CLAIMS: '1' }), 1);
    for (const bad of ['0', '-3', '2.5', 'many']) assert.throws(() => topPageClaims({ MAP_TOP_CLAIMS: bad }), new RegExp(`MAP_TOP_CLAIMS="${bad}" is not a whole number`));
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
