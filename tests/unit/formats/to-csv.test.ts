import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { neutraliseFormula, toCsv } from '../../../src/formats/to-csv.ts';
import { assertCsvMatches } from '../../helpers/export-checks.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import { withUndercuts } from '../../helpers/undercut-fixture.ts';

const SITE = 'https://example.org/x/';

describe('toCsv', () => {
  test('writes one row per claim with its relations (fixture)', async () => {
    const graph = await fixtureGraph();
    assertCsvMatches(graph, toCsv(graph, { siteUrl: SITE }));
  });

  test('writes one row per claim with its relations (real essays)', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    assertCsvMatches(graph, toCsv(graph, { siteUrl: SITE }));
  });

  test('lists undercuts both ways and says whose a reported view is', async () => {
    const graph = withUndercuts(await fixtureGraph());
    const csv = toCsv(graph, { siteUrl: SITE });
    assertCsvMatches(graph, csv);
    const undercut = graph.relations.find((relation) => relation.type === 'undercuts')!;
    assert.ok(csv.includes(undercut.to), 'the undercut relation id is in the CSV');
    const held = structuredClone(graph);
    const reported = held.claims.find((claim) => claim.kind === 'reported')!;
    reported.holder = 'Charap and Shapiro';
    const author = held.essays.find((essay) => essay.id === reported.essay)!.author;
    assert.ok(toCsv(held, { siteUrl: SITE }).includes(`Charap and Shapiro’s view, as ${author}`));
  });

  test('quotes commas, quotes and line breaks in a claim so the row stays one record', async () => {
    const graph = await fixtureGraph();
    graph.claims[0]!.text = 'He said, “no” and "never"\nthen left';
    assertCsvMatches(graph, toCsv(graph, { siteUrl: SITE }));
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
