const RELEASE = null; // The release's manifest, which scripts/integrity writes over this first line.
// Migration Explorer's service worker: a plain same-origin script (allowed by
// `worker-src 'self'`), registered by offline.js on index.html and brief.html
// only (embed.js registers nothing: an agency's site is its own).
//
// RELEASE is { version, digest, files: [[name, sha384], …] }: every file a
// page of dist/ needs, and a short digest of their hashes, so that a rebuild
// with changed files replaces the cache even under the same version. Its
// bytes change with every release, which is how the browser finds a new worker.
//
// Install: the release's files, each checked against its hash (a server half
// way through an update is refused, and the old worker stays) and revalidated
// rather than downloaded again where the server allows it, go into a cache
// named by the folder, version and digest. Activate: the worker takes over at
// once, deletes this folder's other caches and tells its pages, which keep
// what they loaded. Fetch: the release's files come from the cache, with or
// without a network; a navigation to the folder itself is index.html; a query
// is ignored (the link is in the `#…`, which never reaches the worker).

const base = new URL('./', location).href;
const prefix = `migration-explorer ${base} `;
const cache = `${prefix}${RELEASE.version} ${RELEASE.digest}`;
const paths = new Set(RELEASE.files.map(([name]) => new URL(name, base).pathname));

addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cache)
      .then((open) => open.addAll(RELEASE.files.map(([name, integrity]) => new Request(name, { integrity, cache: 'no-cache' }))))
      .then(() => skipWaiting()),
  );
});

addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((key) => key.startsWith(prefix) && key !== cache);
      await Promise.all(old.map((key) => caches.delete(key)));
      await clients.claim();
      for (const client of await clients.matchAll()) {
        client.postMessage({ type: 'migration-explorer:offline', version: RELEASE.version, updated: old.length > 0 });
      }
    })(),
  );
});

addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  if (event.request.method !== 'GET' || url.origin !== location.origin || !paths.has(path)) return;
  event.respondWith(
    caches.open(cache).then(async (open) => {
      const hit = await open.match(new URL(path, base).href);
      // A host that redirects index.html to its folder (pretty URLs) gave a
      // redirected response, which a navigation refuses: its bytes, anew.
      return hit?.redirected ? new Response(hit.body, hit) : (hit ?? fetch(event.request));
    }),
  );
});
