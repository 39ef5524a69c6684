import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadPagefind, topResults, type NodePagefind, type PagefindData } from '../../helpers/pagefind.ts';
import { searchSite } from '../../../src/search/search-site.ts';
import { claimVoice } from '../../../src/words/voice.ts';
import { isSiteWord, wordsOf, type SiteWords } from '../../../src/search/suggest.ts';
import { claimLabel } from '../../../src/words/claim-label.ts';
import { DIST } from '../../helpers/dist.ts';
import { graphFile, loadGraph } from '../../../src/data-files/load-graph.ts';
import { collapseSpace } from '../../../src/words/collapse-space.ts';

const graph = loadGraph(graphFile(resolve(import.meta.dirname, '../../..')));

/**
 * Phrases a reader would remember, per essay, and the claim each must find in the first three
 * results. Several are in another word form than the essay's ("freezing" for "freeze",
 * "incentives", "abducted", "emboldening", "accepts"), and the like.
 */
const QUERIES: Record<string, [query: string, claim: string][]> = {
  'call-putin-out': [
    ['test Putin\'s seriousness', 'evans-test-by-talks'],
    ['NATO open door', 'evans-revisit-open-door'],
    ['negotiating because we do not trust', 'evans-negotiate-because-distrust'],
    ['diplomacy portrayed as weakness', 'evans-diplomacy-as-weakness'],
    ['Russia accepts pain and sanctions', 'evans-russia-accepts-pain'],
    ['demobilize the invasion force', 'evans-test-by-talks'],
  ],
  'why-putin-fights': [
    ['fighting for regime security', 'greene-regime-security'],
    ['national security calculus', 'greene-no-security-calculus'],
    ['negotiations would make things worse', 'greene-talks-make-worse'],
    ['incentives to keep fighting', 'greene-incentive-to-keep-fighting'],
    ['red lines are in Russia', 'greene-no-red-lines-to-learn'],
    ['eight years of negotiations', 'reader-eight-years'],
  ],
  'case-against-negotiations': [
    ['negotiations only pause the war', 'kagan-pause-not-end'],
    ['freezing the lines', 'kagan-ceasefire-freezes-lines'],
    ['fire never ceased', 'kagan-fire-never-ceased'],
    ['abducted Ukrainian children', 'kagan-occupation-atrocities'],
    ['military facts on the ground', 'kagan-facts-before-talks'],
  ],
  'folly-of-negotiating': [
    ['territorial annexation', 'da-annexation-precedent'],
    ['Suez Canal', 'da-suez-iran-precedents'],
    ['peace is a misnomer', 'da-peace-misnomer'],
    ['peace through Ukrainian victory', 'da-peace-through-victory'],
    ['war crimes in Bucha', 'da-occupation'],
    ['emboldening Putin', 'da-pressure-emboldens'],
  ],
};

/**
 * Half-remembered phrasings, in other words than the essay's, with a few words of the claim they must
 * find in the first three results (the claim is looked up by those words, so re-marking that keeps the
 * sentence keeps the test). Run through the search page's own `searchSite`.
 */
const HALF_REMEMBERED: Record<string, [query: string, words: string][]> = {
  'call-putin-out': [
    ['test whether Putin is serious with bold diplomacy', 'test the seriousness of Putin'],
    ['Putin\'s answer will show Russia\'s true intentions', 'reveal the truth of Russian intentions'],
    ['no NATO expansion to the east and limits on weapons', 'clear statement on his top two'],
    ['talks could delay another invasion', 'thwart or at least meaningfully delay'],
    ['we negotiate because we don\'t trust them', 'We negotiate because we do not trust'],
    ['stopping NATO enlargement eastward would be wise', 'eastward expansion would be wise'],
    ['Russia happy to accept pain and sanctions over Syria', 'happy to accept pain'],
  ],
  'why-putin-fights': [
    ['Putin fights for regime security', 'Putin is fighting for regime security'],
    ['can\'t find a national security calculus', 'plausible national-security calculus'],
    ['nothing the West could offer to change Putin\'s calculus', 'nothing the US or its allies could offer'],
    ['talks would make things worse', 'negotiations would make things worse'],
    ['another front for domestic political gains', 'another front on which to pursue'],
    ['Russian politics decide how long Putin can fight', 'contours of Russian politics'],
  ],
  'case-against-negotiations': [
    ['freeze the front lines', 'freeze the lines where they are'],
    ['Melitopol', 'vital hub of Melitopol'],
    ['the fire never stopped during the ceasefire', 'the fire never ceased'],
    ['Putin rejects an independent Ukrainian state', 'rejects the idea of an independent Ukrainian state'],
    ['current lines neither defensible nor acceptable', 'neither defensible nor acceptable'],
    ['establish military facts on the ground before talks', 'establish the military facts on the ground'],
    ['millions of Ukrainians Russified under occupation', 'Russify them'],
  ],
  'folly-of-negotiating': [
    ['annexation signals to autocrats', 'signals to autocrats across the world'],
    ['Suez Canal and Soviets in Iran', 'Suez Canal'],
    ['Putin won\'t negotiate seriously', 'Putin will not negotiate seriously'],
    ['peace only through Ukrainian victory while Putin is in power', 'peace can only be achieved through a Ukrainian victory'],
    ['pressuring Ukraine with military aid into talks', 'pressure Ukraine into negotiations'],
    ['occupation after war crimes in Bucha', 'war crimes in Bucha'],
    ['give up territory for a peace settlement', 'give up pieces of its internationally recognized territory'],
  ],
};

