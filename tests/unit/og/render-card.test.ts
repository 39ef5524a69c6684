import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { imageSize } from 'image-size';
import { describeClaim } from '../../../src/words/describe-claim.ts';
import { describeEssay } from '../../../src/words/describe-essay.ts';
import { claimCard, essayCard, siteCard, quoteSize } from '../../../src/og/card-layout.ts';
import { renderCard } from '../../../src/og/render-card.ts';
import type { CardChild } from '../../../src/og/card-node.ts';
import { sampleGraph } from '../../helpers/graph-fixture.ts';

const graph = sampleGraph();

describe('renderCard', () => {
  test('renders claim, essay and site cards as 1200×630 PNGs from the shipped fonts', async () => {
    const cards = [claimCard(describeClaim(graph, 'da-long')), essayCard(describeEssay(graph, 'why')), siteCard(graph.question.text, 3)];
    for (const card of cards) {
      const png = await renderCard(card);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const size = imageSize(png);
      assert.deepEqual([size.width, size.height, size.type], [1200, 630, 'png']);
    }
  });

  test('draws different claims differently', async () => {
    const a = await renderCard(claimCard(describeClaim(graph, 'greene-thesis')));
    const b = await renderCard(claimCard(describeClaim(graph, 'evans-thesis')));
    assert.notDeepEqual(Buffer.from(a), Buffer.from(b));
  });
});

describe('quoteSize', () => {
  test('shrinks the type as the quotation grows', () => {
    const sizes = [50, 120, 200, 400].map((length) => quoteSize(length).fontSize);
    assert.deepEqual([...sizes].sort((x, y) => y - x), sizes);
    assert.ok(sizes[0]! > sizes[3]!);
  });
});

/** Every text in a card's element tree, in order. */
function texts(node: CardChild | CardChild[] | undefined): string[] {
  if (node === undefined) return [];
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  return texts(node.props.children);
}

describe('claimCard', () => {
  test('shows our title, labelled as ours, above the author’s words when the claim has one', async () => {
    const description = describeClaim(graph, 'greene-thesis');
    const titled = claimCard({ ...description, claim: { ...description.claim, title: 'Putin fights for his regime' } });
    assert.ok(texts(titled).includes('Our title: Putin fights for his regime'));
    assert.ok(texts(titled).some((text) => text.startsWith('“')), 'the author’s words stay quoted');
    assert.ok(!texts(claimCard(description)).some((text) => text.startsWith('Our title')), 'no title, no label');
    const size = imageSize(await renderCard(titled));
    assert.deepEqual([size.width, size.height], [1200, 630]);
  });
});
