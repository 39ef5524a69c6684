import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { neutraliseFormula, toCsv } from '../../../src/formats/to-csv.ts';
import { assertCsvMatches } from '../../helpers/export-checks.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import { absoluteUrl } from '../../../src/urls/absolute-url.ts';
import { withUndercuts } from '../../helpers/undercut-fixture.ts';

const SITE = 'https://example.org/x/';
/** The site's own absolute-URL helper, on SITE's origin and base. */
const at = (path: string) => absoluteUrl(path, { site: new URL(SITE).origin, base: new URL(SITE).pathname });

describe('toCsv', () => {
  test('writes one row per claim with its relations (fixture)', async () => {
    const graph = await fixtureGraph();
    assertCsvMatches(graph, toCsv(graph, { absoluteUrl: at }), SITE);
  });

  test('writes one row per claim with its relations (real essays)', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    assertCsvMatches(graph, toCsv(graph, { absoluteUrl: at }), SITE);
  });

  test('lists undercuts both ways and says whose a reported view is', async () => {
    const graph = withUndercuts(await fixtureGraph());
    const csv = toCsv(graph, { absoluteUrl: at });
    assertCsvMatches(graph, csv, SITE);
    const undercut = graph.relations.find((relation) => relation.type === 'undercuts')!;
    assert.ok(csv.includes(undercut.to), 'the undercut relation id is in the CSV');
    const held = structuredClone(graph);
    const reported = held.claims.find((claim) => claim.kind === 'reported')!;
    reported.holder = 'Charap and Shapiro';
    const author = held.essays.find((essay) => essay.id === reported.essay)!.author;
    assert.ok(toCsv(held, { absoluteUrl: at }).includes(`Charap and Shapiro’s view, as ${author}`));
  });

  test('quotes commas, quotes and line breaks in a claim so the row stays one record', async () => {
    const graph = await fixtureGraph();
    graph.claims[0]!.text = 'He said, “no” and "never"\nthen left';
    assertCsvMatches(graph, toCsv(graph, { absoluteUrl: at }), SITE);
  });
});

describe('neutraliseFormula', () => {
  test('prefixes cells a spreadsheet would run as a formula, and leaves others alone', () => {
    assert.equal(neutraliseFormula('=HYPERLINK("x")'), `'=HYPERLINK("x")`);
    assert.equal(neutraliseFormula('+1'), `'+1`);
    assert.equal(neutraliseFormula('-2'), `'-2`);
    assert.equal(neutraliseFormula('@SUM(A1)'), `'@SUM(A1)`);
    assert.equal(neutraliseFormula('Negotiations cannot end the war.'), 'Negotiations cannot end the war.');
  });
});
