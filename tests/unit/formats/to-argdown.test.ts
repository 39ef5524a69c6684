import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { escapeArgdown, toArgdown } from '../../../src/formats/to-argdown.ts';
import { parseArgdown } from '../../helpers/argdown.ts';
import { assertArgdownMatches } from '../../helpers/export-checks.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import { absoluteUrl } from '../../../src/urls/absolute-url.ts';

const SITE = 'https://example.org/course/argmap/';
/** The site's own absolute-URL helper, on SITE's origin and base. */
const at = (path: string) => absoluteUrl(path, { site: new URL(SITE).origin, base: new URL(SITE).pathname });
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

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

  test('leaves every url out when the build has no SITE', async () => {
    const graph = await fixtureGraph();
    const argdown = toArgdown(graph, { absoluteUrl: () => undefined });
    assert.doesNotMatch(argdown, /https?:|url:|anchor:|Read it at/);
    assert.equal(parseArgdown(argdown).errors.length, 0);
  });
});

describe('escapeArgdown', () => {
  test('round-trips any text through the Argdown parser', () => {
    const alphabet = fc.constantFrom(...'ab1 .,:;-+=*_#@[]<>{}()/\\!?"\'“”—\n\t'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, minLength: 1, maxLength: 40 }).filter((text) => flat(text) !== ''), (text) => {
        const parsed = parseArgdown(`[t]: ${escapeArgdown(text)}\n`);
        assert.deepEqual(parsed.errors, []);
        assert.equal(parsed.statements.get('t')?.text, flat(text));
      }),
      { numRuns: 300 },
    );
  });
});
