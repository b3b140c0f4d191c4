// A static host for a published site, as a CDN serves one: files by path, `index.html` for a
// folder, and `Access-Control-Allow-Origin: *` on the library files (as the site's `_headers`
// asks), so embeds in sandboxed iframes, which have no origin, may fetch them. It records every
// path asked for.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1 (`port` 0: any free port); `pages` adds in-memory pages by path. */
export async function host(dir, { port = 0, pages = {} } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': types['.html'] });
      return res.end(pages[path]);
    }
    let file = join(dir, normalize(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    if (path.startsWith('/lib/')) headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((done) => {
    server.close(done);
    server.closeAllConnections();
  }) };
}