/**
 * The words and five of ours (one misspelt): the first three results must each hold the word
 * (or the word it is corrected to), in their own words or title, not only in their paragraph.
 */
const MUST_HOLD = ['nuclear', 'Crimea', 'Minsk', 'negotations', 'sanctions', 'ceasefire', 'Kremlin', 'escalation', 'sanctons'];

/** Whether `text` holds `word` or a form of it (a word starting with it, or with its stem: "escalat" for "escalation"). */
function holds(text: string, word: string): boolean {
  const stem = word.length > 5 ? word.replace(/(ations?|ions?|ing|ed|es|s)$/, '') : word;
  return wordsOf(text).flatMap((candidate) => candidate.split('-')).some((candidate) => candidate.startsWith(word) || candidate.startsWith(stem));
}

/** Strips Pagefind's `<mark>`s and decodes the entities it writes. */
function excerptText(excerpt: string): string {
  return excerpt.replace(/<\/?mark>/g, '').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The site's words, as the search page loads them. */
const words = JSON.parse(await readFile(resolve(DIST, 'search-words.json'), 'utf8')) as SiteWords;

describe('search queries', () => {
  let loaded: NodePagefind;
  before(async () => {
    loaded = await loadPagefind();
  });
  after(async () => {
    await loaded?.site.close();
  });

  /** The search page's search, over the built index and word list; the first `count` results loaded. */
  const siteSearch = async (query: string, count = 3) => {
    const found = await searchSite(async (text) => (await loaded.pagefind.search(text)).results as never, query, words);
    const top = await Promise.all((found.results as unknown as { data(): Promise<PagefindData> }[]).slice(0, count).map((result) => result.data()));
    return { ...found, top };
  };
  const claimWith = (text: string) => {
    const claim = graph.claims.find((item) => item.text.includes(text));
    assert.ok(claim, `no claim has the words “${text}” any more: pick another phrasing`);
    return claim;
  };

  // The sets name essays of the graph; an essay added since they were written is simply not in them yet.
  test('has at least five half-remembered phrasings for each essay it covers, each of a claim of that essay', () => {
    assert.ok(Object.keys(HALF_REMEMBERED).length > 0);
    for (const essay of Object.keys(HALF_REMEMBERED)) assert.ok(graph.essays.some((item) => item.id === essay), `${essay} is an essay of the graph`);
    for (const [essay, queries] of Object.entries(HALF_REMEMBERED)) {
      assert.ok(queries.length >= 5, essay);
      for (const [, text] of queries) assert.equal(claimWith(text).essay, essay, text);
    }
  });

  for (const [essay, queries] of Object.entries(HALF_REMEMBERED)) {
    for (const [query, text] of queries) {
      test(`the half-remembered “${query}” finds its claim (${essay}) in the first three results`, async () => {
        const claim = claimWith(text);
        const { top } = await siteSearch(query);
        assert.ok(top.some((result) => result.url === claim.url), `${claim.id}: got ${top.map((result) => result.url).join(', ')}`);
      });
    }
  }

  test('“freeze the front lines” finds Kagan’s claim, excerpted from the claim, not from page labels', async () => {
    const claim = claimWith('freeze the lines where they are');
    const { top } = await siteSearch('freeze the front lines');
    const hit = top.find((result) => result.url === claim.url);
    assert.ok(hit, top.map((result) => result.url).join(', '));
    const excerpt = excerptText(hit.excerpt);
    assert.match(excerpt, /freeze the lines where they are/);
    for (const result of top) assert.doesNotMatch(excerptText(result.excerpt), /^(Author|Published|Outlet|Length)|Frederick W\. Kagan\. Published/, result.url);
  });

  test('a word in no essay (“Minsk”) finds nothing, though Pagefind alone would match a prefix of it', async () => {
    const bodies = await Promise.all(graph.essays.map(async (essay) => (await topResults(loaded.pagefind, null, 200, { essay: essay.id })).map((result) => result.content ?? '').join(' ')));
    assert.ok(!/\bminsk/i.test(bodies.join(' ')), 'the essays do not use the word');
    const { results, unknown } = await siteSearch('Minsk');
    assert.deepEqual(results, []);
    assert.deepEqual(unknown, ['minsk']);
  });

  test('labels, metadata and reading time are not indexed as an essay’s text', async () => {
    for (const essay of graph.essays) {
      const [page] = (await topResults(loaded.pagefind, null, 200, { essay: essay.id, kind: 'essay' }));
      assert.ok(page, essay.id);
      const content = page.content ?? '';
      for (const label of ['min read', 'claims marked', 'Our summary', 'How to read the marks', `Outlet${essay.outlet}`, 'Length', `${essay.words.toLocaleString('en')} words`]) {
        assert.ok(!content.includes(label), `${essay.id}: “${label}” is indexed`);
      }
    }
  });

  for (const query of MUST_HOLD) {
    test(`“${query}”: each of the first three results holds the word, or the word it is corrected to`, async () => {
      const found = await siteSearch(query);
      const asked = found.suggestion ?? query;
      const held = found.top.filter((result) => wordsOf(asked).every((word) => holds(`${result.meta['title'] ?? ''} ${result.content ?? ''}`, word)));
      assert.deepEqual(held.map((result) => result.url), found.top.map((result) => result.url), `${query} → ${asked}`);
      if (wordsOf(query).every((word) => words[word] === undefined && !isSiteWord(word, words))) {
        // A word in no essay: corrected when a site word is a slip away, else nothing is found and nothing suggested.
        assert.ok(found.suggestion || found.results.length === 0, `${query}: ${found.results.length} results, no correction`);
      } else {
        assert.ok(found.top.length > 0, `${query} finds something`);
      }
    });
  }

  test('“negotations” shows the results for “negotiations” at once; “Minsk” suggests nothing', async () => {
    const typo = await siteSearch('negotations');
    assert.equal(typo.suggestion, 'negotiations');
    assert.ok(typo.top.length === 3);
    const minsk = await siteSearch('Minsk');
    assert.equal(minsk.suggestion, undefined);
  });

  test('a misspelt author (“kagen”) gets “did you mean kagan” from the site’s own words', async () => {
    const found = await siteSearch('kagen');
    assert.equal(found.suggestion, 'kagan');
    const fixed = await siteSearch(found.suggestion!);
    assert.ok(fixed.top.length > 0);
  });

  test('has queries for each essay it covers, for claims of that essay', () => {
    assert.ok(Object.keys(QUERIES).length > 0);
    for (const essay of Object.keys(QUERIES)) assert.ok(graph.essays.some((item) => item.id === essay), `${essay} is an essay of the graph`);
    for (const [essay, queries] of Object.entries(QUERIES)) {
      assert.ok(queries.length >= 3, `${essay}: at least three queries`);
      for (const [, id] of queries) assert.equal(graph.claims.find((claim) => claim.id === id)?.essay, essay, `${id} is a claim of ${essay}`);
    }
  });

  for (const [essay, queries] of Object.entries(QUERIES)) {
    for (const [query, id] of queries) {
      test(`“${query}” finds ${id} (${essay}) in the first three results`, async () => {
        const results = await topResults(loaded.pagefind, query, 3);
        const urls = results.map((result) => result.url);
        assert.ok(urls.includes(`/claims/${id}/`), `got ${urls.join(', ')}`);
      });
    }
  }

  test('a claim result carries its label, essay and author, and is matched and excerpted on its own words only', async () => {
    const [first] = await topResults(loaded.pagefind, 'fighting for regime security', 1);
    const claim = graph.claims.find((item) => `/claims/${item.id}/` === first?.url);
    assert.ok(claim && first);
    const essay = graph.essays.find((item) => item.id === claim.essay)!;
    assert.equal(first.meta['label'], claimLabel(claim).text);
    assert.equal(first.meta['title'], claim.title ?? claim.text);
    assert.equal(first.meta['essay'], essay.title);
    assert.equal(first.meta['author'], claimVoice(claim, essay).phrase);
    assert.match(first.excerpt, /<mark>regime<\/mark>/i);
    // A claim page indexes the claim's words, not its paragraph (shown on the page as context, data-pagefind-ignore).
    const own = new Set(collapseSpace(claim.text).split(' '));
    const excerpt = collapseSpace(excerptText(first.excerpt));
    assert.deepEqual(excerpt.split(' ').filter((word) => !own.has(word)), [], `“${excerpt}” is the claim’s words`);
    assert.equal(collapseSpace(first.content ?? ''), collapseSpace(claim.text));
  });

  test('a claim is not found by words only its paragraph holds', async () => {
    const claim = graph.claims.find((item) => /Melitopol/.test(item.context) && !/Melitopol/.test(item.text));
    assert.ok(claim, 'a claim stands in a paragraph that names Melitopol without naming it');
    const found = await topResults(loaded.pagefind, 'Melitopol', 200);
    assert.ok(!found.some((result) => result.url === claim.url), `${claim.id} was found by its paragraph`);
  });

  test('a reported view’s result names whose view it is and who reports it, never the reporter as its author', async () => {
    const reported = graph.claims.filter((claim) => claim.kind === 'reported');
    assert.ok(reported.length > 0);
    const all = await topResults(loaded.pagefind, null, 1000, { kind: 'reported' });
    for (const claim of reported) {
      const essay = graph.essays.find((item) => item.id === claim.essay)!;
      const result = all.find((item) => item.url === claim.url);
      assert.ok(result, claim.id);
      assert.equal(result.meta['author'], claimVoice(claim, essay).phrase, claim.id);
      assert.notEqual(result.meta['author'], essay.author, claim.id);
    }
  });

  test('indexes every essay and every claim once, with its filters', async () => {
    const filters = await loaded.pagefind.filters();
    const kinds: Record<string, number> = { essay: graph.essays.length };
    for (const claim of graph.claims) kinds[claim.kind] = (kinds[claim.kind] ?? 0) + 1;
    assert.deepEqual(Object.fromEntries(Object.entries(filters['kind'] ?? {}).filter(([, count]) => count > 0)), kinds);
    for (const essay of graph.essays) {
      const pages = 1 + graph.claims.filter((claim) => claim.essay === essay.id).length;
      assert.equal(filters['essay']?.[essay.id], pages, `${essay.id}: the essay and its claims`);
    }
  });

  test('a filter without words lists everything it selects', async () => {
    const theses = await topResults(loaded.pagefind, null, 100, { kind: 'thesis' });
    assert.deepEqual(theses.map((result) => result.url).sort(), graph.claims.filter((claim) => claim.kind === 'thesis').map((claim) => claim.url).sort());
  });

  test('filters narrow a query to one kind, stance or author', async () => {
    const readers = await topResults(loaded.pagefind, 'regime security', 50, { kind: 'reader' });
    assert.ok(readers.length > 0);
    for (const result of readers) assert.deepEqual(result.filters['kind'], ['reader']);
    const forTalks = await topResults(loaded.pagefind, 'Putin', 100, { stance: 'for' });
    const forEssays = graph.essays.filter((essay) => essay.stance === 'for').map((essay) => essay.id);
    assert.ok(forTalks.length > 0);
    for (const result of forTalks) assert.ok(forEssays.includes(result.filters['essay']?.[0] ?? ''), result.url);
    const greene = graph.essays.find((essay) => essay.id === 'why-putin-fights')!;
    const byGreene = await topResults(loaded.pagefind, 'negotiations', 100, { author: greene.author });
    assert.ok(byGreene.length > 0);
    // Whose each claim is: Greene's own, or a view Greene reports (credited to its holder, as he reports it).
    for (const result of byGreene) assert.ok(result.meta['author']?.includes(greene.author), result.url);
  });
});
