import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RELATION_STYLES, directionSymbol } from '../../../src/words/relation-labels.ts';
import { RELATION_TYPES } from '../../../src/schemas/relation.ts';

const css = await readFile(resolve(import.meta.dirname, '../../../src/styles/global.css'), 'utf8');
const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
const property = (block: string, name: string) => block.match(new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1]?.toLowerCase();

/** WCAG 2 relative luminance and contrast ratio. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('RELATION_STYLES', () => {
  test('gives each relation type its own symbol, word, colour and line', () => {
    for (const key of ['symbol', 'word', 'dash'] as const) {
      assert.equal(new Set(RELATION_TYPES.map((type) => RELATION_STYLES[type][key])).size, RELATION_TYPES.length, key);
    }
    assert.equal(new Set(RELATION_TYPES.map((type) => RELATION_STYLES[type].colour.light)).size, RELATION_TYPES.length);
  });

  test('is what the stylesheet\'s --rel-* properties hold, in both schemes', () => {
    for (const type of RELATION_TYPES) {
      const style = RELATION_STYLES[type];
      assert.equal(property(light!, style.cssVar), style.colour.light, `${type} light`);
      assert.equal(property(dark!, style.cssVar), style.colour.dark, `${type} dark`);
    }
  });

  test('has colours at least 4.5:1 against the page and its surfaces in both schemes', () => {
    for (const [scheme, block] of [['light', light!], ['dark', dark!]] as const) {
      for (const background of ['--bg', '--surface']) {
        const bg = property(block, background)!;
        for (const type of RELATION_TYPES) {
          const ratio = contrast(RELATION_STYLES[type].colour[scheme], bg);
          assert.ok(ratio >= 4.5, `${type} on ${background} (${scheme}): ${ratio.toFixed(2)}:1`);
        }
      }
    }
  });
});

describe('directionSymbol', () => {
  test('shows the type\'s symbol from either end', () => {
    assert.equal(directionSymbol('rebutted-by'), RELATION_STYLES.rebuts.symbol);
    assert.equal(directionSymbol('undercut-by'), RELATION_STYLES.undercuts.symbol);
    assert.equal(directionSymbol('supports'), RELATION_STYLES.supports.symbol);
  });
});
