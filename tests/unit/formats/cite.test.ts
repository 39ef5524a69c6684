import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import bibtex from 'bibtex';
import { CITATION_STYLES, citationText, formatCitation, formatCitationText, toBibtex, toRis } from '../../../src/formats/cite.ts';
import { claimRecord, essayRecord } from '../../../src/formats/csl-record.ts';
import { sampleGraph } from '../../helpers/graph-fixture.ts';

const graph = sampleGraph();
const essay = (id: string) => graph.essays.find((item) => item.id === id)!;
const claim = (id: string) => graph.claims.find((item) => item.id === id)!;
const URL_ESSAY = 'https://example.org/course/essays/talks/';
const talks = { ...essay('talks'), outletKind: 'magazine' as const };
const why = { ...essay('why'), outletKind: 'description' as const, outlet: 'Republished on a WordPress site; the same text appears in the newsletter “tl;dr x”' };

describe('formatCitation', () => {
  test('renders each style as citation-js does, italics kept as runs', () => {
    const record = essayRecord(talks, URL_ESSAY);
    for (const style of CITATION_STYLES) {
      const parts = formatCitation(record, style.id);
      assert.equal(citationText(parts), formatCitationText(record, style.id), style.id);
      assert.ok(parts.some((part) => typeof part !== 'string' && part.italic.includes('War Review')), `${style.id}: magazine in italics`);
    }
  });

  test('gives the official styles’ forms: Chicago author-date, APA 7, MLA 9', () => {
    const record = essayRecord(talks, URL_ESSAY);
    assert.equal(formatCitationText(record, 'chicago-author-date'), `Evans, Ryan Q. 2021. “Call Them Out by Negotiating.” War Review, December 2021. ${URL_ESSAY}.`);
    assert.equal(formatCitationText(record, 'apa'), `Evans, R. Q. (ca. 2021, December). Call Them Out by Negotiating. War Review. ${URL_ESSAY}`);
    assert.equal(formatCitationText(record, 'modern-language-association'), `Evans, Ryan Q. “Call Them Out by Negotiating.” War Review, Dec. 2021. Counterpoint, ${URL_ESSAY.replace('https://', 'https://')}.`);
  });

  test('never sets an outlet described in our words as a container title', () => {
    const record = essayRecord(why, 'https://example.org/essays/why/');
    assert.equal(record['container-title'], undefined);
    for (const style of CITATION_STYLES) {
      const text = citationText(formatCitation(record, style.id));
      assert.doesNotMatch(text, /WordPress|tl;dr/, style.id);
    }
    assert.match(String(record.note), /Republished on a WordPress site; the same text appears in the newsletter “tl;dr x”\./);
  });

  test('keeps a pen name whole and markup in a record as text', () => {
    const hostile = { ...essay('folly'), title: 'A <script>alert(1)</script> & <b>bold</b>', outlet: '<img src=x onerror=alert(1)>' };
    for (const style of CITATION_STYLES) {
      const parts = formatCitation(essayRecord(hostile, undefined), style.id);
      const text = citationText(parts);
      assert.match(text, /^Democracy Abroad\./, style.id);
      assert.match(text, /<script>alert\(1\)<\/script>/i, `${style.id}: the title's markup is text`);
    }
  });

  test('omits the URL when the site has no public address', () => {
    const record = essayRecord(talks, undefined);
    assert.equal(record.URL, undefined);
    for (const style of CITATION_STYLES) assert.doesNotMatch(formatCitationText(record, style.id), /https?:|localhost/, style.id);
    assert.match(String(record.note), /No web address is known for the original\./);
  });
});

describe('essayRecord', () => {
  test('marks an inferred date as circa and in the note, an attributed author in the note', () => {
    const inferred = essayRecord(talks, URL_ESSAY);
    assert.equal(inferred.issued?.circa, true);
    assert.match(String(inferred.note), /Date inferred from the text/);
    const attributed = essayRecord(why, undefined);
    assert.equal(attributed.issued?.circa, undefined);
    assert.match(String(attributed.note), /Author attributed: not named in a byline/);
    assert.deepEqual(attributed.author, [{ family: 'Greene', given: 'Samuel A.' }]);
  });

  test('types the work after its outlet', () => {
    assert.equal(essayRecord(talks, undefined).type, 'article-magazine');
    assert.equal(essayRecord({ ...essay('folly'), outletKind: 'blog' }, undefined).type, 'post-weblog');
    assert.equal(essayRecord(essay('folly'), undefined).type, 'webpage');
  });
});

describe('claimRecord', () => {
  test('quotes the claim and uses our claim page', () => {
    const url = 'https://example.org/claims/greene-reason/';
    const record = claimRecord(claim('greene-reason'), why, url);
    assert.equal(record.URL, url);
    assert.equal(record.id, 'greene-reason');
    assert.match(String(record.note), /Quoted claim: “Putin fights for his regime, and “security” is what he means by it\.”/);
  });

  test('says whose view a reported claim is and who reports it, never crediting the reporter', () => {
    const held = claimRecord({ ...claim('evans-reported'), holder: 'Charap and Shapiro' }, talks, undefined);
    assert.match(String(held.note), /Charap and Shapiro’s view, as Ryan Q\. Evans reports it\./);
    const unheld = claimRecord(claim('evans-reported'), talks, undefined);
    assert.match(String(unheld.note), /A view Ryan Q\. Evans argues against\./);
  });

  test('cites a reader comment as an unsigned, undated comment, not by the essay’s author', () => {
    const record = claimRecord(claim('reader-no-good'), why, 'https://example.org/claims/reader-no-good/');
    assert.equal(record.type, 'post');
    assert.equal(record.author, undefined);
    assert.equal(record.issued, undefined);
    for (const style of CITATION_STYLES) {
      const text = formatCitationText(record, style.id);
      assert.doesNotMatch(text, /Greene/, style.id);
      assert.match(text, /n\.d\.|Reader [Cc]omment/, style.id);
    }
  });
});

describe('toBibtex', () => {
  test('writes a parseable entry keyed by our id, with the note and the container', () => {
    const entry = toBibtex(claimRecord(claim('evans-thesis'), talks, 'https://example.org/claims/evans-thesis/'));
    const file = bibtex.parseBibFile(entry);
    const parsed = file.getEntry('evans-thesis');
    assert.ok(parsed, entry);
    assert.match(entry, /^@article\{evans-thesis,/);
    assert.match(entry, /journaltitle = \{War Review\}/);
    assert.match(entry, /note = \{Quoted claim:/);
    assert.match(entry, /url = \{https:\/\/example\.org\/claims\/evans-thesis\/\}/);
  });
});

describe('toRis', () => {
  test('writes one line per field with CRLF ends and the end tag, never folding a value', () => {
    const ris = toRis(claimRecord({ ...claim('da-long') }, essay('folly'), 'https://example.org/claims/da-long/'));
    const lines = ris.split('\r\n');
    assert.equal(lines.at(-1), '');
    assert.equal(lines.at(-2), 'ER  - ');
    for (const line of lines.slice(0, -1)) assert.match(line, /^[A-Z][A-Z0-9] {2}- /, `a field line: ${JSON.stringify(line)}`);
    const note = lines.find((line) => line.startsWith('N1  - '))!;
    assert.match(note, /Word Word Word .*end <\/script><!-- & more\./);
    assert.ok(lines.includes('UR  - https://example.org/claims/da-long/'));
    assert.ok(lines.includes('DB  - Counterpoint'));
  });
});
