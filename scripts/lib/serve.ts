import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import { createGzip } from 'node:zlib';
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

/** Content types worth compressing; images, fonts and Pagefind's own compressed files are not. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|wasm|xml|manifest\+json)|image\/svg\+xml)/i;

/**
 * Makes one response gzip its body when its content type is worth it, whatever writes it (sirv pipes a
 * file stream; the 404 handler ends with a string). Content-Length goes, Content-Encoding comes.
 */
function gzipResponse(response: ServerResponse): void {
  const original = {
    writeHead: response.writeHead,
    write: response.write as (this: ServerResponse, ...args: unknown[]) => boolean,
    end: response.end as (this: ServerResponse, ...args: unknown[]) => ServerResponse,
  };
  let gzip: ReturnType<typeof createGzip> | undefined;
  let decided = false;
  const decide = () => {
    if (decided) return;
    decided = true;
    const type = String(response.getHeader('content-type') ?? '');
    if (response.statusCode !== 200 || !COMPRESSIBLE.test(type)) return;
    response.removeHeader('content-length');
    response.setHeader('content-encoding', 'gzip');
    response.setHeader('vary', 'Accept-Encoding');
    gzip = createGzip({ level: 6 });
    gzip.on('data', (chunk: Buffer) => original.write.call(response, chunk));
    gzip.on('end', () => original.end.call(response));
  };
  // Headers given to writeHead are moved onto the response first, so `decide` sees and can change them.
  response.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as Record<string, string | number | string[]> | undefined;
    this.statusCode = status;
    for (const [name, value] of Object.entries(headers ?? {})) this.setHeader(name, value);
    decide();
    return original.writeHead.call(this, status);
  } as ServerResponse['writeHead'];
  response.write = function write(this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!this.headersSent) this.writeHead(this.statusCode);
    if (!gzip) return original.write.call(this, chunk, ...rest);
    gzip.write(chunk as Buffer);
    return true;
  } as ServerResponse['write'];
  response.end = function end(this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (!this.headersSent) this.writeHead(this.statusCode);
    if (!gzip) return original.end.call(this, chunk, ...rest);
    if (chunk !== undefined && typeof chunk !== 'function') gzip.write(chunk as Buffer);
    gzip.end();
    return this;
  } as ServerResponse['end'];
}

/**
 * Serves `dir` (default `dist/`) at `base` (default `/`) on 127.0.0.1, as a static host would:
 * directory index pages, 404 for anything else; with `{ gzip: true }`, text compressed on the wire.
 */
export async function serveSite(dir = resolve(import.meta.dirname, '../../dist'), base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const assets = sirv(dir, { dev: true, etag: false, extensions: ['html'] });
  const prefix = base.replace(/\/$/, '');
  const server: Server = createServer((request, response) => {
    if (options.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) gzipResponse(response);
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
