// The widget in a real browser, used like a person uses it: the release
// build served from a sub-folder, headless Chromium, nothing mocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage } from './lib/browser.js';
import { setUp, APP, DIST, canvases, chartsDrawn, pixels, summary, widget, moveLever, setBadges, sim, expectHash } from './lib/fixtures.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

// The main panel, in its order: the scenario levers of Group::Main, then
// its one assumption (crates/model/src/params.rs), by their English labels
// (src/i18n/en.rs). The test below checks that the panel shows exactly these.
const MAIN_LEVERS = [
  ['Unskilled emigration rate', 0.045],
  ['Skilled emigration rate', 0.04],
  ['Remittances sent by unskilled migrants', 0.5],
  ['Remittances sent by skilled migrants', 0.3],
  ['Transfer cost', 0.15],
  ['Share of remittances invested', 0.6],
  ['Return rate of unskilled migrants', 0.3],
  ['Return rate of skilled migrants', 0.3],
  ['Irregular migration share', 0.8],
  ['Years simulated', 15],
];

/** Labels of the levers in the main panel, outside "Advanced", in page order. */
const mainPanelLabels = (page) =>
  page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-levers .mx-lever')]
      .filter((lever) => !lever.closest('details'))
      .map((lever) => lever.querySelector('label').textContent),
  );

const load = (hash, options) => env.load(hash, options);

test('the page loads with every origin chart drawn, a summary and no console error', async () => {
  const { page, log } = await load();
  const charts = await canvases(page);
  assert.deepEqual(charts.map((c) => c.chart), ['income', 'home-wages', 'skills', 'skilled-emigration', 'remittances', 'transfer-costs', 'capital']);
  const text = await summary(page);
  assert.match(text, /By 2052, income per worker \(GDP \+ remittances\) in Bangladesh is 0\.0\u00a0% against the baseline: US\$[\d,]+ against US\$[\d,]+/);
  assert.match(text, /migration optimum for skilled emigration is 0\.45\u00a0% a year/);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the tabs work with the keyboard', async () => {
  const { page } = await load();
  const w = widget(page);
  await w.getByRole('tab', { name: 'Origin country' }).focus();
  await page.keyboard.press('ArrowRight');
  await w.getByRole('tab', { name: 'Host country', selected: true }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('[data-migration-explorer]').shadowRoot.activeElement.id), 'tab-host');
  await chartsDrawn(page);
  assert.deepEqual((await canvases(page)).map((c) => c.chart), ['host-immigrants', 'host-surplus', 'host-wages', 'host-fiscal', 'host-outflow']);
  await page.keyboard.press('End');
  await w.getByRole('tab', { name: 'Lessons', selected: true }).waitFor();
  await page.keyboard.press('ArrowRight');
  await w.getByRole('tab', { name: 'Origin country', selected: true }).waitFor();
  await page.close();
});

