import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/** A static server over a built site, on a free loopback port. */
export interface StaticSite {
  /** Origin plus base, ending in `/`: `http://127.0.0.1:PORT/` or `http://127.0.0.1:PORT/course/argmap/`. */
  url: string;
  /** The origin alone. */
  origin: string;
  /** Bytes this server has written to its sockets so far (headers and bodies, compressed as sent). */
  bytesSent(): number;
  /** Stops the server. */
  close(): Promise<void>;
}

/** How `serveSite` serves. */
export interface ServeOptions {
  /** Compress text responses with gzip when the client accepts it, as a static host does (default false). */
  gzip?: boolean;
}

/**
 * Gzip on the wire for text worth compressing (`compression` asks mime-db, and leaves out bodies under
 * 1 kB), as a static host serves. Only gzip, even to a client that also accepts Brotli: the phone
 * benchmark measures what a gzip host sends.
 */
const gzip = compression();
const onlyGzip = (request: IncomingMessage) => {
  request.headers['accept-encoding'] = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) ? 'gzip' : 'identity';
};

/**
 * Serves `dir` (default `dist/`) at `base` (default `/`) on 127.0.0.1, as a static host would:
 * directory index pages, 404 for anything else; with `{ gzip: true }`, text compressed on the wire.
 */
export async function serveSite(dir = resolve(import.meta.dirname, '../../dist'), base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const assets = sirv(dir, { dev: true, etag: false, extensions: ['html'] });
  const prefix = base.replace(/\/$/, '');
  const serve = (request: IncomingMessage, response: ServerResponse) => {
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
  };
  const server: Server = createServer((request, response) => {
    if (!options.gzip) return serve(request, response);
    onlyGzip(request);
    // compression's types are Express's; a plain Node request and response are what it handles.
    gzip(request as never, response as never, () => serve(request, response));
  });
  // Bytes on the wire, counted where they leave: every socket's bytesWritten, open or closed.
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}/`,
    origin,
    bytesSent: () => closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((cause) => (cause ? fail(cause) : done()));
      }),
  };
}
