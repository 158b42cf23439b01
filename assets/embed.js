// Migration Explorer loader: a plain ES module, no inline script, no eval.
//
//   <div data-migration-explorer data-preset="mali-2022"></div>
//   <script type="module" src="…/embed.js"></script>
//
// Every such element becomes an independent widget. Elements added later:
//   import { mount } from '…/embed.js';
//   const widget = await mount(element);   …   widget.destroy();
import init, { mount as mountWidget } from './migration-explorer.js';

// The folder this file is served from: the widget's CSS and WebAssembly sit
// next to it, wherever dist/ is copied.
const base = new URL('./', import.meta.url).href;
const ready = init({ module_or_path: new URL('migration-explorer_bg.wasm', base) });
const widgets = new WeakMap();

// The error panel's reload button works without WebAssembly, which may be
// unusable after a panic.
function onClick(event) {
  const target = event.target;
  if (target instanceof Element && target.closest('[data-mx-reload]')) {
    location.reload();
  }
}

// Shown when the widget cannot start at all (no WebAssembly, file missing).
function showLoadError(element, error) {
  console.error('Migration Explorer could not start:', error);
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = 'Migration Explorer could not start. Reloading the page may help.';
  element.replaceChildren(message);
}

/** Mounts a widget in `element` and returns a handle with `destroy()`. */
export async function mount(element) {
  if (widgets.has(element)) {
    return widgets.get(element);
  }
  let widget;
  try {
    await ready;
    widget = mountWidget(element, base);
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