test('the page makes no request outside its own origin', async () => {
  const { page, log } = await load();
  // Visit every view so that everything the widget can load is loaded.
  for (const tab of ['Host country', 'Migration optimum', "The document's themes", 'Assumptions and limits', 'Lessons']) {
    await widget(page).getByRole('tab', { name: tab }).click();
  }
  assert.ok(log.requests.length >= 5, 'the page, loader, bindings, wasm and CSS were requested');
  const foreign = log.requests.filter((url) => !url.startsWith(env.server.url + '/') && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await page.close();
});

test('each main lever, found by its label, changes the charts and the summary', async () => {
  const { page, log } = await load();
  assert.deepEqual(await mainPanelLabels(page), MAIN_LEVERS.map(([label]) => label), 'the main panel holds exactly these levers');
  for (const [label, value] of MAIN_LEVERS) {
    await page.goto(`${env.server.url}${APP}index.html#v=3`);
    await page.reload();
    await chartsDrawn(page);
    assert.deepEqual(await setBadges(page), [], `${label}: nothing is set before`);
    const [pictures, words] = [await pixels(page), await summary(page)];
    await moveLever(page, label, value);
    const [after, afterWords] = [await pixels(page), await summary(page)];
    assert.notEqual(after.income, pictures.income, `${label}: income chart pixels change`);
    assert.notEqual(afterWords, words, `${label}: the summary changes`);
    const shown = await widget(page).getByLabel(label, { exact: true }).inputValue();
    assert.equal(Number(shown), value, `${label}: the slider holds the value`);
    assert.deepEqual(await setBadges(page), [label], `${label}: it, and only it, shows the "set" badge`);
  }
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('switching the country changes the numbers and the host countries', async () => {
  const { page } = await load();
  const before = await summary(page);
  const w = widget(page);
  await w.getByLabel('Country', { exact: true }).selectOption({ label: 'Mali 2022' });
  await page.waitForFunction(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#mx-summary').textContent.includes('Mali'));
  const after = await summary(page);
  assert.notEqual(after, before);
  assert.match(after, /income per worker \(GDP \+ remittances\) in Mali/);
  const hosts = await w.getByLabel('Host country', { exact: true }).locator('option').allTextContents();
  assert.deepEqual(hosts, ['France', "Côte d'Ivoire", 'Nigeria'], "Mali's three hosts, France its default");
  await w.getByLabel('Host country', { exact: true }).selectOption({ label: "Côte d'Ivoire" });
  await page.waitForFunction(() => location.hash.includes('host=cote-divoire'));
  await page.close();
});

test('reset restores the baseline numbers and pictures', async () => {
  const { page } = await load('#v=3&preset=mali-2022');
  const [pictures, words] = [await pixels(page), await summary(page)];
  await moveLever(page, 'Transfer cost', 0.12);
  await moveLever(page, 'Share of remittances invested', 0.55);
  assert.notEqual(await summary(page), words);
  await widget(page).getByRole('button', { name: 'Reset to baseline' }).click();
  await page.waitForFunction((words) => document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#mx-summary').textContent === words, words);
  // Effects draw right after the render that changed the summary; two frames is ample.
  await page.evaluate(async () => {
    await window.__mxFrame();
    await window.__mxFrame();
  });
  assert.deepEqual(await pixels(page), pictures);
  // Nothing is set any more, so the link carries no lever.
  await expectHash(page, 'v=3&preset=mali-2022&host=france&view=origin&lang=en');
  assert.deepEqual(await setBadges(page), []);
  await page.close();
});

test('the CSV download equals migration-sim for the same settings', async () => {
  // An assumption from the link, two levers moved by hand.
  const { page } = await load('#v=3&preset=mali-2022&host=france&saving_rate=0.25');
  await moveLever(page, 'Transfer cost', 0.03);
  await moveLever(page, 'Share of remittances invested', 0.45);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget(page).getByRole('button', { name: 'Download data (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'migration-explorer-mali-2022-france.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const expected = sim('--preset', 'mali-2022', '--host', 'france', '--set', 'saving_rate=0.25', '--set', 'transfer_cost=0.03', '--set', 'invested_share=0.45');
  assert.equal(csv, expected);
  // The 22 columns of docs/model.md §5, in order: migration-sim's own header.
  const header = csv.split('\n')[0].split(',');
  assert.deepEqual(header, [
    'year', 'gdp_usd', 'income_per_worker_usd', 'unskilled_stayer_income_usd', 'skilled_stayer_income_usd',
    'wage_unskilled_usd', 'wage_skilled_usd', 'income_per_native_usd', 'remittances_usd', 'remittances_to_gdp',
    'transfer_costs_usd', 'transfer_costs_to_gdp', 'skilled_share', 'skilled_emigration_rate', 'capital_to_gdp',
    'diaspora_people', 'corridor_migrants', 'host_immigrant_share', 'host_surplus_pct_gdp', 'host_native_wage_change_pct',
    'host_fiscal_pct_gdp', 'host_remittance_outflow_pct_gdp',
  ]);
  // One row per year, 2022 to 2052, each with 22 fields.
  const rows = csv.trim().split('\n').slice(1);
  assert.equal(rows.length, 31);
  assert.ok(rows.every((r) => r.split(',').length === 22));
  // The assumption counted: without it the numbers differ.
  assert.notEqual(csv, sim('--preset', 'mali-2022', '--host', 'france', '--set', 'transfer_cost=0.03', '--set', 'invested_share=0.45'));
  await page.close();
});

test('charts are sharp on high-density screens and follow their container', async (t) => {
  const dense = await launch({ deviceScaleFactor: 2 });
  t.after(() => dense.close());
  const { page } = await openPage(dense);
  await page.goto(`${env.server.url}${APP}index.html`);
  await chartsDrawn(page);
  assert.equal(await page.evaluate(() => devicePixelRatio), 2);
  for (const c of await canvases(page)) {
    assert.ok(c.cssWidth > 200, `${c.chart} has a size`);
    assert.equal(c.width, 2 * c.cssWidth, `${c.chart}: backing store is twice the CSS width`);
    assert.equal(c.height, 2 * c.cssHeight, `${c.chart}: and twice the CSS height`);
  }
  const wide = (await canvases(page))[0];
  await page.setViewportSize({ width: 700, height: 900 });
  await page.waitForFunction((w) => {
    const c = document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('canvas[data-chart]');
    return c.clientWidth !== w && c.width === 2 * c.clientWidth;
  }, wide.cssWidth);
});

// The panel itself (its words, its role, the button's data-mx-reload) is built
// by Rust after a panic, which the shipped build has no way to cause: the
// in-browser component test panics through the test-hooks feature and checks
// it (tests/browser, a_panic_shows_the_error_panel_with_a_reload_button).
// Here, the same panel in the shipped widget: embed.js's reload.
test('the error panel\'s reload button, handled by embed.js, reloads the page and the scenario comes back', async () => {
  const { page, log } = await load('#v=3&preset=mali-2000&transfer_cost=0.05');
  // The panel as src/web/panic.rs builds it, in the widget's container.
  await page.evaluate(() => {
    const container = document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('.mx-host');
    const panel = document.createElement('div');
    panel.className = 'mx-error';
    panel.setAttribute('role', 'alert');
    const heading = document.createElement('h2');
    heading.textContent = 'Migration Explorer stopped';
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'mx-button';
    reload.setAttribute('data-mx-reload', '');
    reload.textContent = 'Reload';
    panel.append(heading, reload);
    container.replaceChildren(panel);
  });
  const panel = widget(page).getByRole('alert');
  assert.match(await panel.textContent(), /Migration Explorer stopped/);
  assert.ok(await panel.isVisible(), 'the panel shows');
  await Promise.all([page.waitForEvent('load'), widget(page).getByRole('button', { name: 'Reload' }).click()]);
  await chartsDrawn(page);
  assert.equal(await widget(page).getByLabel('Transfer cost', { exact: true }).inputValue(), '0.05');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the shipped build has no test hook: neither the bindings nor the WebAssembly export __panicForTests', async () => {
  const { page } = await load();
  const exported = await page.evaluate(async (js) => Object.keys(await import(js)), `${env.server.url}${APP}migration-explorer.js`);
  assert.ok(exported.includes('mount'), `the bindings load: ${exported.join(', ')}`);
  assert.ok(!exported.some((name) => /panic/i.test(name)), `bindings: ${exported.join(', ')}`);
  const wasm = new WebAssembly.Module(fs.readFileSync(path.join(DIST, 'migration-explorer_bg.wasm')));
  const names = WebAssembly.Module.exports(wasm).map((e) => e.name);
  assert.ok(names.includes('mount'), 'the WebAssembly exports mount');
  assert.ok(!names.some((name) => /panic/i.test(name)), `WebAssembly: ${names.join(', ')}`);
  assert.ok(!fs.readFileSync(path.join(DIST, 'migration-explorer.js'), 'utf8').includes('__panicForTests'));
  await page.close();
});
