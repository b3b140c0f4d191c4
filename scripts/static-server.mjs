// A plain static file server on 127.0.0.1: `npm start` serves site/ with it, and the benchmark its
// pages, with the cross-origin isolation headers that give `performance.now()` its finest
// resolution (`isolated`). Text is gzipped for a client that asks, as real hosts serve it.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8',
};

/**
 * Serves `root` on `port` (by default any free one), and `pages` (path → HTML) made on the fly; resolves to
 * `{ origin, close() }`. `headers` are sent with every file (a host's CORS header, say).
 */
export function serve(root, pages = {}, { port = 0, isolated = true, headers = {} } = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path.includes('..')) return response.writeHead(403).end();
    try {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      let body = pages[path] ?? await readFile(join(root, file));
      const type = types[extname(file)];
      const gzip = type && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (gzip) body = gzipSync(body);
      response.writeHead(200, {
        'content-type': type ?? 'application/octet-stream',
        ...(gzip && { 'content-encoding': 'gzip', vary: 'accept-encoding' }),
        ...(isolated && { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }),
        'cache-control': 'max-age=600',
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  })));
}
