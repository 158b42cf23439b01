// A person's edit of the link (the address bar, or a page's script setting
// location.hash) is never lost, whenever it comes: before the module loads,
// between the widget's mount and its first draw, or right after that draw,
// when the widget's own link write (250 ms after a change) is overdue. The
// last failed before the fix: the write put the opened link back before the
// edit's `hashchange` was handled, which then read the opened link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, chartsDrawn, summary, widget, setBadges, expectHash } from './lib/fixtures.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const OPENED = '#v=3&preset=mali-2000&host=cote-divoire&transfer_cost=0.03';
const EDITED = '#v=3&preset=bangladesh-2000&invested_share=0.5';
/** The edited link as the widget writes it back: every setting, nothing of the opened one. */
const WRITTEN = 'v=3&preset=bangladesh-2000&host=saudi-arabia&invested_share=0.5&view=origin&lang=en';

/**
 * Before any script of the page: records every link the page writes after
 * the edit (`history.replaceState`), and, for `stage` 'mount' or 'draw',
 * edits the link at that moment, seen by a MutationObserver on the widget's
 * shadow root. 'mount': when the widget's first render adds its root (`.mx`),
 * before its effects run (Yew lets the browser run in between). 'draw': in
 * the frame after the first chart is drawn (`data-drawn`), on a machine busy
 * long enough that the widget's first link write, 250 ms after its mount, is
 * overdue: the edit comes first, its `hashchange` after that write.
 */
function watch({ stage, edited }) {
  window.writesAfterEdit = [];
  const replaceState = History.prototype.replaceState;
  History.prototype.replaceState = function (...args) {
    if (window.edited) window.writesAfterEdit.push(String(args[2]));
    return replaceState.apply(this, args);
  };
  if (stage === 'load') return;
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (...args) {
    const root = attachShadow.apply(this, args);
    const observer = new MutationObserver((records) => {
      const due =
        stage === 'mount'
          ? records.some((r) => [...r.addedNodes].some((n) => n.classList?.contains('mx')))
          : records.some((r) => r.attributeName === 'data-drawn');
      if (!due) return;
      observer.disconnect();
      const edit = () => {
        location.hash = edited;
        window.edited = true;
      };
      if (stage === 'mount') {
        window.drawnAtEdit = root.querySelectorAll('canvas[data-drawn]').length;
        edit();
        return;
      }
      // The next frame, after 400 ms of work (a loaded machine): the
      // widget's write is overdue, but a frame after a long task runs first.
      requestAnimationFrame(edit);
      const end = performance.now() + 400;
      while (performance.now() < end);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
    return root;
  };
}

/** Checks that the widget shows the edited link's scenario, and writes that link. */
async function showsEdit(page) {
  await page.waitForFunction(() => window.edited);
  await chartsDrawn(page);
  // The opened link's scenario may show first; the edited one must follow.
  await page.waitForFunction(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#mx-summary')?.textContent.includes('Bangladesh'));
  const value = (label) => widget(page).getByLabel(label, { exact: true }).inputValue();
  assert.equal(await value('Share of remittances invested'), '0.5');
  assert.deepEqual(await setBadges(page), ['Share of remittances invested'], 'only what the edited link sets shows as set');
  await expectHash(page, WRITTEN, 'the edited link, written back in full');
  assert.match(await summary(page), /Bangladesh/);
  const writes = await page.evaluate(() => window.writesAfterEdit);
  assert.deepEqual(writes.filter((url) => !url.includes('preset=bangladesh-2000')), [], 'the opened link is never written back over the edit');
}

test('a link edited before the module loads shows', async () => {
  const { page, log } = await env.open();
  await page.addInitScript(watch, { stage: 'load', edited: EDITED });
  // The WebAssembly is held until the link has been edited.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/migration-explorer_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${env.server.url}${APP}index.html${OPENED}`, { waitUntil: 'domcontentloaded' });
  // embed.js has run (a module script runs before DOMContentLoaded); no widget yet.
  assert.equal(await page.evaluate(() => document.querySelector('[data-migration-explorer]').shadowRoot), null);
  await page.evaluate((edited) => {
    location.hash = edited;
    window.edited = true;
  }, EDITED);
  release();
  await showsEdit(page);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a link edited between the mount and the first draw shows', async () => {
  const { page, log } = await env.open();
  await page.addInitScript(watch, { stage: 'mount', edited: EDITED });
  await page.goto(`${env.server.url}${APP}index.html${OPENED}`);
  await showsEdit(page);
  assert.equal(await page.evaluate(() => window.drawnAtEdit), 0, 'edited before any chart was drawn');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a link edited right after the first draw shows', async () => {
  const { page, log } = await env.open();
  await page.addInitScript(watch, { stage: 'draw', edited: EDITED });
  await page.goto(`${env.server.url}${APP}index.html${OPENED}`);
  await showsEdit(page);
  assert.deepEqual(log.errors, []);
  await page.close();
});
