import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import bibtex from 'bibtex';
import { citeClaim, citeEssay, citationText, bibtexEscape } from '../../../src/formats/cite.ts';
import { sampleGraph } from '../../helpers/graph-fixture.ts';

const graph = sampleGraph();
const essay = (id: string) => graph.essays.find((item) => item.id === id)!;
const claim = (id: string) => graph.claims.find((item) => item.id === id)!;
const URL_ESSAY = 'https://example.org/course/essays/talks/';
/** BibTeX styles predefine the month macros; the parser does not, so the test supplies them as BibTeX does. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m) => `@string{${m} = "${m}"}`).join('\n');

function parseBib(text: string) {
  return bibtex.parseBibFile(`${MONTHS}\n${text}`);
}

describe('citeEssay', () => {
  test('names author, title, outlet and date in each style, with our page as the copy consulted', () => {
    const cite = citeEssay(essay('why'), 'https://example.org/essays/why/');
    const styles = [cite.chicagoBibliography, cite.chicagoNote, cite.apa, cite.mla].map(citationText);
    for (const text of styles) {
      assert.match(text, /Why he fights: The imperatives of regime security/);
      assert.match(text, /A Blog/);
      assert.match(text, /Greene/);
      assert.match(text, /example\.org\/essays\/why\//);
    }
    assert.match(citationText(cite.chicagoBibliography), /July 29, 2022/);
    assert.match(citationText(cite.apa), /\(2022, July 29\)/);
    assert.match(citationText(cite.mla), /29 July 2022/);
  });

  test('marks an inferred date in every style', () => {
    const cite = citeEssay(essay('talks'), URL_ESSAY);
    assert.match(citationText(cite.chicagoBibliography), /\[December 2021\?\]/);
    assert.match(citationText(cite.chicagoNote), /\[December 2021\?\]/);
    assert.match(citationText(cite.mla), /\[Dec\. 2021\?\]/);
    assert.match(citationText(cite.apa), /\(n\.d\. \[inferred 2021, December\]\)/);
    assert.match(cite.bibtex, /Date inferred/);
    assert.match(cite.ris, /N1 {2}- .*Date inferred/);
  });

  test('does not mark a printed date as inferred', () => {
    const cite = citeEssay(essay('folly'), 'https://example.org/essays/folly/');
    for (const parts of [cite.chicagoBibliography, cite.apa, cite.mla]) assert.doesNotMatch(citationText(parts), /\?\]|inferred/);
  });

  test('brackets an attributed author and says so in BibTeX and RIS', () => {
    const cite = citeEssay(essay('why'), 'https://example.org/essays/why/');
    assert.match(citationText(cite.chicagoBibliography), /^\[Greene, Samuel A\., attributed\]\./);
    assert.match(citationText(cite.chicagoNote), /^\[Samuel A\. Greene, attributed\],/);
    assert.match(citationText(cite.apa), /^\[Greene, S\. A\., attributed\]\./);
    assert.match(citationText(cite.mla), /^\[Greene, Samuel A\., attributed\]\./);
    assert.match(cite.bibtex, /attributed/);
    assert.match(cite.ris, /AU {2}- Greene, Samuel A\.\r\n/);
  });

  test('inverts a personal name but never a pen name', () => {
    assert.match(citationText(citeEssay(essay('talks'), URL_ESSAY).chicagoBibliography), /^Evans, Ryan Q\. /);
    assert.match(citationText(citeEssay(essay('talks'), URL_ESSAY).apa), /^Evans, R\. Q\. /);
    const folly = citeEssay(essay('folly'), 'https://example.org/essays/folly/');
    assert.match(citationText(folly.chicagoBibliography), /^Democracy Abroad\. /);
    assert.match(folly.bibtex, /author = \{\{Democracy Abroad\}\}/);
  });

  test('puts no period after a title that ends in a question mark', () => {
    const text = citationText(citeEssay(essay('folly'), 'https://x.org/').chicagoBibliography);
    assert.match(text, /“The Folly of Talking\?”/);
    assert.doesNotMatch(text, /\?\.”|\?”\./);
  });

  test('italicises the outlet and, in MLA, our site as second container', () => {
    const cite = citeEssay(essay('talks'), URL_ESSAY);
    assert.ok(cite.chicagoBibliography.some((part) => typeof part !== 'string' && part.italic === 'War Review'));
    assert.ok(cite.mla.some((part) => typeof part !== 'string' && part.italic === 'Counterpoint'));
    assert.match(citationText(cite.mla), /Counterpoint, example\.org\/course\/essays\/talks\/\.$/);
  });

  test('writes a BibTeX entry that starts with @ and parses, with author, title, year and month', () => {
    const cite = citeEssay(essay('talks'), URL_ESSAY);
    assert.ok(cite.bibtex.startsWith('@misc{talks,'));
    const entry = parseBib(cite.bibtex).getEntry('talks');
    assert.ok(entry);
    assert.equal(bibtex.normalizeFieldValue(entry.getField('title')), 'Call Them Out by Negotiating');
    assert.equal(String(bibtex.normalizeFieldValue(entry.getField('year'))), '2021');
    assert.equal(bibtex.normalizeFieldValue(entry.getField('month')), 'dec');
    assert.equal(bibtex.normalizeFieldValue(entry.getField('url')), URL_ESSAY);
    assert.deepEqual(entry.getAuthors()?.authors$.map((author) => author.lastNames), [['Evans']]);
  });

  test('writes an RIS record with CRLF lines, two-space tags and a closing ER', () => {
    const { ris } = citeEssay(essay('talks'), URL_ESSAY);
    const lines = ris.split('\r\n');
    assert.equal(lines[0], 'TY  - ELEC');
    assert.equal(lines.at(-2), 'ER  - ');
    assert.equal(lines.at(-1), '');
    for (const line of lines.slice(0, -1)) assert.match(line, /^[A-Z][A-Z0-9] {2}- /);
    assert.ok(lines.includes('PY  - 2021'));
    assert.ok(lines.includes('DA  - 2021/12//'));
    assert.ok(lines.includes(`UR  - ${URL_ESSAY}`));
  });
});

describe('citeClaim', () => {
  test('adds the exact quotation and the claim page, keyed by claim id', () => {
    const url = 'https://example.org/claims/greene-reason/';
    const cite = citeClaim(claim('greene-reason'), essay('why'), url);
    for (const parts of [cite.chicagoBibliography, cite.chicagoNote, cite.apa, cite.mla]) {
      const text = citationText(parts);
      assert.ok(text.includes(claim('greene-reason').text), text);
      assert.ok(text.includes('example.org/claims/greene-reason/'), text);
    }
    assert.match(citationText(cite.chicagoNote), /, quoting “Putin fights for his regime.*it\.”$/);
    assert.ok(cite.bibtex.startsWith('@misc{greene-reason,'));
    const entry = parseBib(cite.bibtex).getEntry('greene-reason');
    assert.match(String(bibtex.normalizeFieldValue(entry!.getField('note'))), /Putin fights for his regime/);
    assert.match(cite.ris, /UR {2}- https:\/\/example\.org\/claims\/greene-reason\//);
  });

  test('credits a reader comment to an anonymous reader, undated, never to the essay author', () => {
    const cite = citeClaim(claim('reader-no-good'), essay('why'), 'https://example.org/claims/reader-no-good/');
    const chicago = citationText(cite.chicagoBibliography);
    assert.match(chicago, /^Anonymous reader\. Comment on “Why he fights/);
    assert.match(chicago, /n\.d\./);
    assert.doesNotMatch(chicago, /2022/);
    assert.match(citationText(cite.apa), /^Anonymous reader\. \(n\.d\.\)\. \[Comment on the article/);
    assert.match(cite.ris, /AU {2}- Anonymous reader\r\n/);
    assert.doesNotMatch(cite.ris, /PY {2}-/);
    const entry = parseBib(cite.bibtex).getEntry('reader-no-good');
    assert.deepEqual(entry!.getAuthors()?.authors$.map((author) => author.lastNames), [['Anonymous reader']]);
  });

  test('escapes BibTeX specials so a quotation cannot break the entry', () => {
    assert.equal(bibtexEscape('50% & {x} #1 $2 a_b ~ ^ \\'), '50\\% \\& \\textbraceleft{}x\\textbraceright{} \\#1 \\$2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    const nasty = { ...claim('greene-reason'), text: 'Costs 100% & {more} } }, title = {evil' };
    const file = parseBib(citeClaim(nasty, essay('why'), 'https://x.org/c/').bibtex);
    const entry = file.getEntry('greene-reason');
    assert.ok(entry);
    assert.equal(bibtex.normalizeFieldValue(entry.getField('title')), 'Why he fights: The imperatives of regime security');
    assert.match(String(bibtex.normalizeFieldValue(entry.getField('note'))), /Costs 100/);
  });
});
