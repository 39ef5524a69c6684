import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { toHierarchy } from '../../../src/map/to-hierarchy.ts';
import { layoutMap } from '../../../src/map/layout.ts';
import { mapPlan } from '../../../src/map/map-pages.ts';
import { essayBadges, nodeViews } from '../../../src/map/map-view.ts';
import { mapTreeHtml } from '../../../src/map/tree-html.ts';
import { GEOMETRY } from '../../../src/map/rows-to-paths.ts';
import type { Graph } from '../../../src/schemas/graph.ts';
import { mapGraph } from '../../helpers/graph-fixture.ts';

/** One essay whose claims form a chain `length` deep: c0 (the thesis) under the question, each next claim supporting the one before. */
function chainGraph(length: number): Graph {
  return mapGraph(
    ['a:c0:thesis', ...Array.from({ length: length - 1 }, (_, index) => `a:c${index + 1}:reason`)] as Parameters<typeof mapGraph>[0],
    ['c0 supports question', ...Array.from({ length: length - 1 }, (_, index) => `c${index + 1} supports c${index}`)] as Parameters<typeof mapGraph>[1],
  );
}

/** The outline of `graph`'s whole map, as MapView draws it (one page, no base). */
function outline(graph: Graph): string {
  const layout = layoutMap(toHierarchy(graph));
  const nodes = new Map(layout.nodes.map((node) => [node.id, node]));
  return mapTreeHtml({ rootId: layout.nodes[0]!.id, nodes, views: nodeViews(graph, layout.nodes), badges: essayBadges(graph), remote: new Map(), sizes: new Map(), branchIds: new Map(), base: '/' });
}

/** The deepest nesting of `ul`/`li` tags, and the depth left open at the end (0 when balanced). */
function nesting(html: string): { deepest: number; open: number } {
  let open = 0;
  let deepest = 0;
  for (const [, close] of html.matchAll(/<(\/?)(?:ul|li)\b/g)) {
    open += close ? -1 : 1;
    deepest = Math.max(deepest, open);
    assert.ok(open >= 0, 'a list closed before it opened');
  }
  return { deepest, open };
}

describe('mapTreeHtml', () => {
  test('renders a 3,000-deep chain: every claim nested one group below its parent, tags balanced', () => {
    const html = outline(chainGraph(3000));
    const { deepest, open } = nesting(html);
    assert.equal(open, 0);
    // The question's li, then a group and an li for each of the 3,000 claims.
    assert.equal(deepest, 1 + 2 * 3000);
    const $ = cheerio.load(`<ul role="tree">${html}</ul>`);
    assert.equal($('[role="treeitem"]').length, 3001);
    const last = $('#c2999');
    assert.equal(last.attr('aria-level'), '3001');
    assert.equal(last.attr('data-parent'), 'c2998');
    assert.equal(last.parents('ul[role="group"]').length, 3000);
    assert.equal($('#c1500').attr('aria-owns'), 'g_c1500');
    assert.equal($('#g_c1500 > li > [role="treeitem"]').attr('id'), 'c1501');
  });

  test('escapes what comes from content', () => {
    const graph = chainGraph(2);
    graph.claims[1]!.text = '<script>alert(1)</script> & "quoted"';
    const html = outline(graph);
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script> &#x26; "quoted"/);
  });

  test('gives a box its toggle, size and owned group only when it has children', () => {
    const $ = cheerio.load(`<ul role="tree">${outline(chainGraph(3))}</ul>`);
    assert.equal($('#c1').attr('aria-expanded'), 'true');
    assert.equal($('#c1 [data-toggle]').attr('data-size'), '1');
    assert.equal($('#c2').attr('aria-expanded'), undefined);
    assert.equal($('#c2').attr('aria-owns'), undefined);
    assert.equal($('#c2 [data-toggle]').length, 0);
    assert.match($('#c2 .mt-detail').text(), /^ — supports .*Words of c1.*; essay: Essay a\.$/);
  });
});

describe('the map of a 3,000-deep chain', () => {
  test('plans it on two pages and lays out every level, each a row lower and an indent further right', () => {
    const graph = chainGraph(3000);
    const plan = mapPlan(graph, toHierarchy(graph));
    assert.deepEqual(plan.pages.map((page) => page.path), ['/map/', '/map/a/']);
    assert.equal(plan.sizes.get('c0'), 2999);
    const layout = layoutMap(plan.pages[1]!.hierarchy);
    assert.equal(layout.nodes.length, 3001);
    assert.equal(layout.edges.length, 3000);
    const last = layout.nodes.at(-1)!;
    assert.deepEqual([last.id, last.depth, last.x, last.y], ['c2999', 3000, 3000 * GEOMETRY.indent, 3000 * GEOMETRY.pitch]);
    assert.ok(layout.edges.every((edge) => edge.d.startsWith('M')));
  });

  test('a 20,000-claim chain is laid out and drawn without overflowing the stack', () => {
    const graph = chainGraph(20_000);
    const layout = layoutMap(toHierarchy(graph));
    assert.equal(layout.nodes.at(-1)!.depth, 20_000);
    const nodes = new Map(layout.nodes.map((node) => [node.id, node]));
    const html = mapTreeHtml({ rootId: 'question', nodes, views: nodeViews(graph, layout.nodes), badges: essayBadges(graph), remote: new Map(), sizes: new Map(), branchIds: new Map(), base: '/' });
    assert.deepEqual(nesting(html), { deepest: 1 + 2 * 20_000, open: 0 });
  });
});
