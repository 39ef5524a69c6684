import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import { DIST } from '../../helpers/dist.ts';
import { claimVoice } from '../../../src/words/voice.ts';
import { authorLabel } from '../../../src/words/author-name.ts';
import { loadGraph } from '../../../src/data-files/load-graph.ts';

const graph = loadGraph(join(DIST, 'graph.json'));
const reported = graph.claims.filter((claim) => claim.kind === 'reported');
const essayOf = (id: string) => graph.essays.find((essay) => essay.id === id)!;

// A reported claim is someone else's position that the author states in order to answer it: no page,
// card, citation, CSV row or search record may present the reporting author as its author.
describe('reported views, across the built site', () => {
  test('the content has reported claims to check', () => {
    assert.ok(reported.length > 0);
  });

  test('each claim page, its card text and its search record say whose view it is and who reports it', async () => {
    for (const claim of reported) {
      const essay = essayOf(claim.essay);
      const voice = claimVoice(claim, essay).phrase;
      const $ = cheerio.load(await readFile(join(DIST, 'claims', claim.id, 'index.html'), 'utf8'));
      const author = authorLabel(essay);
      const said = [
        $('h1').first().text(),
        $('meta[name="description"]').attr('content') ?? '',
        $('[data-pagefind-meta="author"]').text(),
        // The card's alt text is there only when SITE is set (an og:image must be absolute).
        ...$('meta[property="og:image:alt"]').toArray().map((element) => $(element).attr('content') ?? ''),
      ];
      for (const text of said) {
        assert.ok(text.toLowerCase().includes(voice.toLowerCase()), `${claim.id}: "${text}" does not say "${voice}"`);
        assert.doesNotMatch(text, new RegExp(`claim by ${author.replace(/[.()]/g, '\\$&')}`, 'i'), `${claim.id}: credited to ${author}`);
      }
      for (const script of $('script[type="application/ld+json"]').toArray()) {
        const data = JSON.parse($(script).text()) as { '@type'?: string; author?: unknown };
        if (data['@type'] === 'Claim') assert.equal(data.author, undefined, `${claim.id}: JSON-LD names an author`);
      }
    }
  });

  test('each CSV row gives the holder’s voice and names the author only as the reporter', async () => {
    const rows = parse(await readFile(join(DIST, 'claims.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    for (const claim of reported) {
      const essay = essayOf(claim.essay);
      const row = rows.find((candidate) => candidate.id === claim.id);
      assert.equal(row?.voice, claimVoice(claim, essay).phrase, claim.id);
      assert.equal(row?.reported_by, authorLabel(essay), claim.id);
    }
  });

  test('each claim citation says whose view it is', async () => {
    for (const claim of reported) {
      const record = JSON.parse(await readFile(join(DIST, 'claims', claim.id, 'cite.json'), 'utf8')) as unknown;
      assert.match(JSON.stringify(record), /reports it|argues against/, `${claim.id}: the citation record does not say whose view it is`);
    }
  });
});
