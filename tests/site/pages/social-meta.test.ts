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
import { GraphSchema } from '../../../src/schemas/graph.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIST = join(ROOT, 'dist');
const graph = GraphSchema.parse(JSON.parse(readFileSync(join(ROOT, 'src/data/graph.json'), 'utf8')));

/** A page's path inside dist for a site-relative URL without base. */
const distFile = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

function load(path: string) {
  const file = distFile(path);
  assert.ok(existsSync(file), `${path} was not built (${file})`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Checks a page's preview tags; returns the parsed page and the base path it was built under. */
function checkPreview(path: string) {
  const $ = load(path);
  const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
  for (const key of ['og:title', 'og:description', 'og:image', 'og:url', 'og:type', 'og:site_name', 'og:image:alt']) {
    assert.ok(meta(key)?.trim(), `${path}: ${key} missing or empty`);
  }
  assert.equal(meta('twitter:card'), 'summary_large_image', `${path}: twitter:card`);
  assert.equal(meta('og:type'), 'article', `${path}: og:type`);
  const canonical = $('link[rel="canonical"]').attr('href');
  assert.ok(canonical, `${path}: no canonical link`);
  const pageUrl = new URL(meta('og:url')!);
  assert.equal(pageUrl.href, canonical, `${path}: og:url and canonical differ`);
  assert.ok(pageUrl.pathname.endsWith(path), `${path}: og:url ${pageUrl.href} is not this page`);
  const base = pageUrl.pathname.slice(0, pageUrl.pathname.length - path.length + 1);
  const image = new URL(meta('og:image')!);
  assert.equal(image.origin, pageUrl.origin, `${path}: og:image on another origin`);
  assert.ok(image.pathname.startsWith(base), `${path}: og:image outside the base`);
  const png = join(DIST, image.pathname.slice(base.length));
  assert.ok(existsSync(png), `${path}: og:image ${image.pathname} not in dist`);
  const bytes = readFileSync(png);
  const size = imageSize(bytes);
  assert.deepEqual([size.type, size.width, size.height], ['png', 1200, 630], `${path}: og:image is not a 1200×630 PNG`);
  assert.equal(meta('og:image:width'), '1200');
  assert.equal(meta('og:image:height'), '630');
  return { $, base, meta };
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
      assert.equal($('details.cite-this dd.citation').length, 4, 'Chicago (2), APA and MLA');
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
      const { $, base, meta } = checkPreview(claim.url);
      const words = claim.text.replace(/\s+/g, ' ').trim();
      assert.ok(words.startsWith(meta('og:title')!.replace(/^“|…?”$/g, '')), 'og:title is the claim’s words');
      const data = jsonLd($).find((item) => item['@type'] === 'Claim');
      assert.ok(data, 'a Claim in JSON-LD');
      assert.equal(data.text, claim.text);
      assert.ok(String(data.appearance.url).endsWith(`${claim.anchor.slice(1)}`), 'appearance points at the anchor');
      checkDownloads($, base, claim.url, claim.id);
    });
  }
});

describe('other pages', () => {
  test('the home page uses the site card', () => {
    const $ = load('/');
    const image = $('meta[property="og:image"]').attr('content')!;
    assert.match(image, /\/og\/site\.png$/);
    assert.deepEqual(imageSize(readFileSync(join(DIST, 'og/site.png'))).width, 1200);
    assert.equal($('meta[property="og:type"]').attr('content'), 'website');
    assert.ok($('link[rel="canonical"]').attr('href'));
  });
});
