/**
 * Every value a person writes (essay title, author, outlet, summary, claim words, relation notes) reaches
 * the exports only through the library or escaping that writes the format: whatever it holds, RIS stays
 * one record, BibTeX one entry, CSV one row a claim, and Argdown parses with 0 errors.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Cite } from '@citation-js/core';
import { parse } from 'csv-parse/sync';
import { toBibtex, toRis } from '../../../src/formats/cite.ts';
import { claimRecord, essayRecord } from '../../../src/formats/csl-record.ts';
import { toCsv } from '../../../src/formats/to-csv.ts';
import { toArgdown } from '../../../src/formats/to-argdown.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import { parseArgdown } from '../../helpers/argdown.ts';
import type { Graph } from '../../../src/schemas/graph.ts';
import { collapseSpace } from '../../../src/words/collapse-space.ts';

const at = (path: string) => `https://example.org${path}`;
// What breaks formats: line breaks of every kind, tag look-alikes, braces, quotes, commas, comment starts.
const HOSTILE = ['\n', '\r\n', '\r', '\u2028', '\u0085', 'ER  - ', 'TY  - JOUR', '}', '{', '@misc{x,', '\\', '"', ',', '//', '/*', '[', ']', '<', '>', '->', '+>', '#', '===', '%', 'a', ' ', 'é'];
const hostile = fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 12 }).map((parts) => `T${parts.join('')}x`);

/** The fixture graph with `text` put into every field people write. */
function poisoned(graph: Graph, text: string): Graph {
  const copy = structuredClone(graph);
  for (const essay of copy.essays) Object.assign(essay, { title: text, author: `Ann ${text}`, outlet: text, summary: text });
  for (const claim of copy.claims) claim.text = text;
  for (const relation of copy.relations) if (relation.note !== undefined) relation.note = text;
  return copy;
}

describe('exports of hostile values', () => {
  test('a title with a newline never makes two RIS records (the example of issue 25)', async () => {
    const graph = await fixtureGraph();
    const essay = { ...graph.essays[0]!, title: 'Talks\nER  - \nTY  - JOUR\nTI  - Written by whoever wrote the title' };
    const ris = toRis(essayRecord(essay, 'https://example.org/essays/x/'));
    assert.equal(ris.match(/^TY {2}- /gm)?.length, 1, ris);
    assert.equal(ris.match(/^ER {2}- /gm)?.length, 1, ris);
  });

  test('RIS, BibTeX, CSV and Argdown stay well formed whatever the fields hold', async () => {
    const graph = await fixtureGraph();
    fc.assert(
      fc.property(hostile, (text) => {
        const bad = poisoned(graph, text);
        const essay = bad.essays[0]!;
        for (const record of [essayRecord(essay, 'https://example.org/e/'), claimRecord(bad.claims[0]!, essay, 'https://example.org/c/')]) {
          const ris = toRis(record);
          for (const line of ris.split('\r\n').slice(0, -1)) assert.match(line, /^[A-Z][A-Z0-9] {2}- /, `RIS line ${JSON.stringify(line)}`);
          assert.equal(ris.match(/^TY {2}- /gm)?.length, 1);
          // Read back by citation-js's own BibTeX parser: one entry, the title intact.
          const entries = new Cite(toBibtex(record)).data as Array<{ title?: string }>;
          assert.equal(entries.length, 1, toBibtex(record));
          assert.equal(entries[0]!.title, (record.title ?? '').replace(/[\s\u0085\u2028\u2029]+/g, ' ').trim());
        }
        const rows = parse(toCsv(bad, { absoluteUrl: at }), { bom: true, columns: true }) as Array<Record<string, string>>;
        assert.equal(rows.length, bad.claims.length);
        for (const row of rows) assert.equal(row.text!.replace(/^'/, ''), text);
        const argdown = parseArgdown(toArgdown(bad, { absoluteUrl: at }));
        assert.deepEqual(argdown.errors, []);
        // Argdown text is one line: whitespace collapsed as HTML shows it (U+0085 is not whitespace there).
        // Statements are titled by the claim's title (ours), or its id while it has none.
        assert.equal(argdown.statements.get(bad.claims[0]!.title ?? bad.claims[0]!.id)?.text, collapseSpace(text));
      }),
      { numRuns: 150, seed: 25 },
    );
  });
});
