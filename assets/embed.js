// Migration Explorer loader: a plain ES module, no inline script, no eval.
//
//   <div data-migration-explorer data-preset="mali-2022"></div>
//   <script type="module" src="…/embed.js" integrity="sha384-…" crossorigin="anonymous"></script>
//
// Every such element becomes an independent widget. Elements added later:
//   import { mount } from '…/embed.js';
//   const widget = await mount(element);   …   widget.destroy();

// The SHA-384 of every file this loader fetches, written here at build time by
// scripts/integrity. A page that pins this file (<script integrity>) thereby
// pins them all: a file changed on the server after the build is refused with
// a visible message, never run.
const INTEGRITY = null;

// What the single file (tools/js/single-file.mjs) gives inline instead of
// files: { bindings, wasm (a promise of its bytes), css (widget.css's text) }.
// Null here, so that minifying dist/embed.js drops every use of it.
const INLINE = null;

// The folder this file is served from: the widget's files sit next to it,
// wherever dist/ is copied.
const base = new URL('./', import.meta.url).href;
const widgets = new WeakMap();

// A module is only imported once a preload with its hash has succeeded: the
// import then takes the verified module (an import() has no integrity
// option). `error` if it is missing or does not match (the browser names which).
function preloadModule(file, integrity) {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), {
      rel: 'modulepreload',
      href: new URL(file, base).href,
      integrity,
      crossOrigin: 'anonymous',
    });
    link.onload = resolve;
    link.onerror = reject;
    document.head.append(link);
  });
}

// A file fetched and checked against its hash: fetch refuses a file that
// does not match it (an error page never does). Its defaults (mode cors,
// credentials same-origin) are those of a preload with crossorigin=anonymous,
// whose bytes it then takes.
const verified = (file, integrity) => fetch(new URL(file, base), { integrity });

// This file's own hash, for the share panel's integrity-pinned snippet:
// the page's own pin when it has one (the browser checked this file against
// it), with no second download at start; otherwise this file fetched and
// hashed (empty where the browser has no Web Crypto, plain http on another
// host: `crypto.subtle.digest` is looked up, and fails, before the fetch).
async function ownIntegrity() {
  const pinned = [...document.querySelectorAll('script[integrity]')].find((s) => s.src === import.meta.url)?.integrity;
  if (/^sha384-[A-Za-z0-9+/]+=*$/.test(pinned)) return pinned;
  const digest = await crypto.subtle.digest('SHA-384', await (await fetch(import.meta.url)).arrayBuffer());
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

// Every file is asked for at once: the WebAssembly downloads and compiles
// while the bindings are checked. The style sheet, checked by its fetch,
// becomes one constructed sheet that every widget's shadow root adopts
// before it mounts: each widget shows styled from its first frame, with no
// <link> to wait for (and no policy needs to allow it, CSSOM). The single
// file gives the same three things inline.
const ready = (async () => {
  let bindings, css, own;
  if (INLINE) {
    await INLINE.bindings.default({ module_or_path: await INLINE.wasm });
    [bindings, css, own] = [INLINE.bindings, INLINE.css, ''];
  } else {
    if (!INTEGRITY) {
      throw new Error('embed.js was not built by scripts/integrity');
    }
    const wasm = verified('migration-explorer_bg.wasm', INTEGRITY.wasm);
    [bindings, css, own] = await Promise.all([
      preloadModule('migration-explorer.js', INTEGRITY.bindings).then(async () => {
        const bindings = await import(new URL('migration-explorer.js', base).href);
        await bindings.default({ module_or_path: wasm });
        return bindings;
      }),
      verified('widget.css', INTEGRITY.css).then((response) => response.text()),
      ownIntegrity().catch(() => ''),
    ]);
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return { bindings, sheet, own };
})();
// Each mount() reports a failure where the widget would be; a page with no
// widget yet has nothing to report.
ready.catch(() => {});

// The error panel's reload button works without WebAssembly, which may be
// unusable after a panic.
function onClick(event) {
  const target = event.target;
  if (target instanceof Element && target.closest('[data-mx-reload]')) {
    location.reload();
  }
}

// Shown when the widget cannot start at all (no WebAssembly, a file missing or
// changed), so without the widget's catalogue: its two languages are here, and
// chosen as the widget chooses (src/config.rs): the link's `lang` for the
// widget that owns it, the element's `data-lang`, the page's <html lang>, the
// browser's languages, English.
const LOAD_ERROR = {
  en: 'Migration Explorer could not start: one of its files is missing, or does not match this release. ' +
    'Reloading the page may help; if not, the site needs to reinstall the widget.',
  fr: "Migration Explorer n'a pas pu démarrer : l'un de ses fichiers manque ou ne correspond pas à cette version. " +
    "Recharger la page peut suffire ; sinon, le site doit réinstaller le widget.",
};

function loadErrorLang(element) {
  const link = element.hasAttribute('data-url-state')
    ? new URLSearchParams(location.hash.slice(1)).get('lang')
    : null;
  const wanted = [link, element.getAttribute('data-lang'), document.documentElement.lang, ...navigator.languages];
  for (const tag of wanted) {
    const primary = (tag ?? '').split(/[-_]/)[0].toLowerCase();
    if (primary in LOAD_ERROR) return primary;
  }
  return 'en';
}

function showLoadError(element, error) {
  console.error('Migration Explorer could not start:', error);
  const message = document.createElement('p');
  const lang = loadErrorLang(element);
  message.setAttribute('role', 'alert');
  message.setAttribute('lang', lang);
  message.setAttribute('data-mx-load-error', '');
  message.textContent = LOAD_ERROR[lang];
  element.replaceChildren(message);
}

/** Mounts a widget in `element` and returns a handle with `destroy()`. */
export async function mount(element) {
  if (widgets.has(element)) {
    return widgets.get(element);
  }
  let widget;
  try {
    const { bindings, sheet, own } = await ready;
    (element.shadowRoot ?? element.attachShadow({ mode: 'open' })).adoptedStyleSheets = [sheet];
    // The single file has no folder: its base is its public address, if any
    // (edited by hand, perhaps a folder's: then its index.html).
    const address = INLINE ? (element.getAttribute('data-public-url') ?? '').replace(/\/$/, '/index.html') : base;
    widget = bindings.mount(element, address, own);
  } catch (error) {
    showLoadError(element, error);
    throw error;
  }
  element.shadowRoot.addEventListener('click', onClick);
  const handle = {
    element,
    destroy() {
      if (!widgets.has(element)) return;
      widgets.delete(element);
      element.shadowRoot.removeEventListener('click', onClick);
      widget.destroy();
      widget.free();
    },
  };
  widgets.set(element, handle);
  return handle;
}

/** Resolves when every widget present at load time is mounted. */
export const mounted = Promise.allSettled(
  Array.from(document.querySelectorAll('[data-migration-explorer]'), (element) => mount(element)),
);
