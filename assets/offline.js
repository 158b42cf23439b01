// Offline use of the stand-alone page and brief.html, which alone load this
// file (pinned by integrity, like embed.js): registers the service worker
// (sw.js) once the page's widgets are mounted, so that a new release taking
// over never changes a file under a page still loading, and tells the page's
// own widget (the one that owns the link) once per version that the release
// is saved for offline use, or that a new one replaced it. Outside a secure
// context (plain http, but for localhost) browsers have no service workers:
// nothing happens, and the page works online as before. embed.js registers
// nothing: an agency's pages are its own (EMBEDDING.md).
import { mounted } from './embed.js';

const KEY = 'migration-explorer-offline';
const worker = navigator.serviceWorker;

// { version, updated, said } of the release the worker last installed.
function stored() {
  try {
    return JSON.parse(localStorage.getItem(KEY));
  } catch {
    return null;
  }
}

// Said by the widget that owns the link, which marks the event's detail as
// heard; until then (it may not be listening yet, and brief.html's has no
// status region) it is tried again, here and on the next page.
function tell(release, tries = 40) {
  const detail = { ...release };
  dispatchEvent(new CustomEvent('migration-explorer:offline', { detail }));
  if (detail.heard) {
    try {
      localStorage.setItem(KEY, JSON.stringify({ ...release, said: true }));
    } catch {}
  } else if (tries > 0) {
    setTimeout(() => tell(release, tries - 1), 250);
  }
}

if (worker) {
  worker.onmessage = ({ data }) => {
    if (data?.type !== 'migration-explorer:offline' || stored()?.version === data.version) return;
    const release = { version: data.version, updated: data.updated };
    try {
      localStorage.setItem(KEY, JSON.stringify(release));
    } catch {
      return;
    }
    tell(release);
  };
  const last = stored();
  if (last && !last.said) tell(last);
  // Offline, the browser's check for a new worker fails: the cached one serves.
  mounted.then(() => worker.register(new URL('sw.js', import.meta.url)).catch(() => {}));
}
