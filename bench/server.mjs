// A static file server for the benchmark pages: the repository root on 127.0.0.1, with the
// cross-origin isolation headers that give `performance.now()` its finest resolution, and text
// gzipped for a client that asks, as real hosts serve it.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8',
};

/**
 * Serves `root` on an ephemeral port, and `pages` (path → HTML) made on the fly; resolves to
 * `{ origin, close() }`.
 */
export function serve(root, pages = {}) {
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
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cache-control': 'max-age=600',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  })));
}
