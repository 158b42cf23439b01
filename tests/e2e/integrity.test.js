// A release an agency can pin: the snippet's integrity hash is the built
// embed.js's, and embed.js refuses, with a visible message, any file it loads
// that was changed after the build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './lib/server.js';
import { launch, openPage } from './lib/browser.js';
import { APP, DIST, ROOT, chartsDrawn, requireBuild, setUp, widget } from './lib/fixtures.js';

const sri = (file) => `sha384-${crypto.createHash('sha384').update(fs.readFileSync(file)).digest('base64')}`;

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/** An agency page holding one widget and the pinned script snippet. */
const agencyPage = (integrity, lang = 'en') => `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body><h1>Brief</h1><div data-migration-explorer data-preset="mali-2022"></div>
<script type="module" src="${APP}embed.js" integrity="${integrity}" crossorigin="anonymous"></script></body></html>`;

test('the share panel and the stand-alone page pin the built embed.js by its SHA-384', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022`);
  await chartsDrawn(page);
  await widget(page).getByRole('button', { name: 'Share / embed' }).click();
  const script = await widget(page).getByRole('textbox', { name: 'Embed in a page with a script' }).inputValue();
  const pinned = /integrity="([^"]+)" crossorigin="anonymous"/.exec(script);
  assert.ok(pinned, script);
  assert.equal(pinned[1], sri(path.join(DIST, 'embed.js')));
  // Taken from the page's pin: embed.js is downloaded once, not again to hash it.
  const downloads = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/embed.js')).length);
  assert.equal(downloads, 1);
  // index.html pins the same loader and the module it preloads. (The
  // WebAssembly's preload is checked by embed.js's fetch, which reuses it.)
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  for (const file of ['embed.js', 'migration-explorer.js']) {
    assert.ok(html.includes(sri(path.join(DIST, file))), `index.html pins ${file}`);
  }
  assert.deepEqual(log.warnings.filter((w) => /integrity/i.test(w)), [], 'no integrity warning');
  // What embed.js checks is what was built.
  const embed = fs.readFileSync(path.join(DIST, 'embed.js'), 'utf8');
  for (const file of ['migration-explorer.js', 'migration-explorer_bg.wasm', 'widget.css']) {
    assert.ok(embed.includes(sri(path.join(DIST, file))), `embed.js pins ${file}`);
  }
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a page that does not pin embed.js gets the same hash in its share panel (embed.js hashes itself)', async () => {
  const { page, log } = await env.open();
  await page.route(`${env.server.url}/unpinned.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: agencyPage('').replace(' integrity=""', '') }),
  );
  await page.goto(`${env.server.url}/unpinned.html`);
  await chartsDrawn(page);
  await widget(page).getByRole('button', { name: 'Share / embed' }).click();
  const script = await widget(page).getByRole('textbox', { name: 'Embed in a page with a script' }).inputValue();
  assert.equal(/integrity="([^"]+)"/.exec(script)?.[1], sri(path.join(DIST, 'embed.js')), script);
  assert.deepEqual(log.errors, []);
  await page.close();
});

/**
 * The built files with one of them changed by `change(bytes)`, served under
 * APP, with a fresh browser; everything is removed when the test ends.
 */
async function servedWithChange(t, file, change, { pageLang, ...options } = {}) {
  requireBuild();
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'mx-tampered-'));
  fs.cpSync(DIST, copy, { recursive: true });
  const target = path.join(copy, file);
  fs.writeFileSync(target, change(fs.readFileSync(target)));
  const server = await serve({ mounts: { [APP]: copy } });
  const browser = await launch(options);
  t.after(async () => {
    await browser.close();
    await server.close();
    fs.rmSync(copy, { recursive: true, force: true });
  });
  // The agency pinned the release's embed.js, as built.
  const { page, log } = await openPage(browser);
  await page.route(`${server.url}/brief.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: agencyPage(sri(path.join(DIST, 'embed.js')), pageLang) }),
  );
  return { server, page, log };
}

for (const [who, options, lang] of [
  ['a French page', { pageLang: 'fr' }, 'fr'],
  ['a page without a language, in a French browser', { pageLang: '', locale: 'fr-FR' }, 'fr'],
  ['an English page, in a French browser', { pageLang: 'en', locale: 'fr-FR' }, 'en'],
]) {
  test(`the refusal speaks the reader's language: ${who}`, async (t) => {
    const appended = (bytes) => Buffer.concat([bytes, Buffer.from('\n;globalThis.tampered = true;\n')]);
    const { server, page } = await servedWithChange(t, 'migration-explorer.js', appended, options);
    await page.goto(`${server.url}/brief.html`);
    const alert = page.locator('[data-migration-explorer] [role="alert"]');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('lang'), lang);
    const words = lang === 'fr' ? /n'a pas pu démarrer : l'un de ses fichiers manque/ : /could not start: one of its files is missing/;
    assert.match(await alert.textContent(), words);
    await page.close();
  });
}

