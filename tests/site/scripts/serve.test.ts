/**
 * scripts/lib/serve.ts, as the bench's phone profile uses it: gzip on the wire for text when the client
 * accepts it (as static hosts serve), nothing compressed otherwise, and bytes counted at the server.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveSite } from '../../../scripts/lib/serve.ts';
import { DIST } from '../../helpers/dist.ts';

/** GET with Node's http client, which (unlike fetch) hands back the body as sent. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

describe('serveSite', () => {
  test('with gzip, sends a page compressed when the client accepts it, and counts what it sent', async () => {
    const site = await serveSite(DIST, '/', { gzip: true });
    try {
      const before = site.bytesSent();
      const page = await get(site.url, { 'accept-encoding': 'gzip, br' });
      assert.equal(page.status, 200);
      assert.equal(page.headers['content-encoding'], 'gzip');
      const html = await readFile(join(DIST, 'index.html'));
      assert.deepEqual(gunzipSync(page.body), html);
      assert.ok(page.body.length < html.length, 'smaller on the wire');
      const sent = site.bytesSent() - before;
      assert.ok(sent >= page.body.length && sent < page.body.length + 1024, `counted ${sent} bytes for a ${page.body.length}-byte body`);
    } finally {
      await site.close();
    }
  });

  test('with gzip, leaves images alone and answers a client that does not accept gzip in plain', async () => {
    const site = await serveSite(DIST, '/', { gzip: true });
    try {
      const image = await get(new URL('og/site.png', site.url).href, { 'accept-encoding': 'gzip' });
      assert.equal(image.headers['content-encoding'], undefined);
      assert.deepEqual(image.body, await readFile(join(DIST, 'og/site.png')));
      const plain = await get(site.url);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.deepEqual(plain.body, await readFile(join(DIST, 'index.html')));
      const missing = await get(new URL('no/such/page/', site.url).href, { 'accept-encoding': 'gzip' });
      assert.equal(missing.status, 404);
      assert.match(missing.body.toString(), /Not found/);
    } finally {
      await site.close();
    }
  });

  test('without options, never compresses (the tests see files as built)', async () => {
    const site = await serveSite(DIST);
    try {
      const page = await get(site.url, { 'accept-encoding': 'gzip' });
      assert.equal(page.headers['content-encoding'], undefined);
    } finally {
      await site.close();
    }
  });
});
