import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';

/** A static server over a built site, on a free loopback port. */
export interface StaticSite {
  /** Origin plus base, ending in `/`: `http://127.0.0.1:PORT/` or `http://127.0.0.1:PORT/course/argmap/`. */
  url: string;
  /** The origin alone. */
  origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves `dir` (default `dist/`) at `base` (default `/`) on 127.0.0.1, as a static host would:
 * directory index pages, 404 for anything else.
 */
export async function serveSite(dir = resolve(import.meta.dirname, '../../dist'), base = '/'): Promise<StaticSite> {
  const assets = sirv(dir, { dev: true, etag: false, extensions: ['html'] });
  const prefix = base.replace(/\/$/, '');
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (prefix && !url.startsWith(`${prefix}/`)) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    request.url = url.slice(prefix.length) || '/';
    assets(request, response, () => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html');
      response.end('<!doctype html><title>Not found</title><p>Not found</p>');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}/`,
    origin,
    close: () => new Promise<void>((done, fail) => server.close((cause) => (cause ? fail(cause) : done()))),
  };
}
