import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { relaxedSearch } from '../../../src/search/relaxed-search.ts';

/** A toy index with Pagefind's rule: a page matches only if it holds every word. */
const pages: Record<string, string> = {
  claim: 'a ceasefire now will freeze the lines where they are',
  essay: 'a ceasefire now will freeze the lines where they are and the frontlines of the war',
  other: 'the lines of the argument',
};
const search = async (query: string) =>
  Object.entries(pages)
    .filter(([, text]) => query.toLowerCase().split(/\s+/).every((word) => text.split(' ').some((token) => token.startsWith(word))))
    .map(([id, text]) => ({ id, score: 1 / text.length }));

describe('relaxedSearch', () => {
  test('finds a page missing one word of the phrase, after the pages holding all of it', async () => {
    const results = await relaxedSearch(search, 'freeze the front lines');
    assert.deepEqual(results.map((result) => result.id), ['essay', 'claim']);
  });
  test('returns Pagefind’s own results for one or two words', async () => {
    assert.deepEqual((await relaxedSearch(search, 'front lines')).map((result) => result.id), ['essay']);
  });
  test('lists each page once, and not a page holding fewer than half the uncommon words', async () => {
    const ids = (await relaxedSearch(search, 'freeze the lines')).map((result) => result.id);
    assert.deepEqual(ids.sort(), ['claim', 'essay']);
  });
  test('does not ask for a contraction alone: it is a function word', async () => {
    const asked: string[] = [];
    await relaxedSearch(async (query) => (asked.push(query), []), "Putin won't negotiate seriously");
    assert.deepEqual(asked, ["Putin won't negotiate seriously", 'Putin', 'negotiate', 'seriously']);
  });
  test('asks for the phrase, then each uncommon word alone', async () => {
    const asked: string[] = [];
    await relaxedSearch(async (query) => (asked.push(query), []), 'freeze the front lines');
    assert.deepEqual(asked, ['freeze the front lines', 'freeze', 'front', 'lines']);
  });
  test('ranks near matches by the sum of their scores for the words they hold', async () => {
    const scores: Record<string, Record<string, number>> = { alpha: { x: 1 }, beta: { x: 1, y: 1 }, gamma: { x: 5 }, delta: { y: 1 } };
    const toy = async (query: string) => Object.entries(scores[query] ?? {}).map(([id, score]) => ({ id, score }));
    const ids = (await relaxedSearch(toy, 'alpha beta gamma delta')).map((result) => result.id);
    assert.deepEqual(ids, ['x', 'y']);
  });
});
