import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { escapeArgdown, toArgdown } from '../../../src/formats/to-argdown.ts';
import { parseArgdown } from '../../helpers/argdown.ts';
import { assertArgdownMatches } from '../../helpers/export-checks.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import { absoluteUrl } from '../../../src/urls/absolute-url.ts';
import { withUndercuts } from '../../helpers/undercut-fixture.ts';
import { collapseSpace } from '../../../src/words/collapse-space.ts';

const SITE = 'https://example.org/course/argmap/';
/** The site's own absolute-URL helper, on SITE's origin and base. */
const at = (path: string) => absoluteUrl(path, { site: new URL(SITE).origin, base: new URL(SITE).pathname });

describe('toArgdown', () => {
  test('exports the fixture graph so that @argdown/core reads back every claim and relation', async () => {
    const graph = await fixtureGraph();
    assertArgdownMatches(graph, toArgdown(graph, { absoluteUrl: at }), SITE);
  });

  test('exports the real essays so that @argdown/core reads back every claim and relation', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    assert.ok(graph.claims.length > 0);
    assertArgdownMatches(graph, toArgdown(graph, { absoluteUrl: at }), SITE);
  });

  test('titles each statement by the claim’s title, with its id in the data, and reads back with 0 errors', async () => {
    const graph = await fixtureGraph();
    graph.claims.forEach((claim, index) => {
      claim.title = `Title ${index}: a claim’s “own” (short) name, #${index}`;
    });
    const argdown = toArgdown(graph, { absoluteUrl: at });
    assertArgdownMatches(graph, argdown, SITE);
    const first = graph.claims[0]!;
    assert.ok(argdown.includes(`[${first.title}]: `), 'the statement is defined by its title');
    assert.equal(parseArgdown(argdown).statements.get(first.title!)?.data.id, first.id);
  });

  test('carries undercuts as _> to the argument of the relation undercut, with 0 errors', async () => {
    const graph = withUndercuts(await fixtureGraph());
    graph.claims.forEach((claim, index) => {
      claim.title = `Claim number ${index}`;
    });
    const argdown = toArgdown(graph, { absoluteUrl: at });
    assertArgdownMatches(graph, argdown, SITE);
    const parsed = parseArgdown(argdown);
    const titleOf = (id: string) => graph.claims.find((claim) => claim.id === id)?.title ?? id;
    const undercuts = graph.relations.filter((relation) => relation.type === 'undercuts');
    const undercutIds = new Set(undercuts.map((relation) => relation.to));
    for (const relation of undercuts) {
      // An undercut that is itself undercut is drawn through its own argument, whose conclusion undercuts.
      const from = undercutIds.has(relation.id) ? parsed.arguments.get(relation.id)?.conclusion : titleOf(relation.from);
      assert.ok(parsed.relations.some((item) => item.type === 'undercut' && item.from === from && item.to === relation.to), `${from} _> <${relation.to}>`);
    }
    // The undercut relation is drawn through its argument only: no second, direct relation.
    const support = graph.relations.find((relation) => relation.id === undercuts[0]!.to)!;
    assert.ok(!parsed.relations.some((item) => item.type === 'support' && item.from === titleOf(support.from) && item.to === titleOf(support.to)));
    // Each argument sits in the essay group of the claim it starts from.
    const from = graph.claims.find((claim) => claim.id === support.from)!;
    const essay = graph.essays.find((item) => item.id === from.essay)!;
    assert.ok(parsed.arguments.get(support.id)?.section?.includes(essay.title));
  });

  test('keeps claims whose words look like Argdown syntax intact', async () => {
    const graph = await fixtureGraph();
    const nasty = [
      '[not-a-ref] and <not an argument>: #tag *bold* _it_ @[mention] // not a comment',
      '+ starts like a relation -- and ends an inference ->',
      '(1) numbered? {"data": true} :+1: .S. 10:30: e.g. U.S. === front matter ===',
      'a\\backslash, a comma; /* block */ <!-- html --> ** __ end\\',
      '- dash first\nsecond line   with   spaces',
    ];
    graph.claims.forEach((claim, index) => {
      claim.text = nasty[index % nasty.length]!;
    });
    assertArgdownMatches(graph, toArgdown(graph, { absoluteUrl: at }), SITE);
  });

  test('writes our relation notes as comments, not as statement text', async () => {
    const graph = await fixtureGraph();
    const noted = graph.relations.find((relation) => relation.note);
    assert.ok(noted, 'the fixture has a relation with a note');
    const argdown = toArgdown(graph, { absoluteUrl: at });
    assert.ok(argdown.includes(`// Counterpoint note: ${noted.note}`));
    for (const statement of parseArgdown(argdown).statements.values()) assert.ok(!statement.text.includes(noted.note!));
  });
});

describe('escapeArgdown', () => {
  test('round-trips any text through the Argdown parser', () => {
    const alphabet = fc.constantFrom(...'ab1 .,:;-+=*_#@[]<>{}()/\\!?"\'“”—\n\t'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, minLength: 1, maxLength: 40 }).filter((text) => collapseSpace(text) !== ''), (text) => {
        const parsed = parseArgdown(`[t]: ${escapeArgdown(text)}\n`);
        assert.deepEqual(parsed.errors, []);
        assert.equal(parsed.statements.get('t')?.text, collapseSpace(text));
      }),
      { numRuns: 300 },
    );
  });
});