// Each change keeps the file valid, so that only the hash can refuse it.
const TAMPERINGS = [
  ['migration-explorer.js', (bytes) => Buffer.concat([bytes, Buffer.from('\n;globalThis.tampered = true;\n')])],
  // A custom section named "evil": still a valid WebAssembly module.
  ['migration-explorer_bg.wasm', (bytes) => Buffer.concat([bytes, Buffer.from([0, 5, 4, 0x65, 0x76, 0x69, 0x6c])])],
  ['widget.css', (bytes) => Buffer.concat([bytes, Buffer.from('\n.mx { display: none; }\n')])],
];

for (const [file, tamper] of TAMPERINGS) {
  test(`a changed ${file} is refused with a visible message, not run`, async (t) => {
    const { server, page, log } = await servedWithChange(t, file, tamper);
    await page.goto(`${server.url}/brief.html`);
    const alert = page.locator('[data-migration-explorer] [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not start: one of its files is missing, or does not match this release/);
    assert.equal(await page.evaluate(() => document.querySelector('[data-migration-explorer]').shadowRoot), null, 'no widget was mounted');
    assert.equal(await page.evaluate(() => globalThis.tampered ?? false), false, 'the changed code never ran');
    assert.ok(log.errors.some((e) => /integrity|digest/i.test(e)), `the browser names the integrity check: ${log.errors.join(' | ')}`);
    await page.close();
  });
}

test('the stand-alone page, which preloads the WebAssembly, refuses a changed one too', async (t) => {
  const [file, tamper] = TAMPERINGS[1];
  const { server, page, log } = await servedWithChange(t, file, tamper);
  await page.goto(`${server.url}${APP}index.html`);
  const alert = page.locator('[data-migration-explorer] [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /does not match this release/);
  assert.equal(server.requests.filter((r) => r.endsWith('.wasm')).length, 1, 'the preload is what was checked');
  assert.ok(log.errors.some((e) => /integrity|digest/i.test(e)), log.errors.join(' | '));
});

test('a changed embed.js is refused by the page that pinned it', async (t) => {
  const { server, page, log } = await servedWithChange(t, 'embed.js', (bytes) =>
    Buffer.concat([bytes, Buffer.from('\nglobalThis.tampered = true;\n')]),
  );
  // The browser reports the refusal on the console; wait for that, not a clock.
  const refused = page.waitForEvent('console', { predicate: (m) => /integrity|digest/i.test(m.text()) });
  await page.goto(`${server.url}/brief.html`);
  await refused;
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => globalThis.tampered ?? false), false);
  assert.equal(await page.evaluate(() => document.querySelector('[data-migration-explorer]').shadowRoot), null);
  assert.ok(!server.requests.some((r) => r.endsWith('.wasm')), 'nothing further was loaded');
  assert.ok(log.errors.length > 0);
});

test('the Assumptions view names the version, every source with its terms, and how to cite', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#v=3&view=assumptions`);
  const w = widget(page);
  await w.locator('#mx-version').waitFor();
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const version = /\[workspace\.package\]\s*\nversion = "([^"]+)"/.exec(cargo)[1];
  const presets = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/data/presets.json'), 'utf8'));
  assert.match(await w.locator('#mx-version').textContent(), new RegExp(`Migration Explorer ${version.replaceAll('.', '\\.')}: model version 3, data version ${presets.data_version}`));
  assert.match(await w.locator('#mx-cite').textContent(), new RegExp(`How to cite: Migration Explorer, version ${version.replaceAll('.', '\\.')}`));
  const sources = await w.locator('.mx-sources').textContent();
  for (const [key, source] of Object.entries(presets.sources)) {
    assert.ok(sources.includes(key) && sources.includes(source.licence.en), `${key} with its terms`);
  }
  assert.match(sources, /CC BY 4\.0/);
  assert.match(await w.locator('.mx-attribution').textContent(), /it is ours, not the sources'/);
  // In French, the sources' names and terms as presets.json words them in French.
  await w.getByRole('button', { name: 'FR', exact: true }).click();
  await w.locator('.mx[lang="fr"] .mx-sources').waitFor();
  const french = await w.locator('.mx-sources').textContent();
  for (const [key, source] of Object.entries(presets.sources)) {
    assert.ok(french.includes(source.name.fr) && french.includes(source.licence.fr), `${key} in French`);
  }
  assert.deepEqual(log.errors, []);
  await page.close();
});
