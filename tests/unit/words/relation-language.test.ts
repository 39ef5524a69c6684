import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { RELATION_STYLES } from '../../../src/words/relation-labels.ts';
import { RELATION_TYPES } from '../../../src/schemas/relation.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const TABLE = 'src/words/relation-labels.ts';

/** Every source file a view is made of: src/ (its generated data aside) and public/. */
async function viewFiles(): Promise<{ path: string; text: string }[]> {
  const files: { path: string; text: string }[] = [];
  for (const dir of ['src', 'public']) {
    for (const entry of await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|astro|css|mjs|js|svg)$/.test(entry.name)) continue;
      const path = relative(ROOT, join(entry.parentPath, entry.name));
      if (path.startsWith('src/data/') || path === TABLE) continue;
      files.push({ path, text: await readFile(join(ROOT, path), 'utf8') });
    }
  }
  return files;
}
const files = await viewFiles();
const stylesheets = files.filter((file) => file.path.endsWith('.css'));
/** Each CSS rule as its selector and its declarations, comments dropped (at-rules' own braces are skipped). */
const rules = (css: string) => [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((match) => ({ selector: match[1]!.trim(), body: match[2]! }));

// Symbols the views once drew relations with, and the table's own symbols that are not ordinary text.
const RETIRED = ['⤫', '✕', '▲', '◇', '⊗', '⊕', '⊖'];
const TABLE_ONLY = RELATION_TYPES.map((type) => RELATION_STYLES[type].symbol).filter((symbol) => !/^[+\-]$/.test(symbol));
// Where one of those characters is not a relation: the zoom-out button's minus.
const NOT_A_RELATION = new Map([['src/components/MapControls.astro', '>−<']]);

describe('the one relation language (RELATION_STYLES)', () => {
  test('no view writes a relation symbol of its own: each comes from the table', () => {
    for (const { path, text } of files) {
      const checked = NOT_A_RELATION.has(path) ? text.replaceAll(NOT_A_RELATION.get(path)!, '') : text;
      for (const symbol of [...RETIRED, ...TABLE_ONLY]) assert.ok(!checked.includes(symbol), `${path} writes “${symbol}” itself; take the symbol from RELATION_STYLES (src/words/relation-labels.ts)`);
    }
  });

  test('no stylesheet draws a relation symbol with `content`', () => {
    const symbols = RELATION_TYPES.map((type) => RELATION_STYLES[type].symbol);
    for (const { path, text } of stylesheets) {
      for (const { selector, body } of rules(text)) {
        const content = body.match(/content:\s*([^;]+)/)?.[1] ?? '';
        // A quoted string that is a symbol alone ('− '), as a relation's mark is; "▸ +3" (a count) is not one.
        const strings = [...content.matchAll(/(['"])(.*?)\1/g)].map((match) => match[2]!.trim());
        for (const symbol of symbols) assert.ok(!strings.includes(symbol), `${path}: ${selector} draws “${symbol}” in CSS; render the table's symbol in the markup`);
      }
    }
  });

  test('relation rules colour with the table\'s --rel properties, never a stance colour or a literal', () => {
    const relationSelector = /rel--|rel-sym|relation-label|--(supports|rebuts|undercuts|supported-by|rebutted-by|undercut-by)\b|clash__verb/;
    for (const { path, text } of stylesheets) {
      for (const { selector, body } of rules(text)) {
        if (!relationSelector.test(selector)) continue;
        for (const [, property, value] of body.matchAll(/(?:^|;)\s*(color|fill|stroke|background|border[\w-]*)\s*:\s*([^;]+)/g)) {
          assert.doesNotMatch(value!, /var\(--(for|against|undercut)\)|#[0-9a-f]{3,8}\b/i, `${path}: ${selector} sets ${property} to ${value!.trim()}; use var(--rel) or var(--rel-<type>)`);
        }
      }
    }
  });

  test('the table\'s colours are written nowhere but the --rel-* properties', () => {
    for (const { path, text } of stylesheets) {
      for (const type of RELATION_TYPES) {
        for (const hex of Object.values(RELATION_STYLES[type].colour)) {
          const lines = text.split('\n').filter((line) => line.toLowerCase().includes(hex.toLowerCase()));
          for (const line of lines) assert.match(line, /--(rel-(supports|rebuts|undercuts)|for|against):/, `${path}: “${line.trim()}” repeats ${type}'s colour; use var(${RELATION_STYLES[type].cssVar})`);
        }
      }
    }
  });

  test('a dashed relation rule uses the table\'s dash', () => {
    for (const { path, text } of stylesheets) {
      for (const { selector, body } of rules(text)) {
        const dash = body.match(/stroke-dasharray:\s*([^;]+)/)?.[1]?.trim();
        const type = RELATION_TYPES.find((item) => selector.includes(`--${item}`));
        if (dash && type) assert.equal(dash, RELATION_STYLES[type].dash, `${path}: ${selector}`);
      }
    }
  });
});
