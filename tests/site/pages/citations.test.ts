import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, distPages } from '../../helpers/dist.ts';
import { CITATION_STYLES, formatCitation, formatCitationText, toBibtex, toRis, type CitationStyle } from '../../../src/formats/cite.ts';
import type { CslRecord } from '../../../src/formats/csl-record.ts';
import { loadGraph } from '../../../src/data-files/load-graph.ts';
import { collapseSpace } from '../../../src/words/collapse-space.ts';

const pages = await distPages();
const graph = loadGraph(join(DIST, 'graph.json'));
const cited = pages.filter((page) => page.$('.cite-this').length > 0);

/** The CSL record a page's citations come from: the page's own cite.json. */
async function record(path: string): Promise<CslRecord> {
  const [item] = JSON.parse(await readFile(join(DIST, path, 'cite.json'), 'utf8')) as CslRecord[];
  assert.ok(item, `${path}cite.json holds a record`);
  return item;
}

describe('the citations on the site', () => {
  test('every essay page and claim page has a Cite this block with the three styles', () => {
    const paths = new Set(cited.map((page) => page.path));
    for (const essay of graph.essays) assert.ok(paths.has(essay.url), essay.url);
    for (const claim of graph.claims) assert.ok(paths.has(claim.url), claim.url);
    for (const page of cited) {
      assert.deepEqual(page.$('.citation').map((_, element) => page.$(element).attr('data-citation-style')).get(), CITATION_STYLES.map((style) => style.id), page.path);
    }
  });

  test('every citation equals citation-js’s rendering of its CSL record in that style, italics included', async () => {
    for (const page of cited) {
      const csl = await record(page.path);
      for (const element of page.$('.citation').toArray()) {
        const style = page.$(element).attr('data-citation-style') as CitationStyle;
        assert.equal(collapseSpace(page.$(element).text()), collapseSpace(formatCitationText(csl, style)), `${page.path} ${style}`);
        const italics = page.$(element).find('i').map((_, item) => page.$(item).text()).get();
        const expected = formatCitation(csl, style).flatMap((part) => (typeof part === 'string' ? [] : [part.italic]));
        assert.deepEqual(italics, expected, `${page.path} ${style}: italics`);
      }
      // What a citation cannot show is said next to each one, in the record's own note.
      for (const marks of page.$('[data-citation-marks]').toArray()) assert.equal(collapseSpace(page.$(marks).text()), collapseSpace(String(csl.note)), `${page.path}: marks = note`);
    }
  });

  test('the .bib and .ris downloads come from the same record', async () => {
    for (const page of cited) {
      const csl = await record(page.path);
      assert.equal(await readFile(join(DIST, page.path, 'cite.bib'), 'utf8'), toBibtex(csl), `${page.path}cite.bib`);
      assert.equal(await readFile(join(DIST, page.path, 'cite.ris'), 'utf8'), toRis(csl), `${page.path}cite.ris`);
    }
  });

  test('no citation, download or handout holds "localhost"', async () => {
    for (const page of cited) {
      assert.doesNotMatch(page.$('.cite-this').text(), /localhost/, page.path);
      for (const file of ['cite.json', 'cite.bib', 'cite.ris']) assert.doesNotMatch(await readFile(join(DIST, page.path, file), 'utf8'), /localhost/, `${page.path}${file}`);
    }
    for (const page of pages.filter((item) => item.path.includes('/handout/'))) {
      assert.doesNotMatch(page.$('.handout-source, .handout-qr').text(), /localhost/, page.path);
    }
  });

  test('marks inferred dates and attributed authors next to every citation, and never credits a reported view to its reporter', async () => {
    for (const essay of graph.essays) {
      const page = cited.find((item) => item.path === essay.url)!;
      const marks = page.$('[data-citation-marks]').map((_, element) => page.$(element).text()).get();
      assert.equal(marks.length, CITATION_STYLES.length);
      for (const text of marks) {
        if (essay.publishedInferred) assert.match(text, /Date inferred from the text/, essay.id);
        if (essay.authorBasis === 'attributed') assert.match(text, /Author attributed/, essay.id);
        if (essay.outletKind === 'description') assert.ok(text.includes(essay.outlet), `${essay.id}: where the text appears`);
      }
      if (essay.outletKind === 'description') {
        for (const citation of page.$('.citation').toArray()) assert.ok(!page.$(citation).text().includes(essay.outlet), `${essay.id}: the description is no container title`);
      }
    }
    for (const claim of graph.claims.filter((item) => item.kind === 'reported')) {
      const page = cited.find((item) => item.path === claim.url)!;
      const text = page.$('[data-citation-marks]').first().text();
      assert.match(text, claim.holder ? /view.*, as .* reports it/i : /A view .* argues against/, claim.id);
      assert.doesNotMatch(page.$('.cite-this').text(), /A claim by/, claim.id);
    }
  });
});
