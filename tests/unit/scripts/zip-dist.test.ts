import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { zipDirectory } from '../../../scripts/zip-dist.ts';

describe('zipDirectory', () => {
  test('packs every file at the top level, index.html first, and unpacks to the same bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zip-dist-'));
    try {
      await mkdir(join(dir, 'essays/x'), { recursive: true });
      await writeFile(join(dir, 'essays/x/index.html'), '<p>“curly” — text</p>');
      await writeFile(join(dir, 'a.png'), new Uint8Array([137, 80, 78, 71, 0, 255]));
      await writeFile(join(dir, 'index.html'), '<!doctype html><title>home</title>');
      const files = unzipSync(await zipDirectory(dir));
      assert.deepEqual(Object.keys(files), ['index.html', 'a.png', 'essays/x/index.html']);
      assert.equal(strFromU8(files['essays/x/index.html']!), '<p>“curly” — text</p>');
      assert.deepEqual([...files['a.png']!], [137, 80, 78, 71, 0, 255]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
