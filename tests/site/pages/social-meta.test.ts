/**
 * Reads the built site (dist/, after `npm run build`): every essay and claim page previews well and can be
 * cited. Works for any SITE and BASE: the base is read back from each page's og:url.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { imageSize } from 'image-size';
import bibtex from 'bibtex';
import { graphFile, loadGraph } from '../../../src/data-files/load-graph.ts';
import { collapseSpace } from '../../../src/words/collapse-space.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIST = join(ROOT, 'dist');
const graph = loadGraph(graphFile(ROOT));

/** A page's path inside dist for a site-relative URL without base. */
const distFile = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

function load(path: string) {
  const file = distFile(path);
  assert.ok(existsSync(file), `${path} was not built (${file})`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Checks a page's preview tags; returns the parsed page, the base path it was built under and whether it has a SITE. */
function checkPreview(path: string) {
  const $ = load(path);
  const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
  for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:title', 'twitter:description']) {
    assert.ok(meta(key)?.trim(), `${path}: ${key} missing or empty`);
  }
  assert.equal(meta('og:type'), 'article', `${path}: og:type`);
  const base = $('link[rel="icon"]').attr('href')!.replace(/favicon\.svg$/, '');
  const canonical = $('link[rel="canonical"]').attr('href');
  if (!canonical) {
    // A build without SITE: no absolute URL to give, so none of the tags that need one.
    for (const key of ['og:url', 'og:image', 'og:image:alt', 'twitter:image']) assert.equal(meta(key), undefined, `${path}: ${key} without SITE`);
    assert.equal(meta('twitter:card'), 'summary', `${path}: twitter:card without an image`);
    return { $, base, meta, absolute: false };
  }
  for (const key of ['og:image', 'og:url', 'og:image:alt', 'twitter:image']) assert.ok(meta(key)?.trim(), `${path}: ${key} missing or empty`);
  assert.equal(meta('twitter:card'), 'summary_large_image', `${path}: twitter:card`);
  const pageUrl = new URL(meta('og:url')!);
  assert.equal(pageUrl.href, canonical, `${path}: og:url and canonical differ`);
  assert.equal(pageUrl.pathname, `${base}${path.slice(1)}`, `${path}: og:url ${pageUrl.href} is not this page under the base`);
  const image = new URL(meta('og:image')!);
  assert.equal(image.origin, pageUrl.origin, `${path}: og:image on another origin`);
  assert.ok(image.pathname.startsWith(base), `${path}: og:image outside the base`);
  return { $, base, meta, absolute: true };
}

/** The card a page names: its image file in dist, a 1200×630 PNG. */
function checkCard(path: string, card: string) {
  const png = join(DIST, card);
  assert.ok(existsSync(png), `${path}: card ${card} not in dist`);
  const size = imageSize(readFileSync(png));
  assert.deepEqual([size.type, size.width, size.height], ['png', 1200, 630], `${path}: ${card} is not a 1200×630 PNG`);
}

function jsonLd($: cheerio.CheerioAPI): Array<Record<string, any>> {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse($(element).text()));
}

/** BibTeX styles predefine month macros; the parser does not. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m) => `@string{${m} = "${m}"}`).join('\n');

function checkDownloads($: cheerio.CheerioAPI, base: string, path: string, key: string) {
  for (const [suffix, check] of [
    ['cite.bib', (text: string) => {
      // citation-js writes BibLaTeX: @online, @article… after what the outlet is.
      assert.match(text, /^@[a-z]+\{/, `${path}cite.bib does not start with an @ entry`);
      assert.ok(bibtex.parseBibFile(`${MONTHS}\n${text}`).getEntry(key), `${path}cite.bib has no entry ${key}`);
    }],
    ['cite.ris', (text: string) => {
      assert.match(text, /^TY {2}- /, `${path}cite.ris does not start with TY`);
      assert.match(text, /\r\nER {2}- \r\n$/, `${path}cite.ris does not end with ER`);
    }],
  ] as const) {
    const link = $(`a[href$="${suffix}"]`).attr('href');
    assert.equal(link, `${base}${path.slice(1)}${suffix}`, `${path}: no link to its ${suffix}`);
    check(readFileSync(join(DIST, link!.slice(base.length)), 'utf8'));
  }
}

describe('essay pages', () => {
  for (const essay of graph.essays) {
    test(`${essay.url} previews, carries structured data and citation meta, and offers .bib/.ris`, () => {
      const { $, base, meta } = checkPreview(essay.url);
      checkCard(essay.url, `og/essays/${essay.id}.png`);
      assert.equal(meta('og:title'), essay.title);
      assert.ok(meta('og:description')!.includes(essay.author), 'og:description names the author');
      const article = jsonLd($).find((item) => item['@type'] === 'OpinionNewsArticle');
      assert.ok(article, 'an OpinionNewsArticle in JSON-LD');
      assert.equal(article.headline, essay.title);
      assert.equal(article.datePublished, essay.published);
      assert.equal($('meta[name="citation_title"]').attr('content')?.startsWith(essay.title), true);
      assert.ok($('meta[name="citation_author"]').attr('content'));
      assert.equal($('meta[name="citation_publication_date"]').attr('content'), essay.published.replaceAll('-', '/'));
      assert.equal($('meta[name="citation_publisher"]').attr('content'), essay.outlet);
      checkDownloads($, base, essay.url, essay.id);
      assert.equal($('details.cite-this .citation').length, 3, 'Chicago author-date, APA 7 and MLA 9');
    });
  }
});

describe('claim pages', () => {
  test('there is one per claim', () => {
    assert.ok(graph.claims.length > 0);
    for (const claim of graph.claims) assert.ok(existsSync(distFile(claim.url)), claim.url);
  });

  for (const claim of graph.claims) {
    test(`${claim.url} previews, carries a Claim and offers .bib/.ris`, () => {
      const { $, base, meta, absolute } = checkPreview(claim.url);
      checkCard(claim.url, `og/claims/${claim.id}.png`);
      const words = collapseSpace(claim.text);
      assert.ok(words.startsWith(meta('og:title')!.replace(/^“|…?”$/g, '')), 'og:title is the claim’s words');
      const data = jsonLd($).find((item) => item['@type'] === 'Claim');
      assert.ok(data, 'a Claim in JSON-LD');
      assert.equal(data.text, claim.text);
      if (absolute) assert.ok(String(data.appearance.url).endsWith(`${claim.anchor.slice(1)}`), 'appearance points at the anchor');
      else assert.equal(data.appearance.url, undefined, 'no appearance url without SITE');
      checkDownloads($, base, claim.url, claim.id);
    });
  }
});

describe('other pages', () => {
  test('the home page uses the site card', () => {
    const $ = load('/');
    checkCard('/', 'og/site.png');
    assert.equal($('meta[property="og:type"]').attr('content'), 'website');
    const canonical = $('link[rel="canonical"]').attr('href');
    // With SITE the page names the card; without, it names none (tested per page above).
    if (canonical) assert.match($('meta[property="og:image"]').attr('content')!, /\/og\/site\.png$/);
  });
});
