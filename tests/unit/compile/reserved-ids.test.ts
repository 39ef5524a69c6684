import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RESERVED_IDS, RESERVED_ID_PREFIXES } from '../../../src/compile/reserved-ids.ts';
import { ROOT } from '../../../scripts/lib/project-copy.ts';

/** Every literal element id written in src/ (`id="…"` in .astro, `id: '…'` in hast properties), outside comments. */
async function literalIds(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const files = (await readdir(join(ROOT, 'src'), { recursive: true })).filter((name) => /\.(astro|ts)$/.test(name));
  for (const file of files) {
    const text = (await readFile(join(ROOT, 'src', file), 'utf8'))
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/<!--[\s\S]*?-->/g, '');
    for (const match of text.matchAll(/\bid=(?:"([^"{}]+)"|'([^'{}]+)'|\{'([^'{}]+)'\})|(?<![$\w])id: '([^']+)'|'([a-z][a-z-]*)'\s*\}|\bid=\{[^}]*?\? [a-z.]+ : '([a-z-]+)'/g)) {
      // Exports and citations name records, not elements (`id: 'apa'`, AIF node ids): only page code writes element ids.
      // Worksheet prompts and fields (src/teach/) are ids in data; their pages prefix them (`prompt-`, `field-`, reserved).
      if (match[4] && (file.startsWith('formats/') || file.startsWith('teach/'))) continue;
      const id = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[6];
      if (id) found.set(id, file);
    }
  }
  return found;
}

describe('RESERVED_IDS', () => {
  test('lists every element id the pages write themselves, so no claim can take one', async () => {
    const ids = await literalIds();
    assert.ok(ids.has('site-search-q') && ids.has('claims-appendix-heading'), 'the scan finds the layout\'s and the essay page\'s ids');
    const reserved = new Set<string>(RESERVED_IDS);
    const missing = [...ids].filter(([id]) => !reserved.has(id) && !RESERVED_ID_PREFIXES.some((prefix) => id.startsWith(prefix)));
    assert.deepEqual(missing, [], 'ids used in src/ but not reserved (add them to src/compile/reserved-ids.ts)');
  });

  test('reserves the page ids a deep link could be confused with', async () => {
    for (const id of ['site-search-q', 'claims-appendix-heading', 'comments-heading']) assert.ok((RESERVED_IDS as readonly string[]).includes(id), id);
  });
});
