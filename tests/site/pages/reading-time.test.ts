import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import { loadGraph } from '../../../src/data-files/load-graph.ts';

// Reads the built site (npm test builds first): the minutes each page states, never recomputed here.
const load = async (path: string) => cheerio.load(await readFile(join(ROOT, 'dist', path, 'index.html'), 'utf8'));
const minutesIn = (text: string, pattern: RegExp) => {
  const match = pattern.exec(text.replace(/\s+/g, ' '));
  assert.ok(match, `no reading time matching ${pattern} in “${text.slice(0, 200)}”`);
  return Number(match[1]);
};

describe('reading time', () => {
  test('home, each essay page and /teach/ give each essay the same minutes, and the same total, the sum of them', async () => {
    const graph = loadGraph(join(ROOT, 'dist/graph.json'));
    const home = await load('');
    const teach = await load('teach');
    const perEssay = await Promise.all(
      graph.essays.map(async (essay) => {
        const card = home(`.essay-card[data-essay="${essay.id}"] .essay-card__length`).text();
        const header = (await load(essay.url))('.essay-header').text();
        const guide = teach(`#read-${essay.id}`).parent().find('.meta').first().text();
        const minutes = [minutesIn(card, /about (\d+) min read/), minutesIn(header, /about (\d+) min/), minutesIn(guide, /about (\d+) min/)];
        assert.equal(new Set(minutes).size, 1, `${essay.id}: home, essay page and /teach/ say ${minutes.join(', ')} minutes`);
        return minutes[0]!;
      }),
    );
    const sum = perEssay.reduce((total, minutes) => total + minutes, 0);
    assert.equal(minutesIn(home('#start-heading').parent().text(), /\((\d+) minutes in all\)/), sum);
    assert.equal(minutesIn(teach('#reading-order').next().text(), /about (\d+) minutes to read/), sum);
  });
});
