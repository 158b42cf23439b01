// A static file server for the tests: serves a folder under a path prefix
// (the release build from a sub-folder), with optional extra headers (CSP),
// and records every request so tests can assert what the page fetched.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
};

/**
 * Starts a server on 127.0.0.1 (or `host`). `mounts` maps URL prefixes to folders, e.g.
 * { '/apps/explorer/': 'dist', '/': 'tests/e2e/pages' }. `headers(urlPath)`
 * returns extra response headers. Resolves to { url, port, requests, close }.
 */
export async function serve({ mounts, headers = () => ({}), port = 0, host = '127.0.0.1' }) {
  const requests = [];
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = http.createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(urlPath);
    const prefix = prefixes.find((p) => urlPath.startsWith(p));
    if (!prefix) {
      res.writeHead(404).end();
      return;
    }
    const root = path.resolve(mounts[prefix]);
    let file = path.resolve(root, '.' + path.sep + urlPath.slice(prefix.length));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await fs.stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await fs.readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(urlPath),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const actual = server.address().port;
  return {
    port: actual,
    url: `http://${host}:${actual}`,
    requests,
    // Also ends idle keep-alive connections, so that closing never waits for
    // a page a failed test left open.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
