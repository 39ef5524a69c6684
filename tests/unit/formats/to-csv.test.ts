import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { neutraliseFormula, toCsv } from '../../../src/formats/to-csv.ts';
import { assertCsvMatches } from '../../helpers/export-checks.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import { absoluteUrl } from '../../../src/urls/absolute-url.ts';

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

  test('quotes commas, quotes and line breaks in a claim so the row stays one record', async () => {
    const graph = await fixtureGraph();
    graph.claims[0]!.text = 'He said, “no” and "never"\nthen left';
    assertCsvMatches(graph, toCsv(graph, { absoluteUrl: at }), SITE);
  });

  test('leaves the url and anchor cells empty when the build has no SITE', async () => {
    const graph = await fixtureGraph();
    const rows = parse(toCsv(graph, { absoluteUrl: () => undefined }), { columns: true, bom: true }) as Record<string, string>[];
    assert.equal(rows.length, graph.claims.length);
    assert.ok(rows.every((row) => row['url'] === '' && row['anchor'] === ''));
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
