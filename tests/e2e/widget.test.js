// The widget in a real browser, used like a person uses it: the release
// build served from a sub-folder, headless Chromium, nothing mocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { launch, openPage } from './lib/browser.js';
import { setUp, APP, ROOT, canvases, chartsDrawn, pixels, summary, widget, moveLever } from './lib/fixtures.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const MAIN_LEVERS = [
  ['Skilled emigration rate', 0.04],
  ['Unskilled emigration rate', 0.045],
  ['Remittances sent by unskilled migrants', 0.5],
  ['Remittances sent by skilled migrants', 0.3],
  ['Transfer cost', 0.15],
  ['Share of remittances invested', 0.6],
  ['Return rate of unskilled migrants', 0.3],
  ['Return rate of skilled migrants', 0.3],
  ['Irregular migration share', 0.8],
  ['Years simulated', 15],
];

async function load(hash = '') {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html${hash}`);
  await chartsDrawn(page);
  return { page, log };
}

test('the page loads with every origin chart drawn, a summary and no console error', async () => {
  const { page, log } = await load();
  const charts = await canvases(page);
  assert.deepEqual(charts.map((c) => c.chart), ['income', 'skills', 'remittances', 'capital']);
  const text = await summary(page);
  assert.match(text, /By 2052, income per worker in Bangladesh reaches US\$[\d,]+/);
  assert.match(text, /migration optimum for skilled emigration is 0\.60\u00a0% a year/);
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
  assert.deepEqual((await canvases(page)).map((c) => c.chart), ['host-immigrants', 'host-surplus', 'host-wages', 'host-fiscal']);
  await page.keyboard.press('End');
  await w.getByRole('tab', { name: 'Assumptions and limits', selected: true }).waitFor();
  await page.keyboard.press('ArrowRight');
  await w.getByRole('tab', { name: 'Origin country', selected: true }).waitFor();
  await page.close();
});

test('the page makes no request outside its own origin', async () => {
  const { page, log } = await load();
  // Visit every view so that everything the widget can load is loaded.
  for (const tab of ['Host country', 'Migration optimum', "The document's themes", 'Assumptions and limits']) {
    await widget(page).getByRole('tab', { name: tab }).click();
  }
  assert.ok(log.requests.length >= 5, 'the page, loader, bindings, wasm and CSS were requested');
  const foreign = log.requests.filter((url) => !url.startsWith(env.server.url + '/') && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await page.close();
});

test('each main lever, found by its label, changes the charts and the summary', async () => {
  const { page, log } = await load();
  for (const [label, value] of MAIN_LEVERS) {
    await page.goto(`${env.server.url}${APP}index.html#v=1`);
    await page.reload();
    await chartsDrawn(page);
    const [pictures, words] = [await pixels(page), await summary(page)];
    await moveLever(page, label, value);
    const [after, afterWords] = [await pixels(page), await summary(page)];
    assert.notEqual(after.income, pictures.income, `${label}: income chart pixels change`);
    assert.notEqual(afterWords, words, `${label}: the summary changes`);
    const shown = await widget(page).getByLabel(label, { exact: true }).inputValue();
    assert.equal(Number(shown), value, `${label}: the slider holds the value`);
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
  assert.match(after, /income per worker in Mali/);
  const hosts = await w.getByLabel('Host country', { exact: true }).locator('option').allTextContents();
  assert.deepEqual(hosts, ['France', "Côte d'Ivoire"]);
  await w.getByLabel('Host country', { exact: true }).selectOption({ label: "Côte d'Ivoire" });
  await page.waitForFunction(() => location.hash.includes('host=cote-divoire'));
  await page.close();
});

test('reset restores the baseline numbers and pictures', async () => {
  const { page } = await load('#preset=mali-2022');
  const [pictures, words] = [await pixels(page), await summary(page)];
  await moveLever(page, 'Transfer cost', 0.12);
  await moveLever(page, 'Share of remittances invested', 0.55);
  assert.notEqual(await summary(page), words);
  await widget(page).getByRole('button', { name: 'Reset to baseline' }).click();
  await page.waitForFunction((words) => document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#mx-summary').textContent === words, words);
  // Effects draw right after the render that changed the summary; two frames is ample.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual(await pixels(page), pictures);
  await page.close();
});

test('the CSV download equals migration-sim for the same settings', async () => {
  const { page } = await load('#v=1&preset=mali-2022&host=france');
  await moveLever(page, 'Transfer cost', 0.03);
  await moveLever(page, 'Share of remittances invested', 0.45);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget(page).getByRole('button', { name: 'Download data (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'migration-explorer-mali-2022-france.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const sim = execFileSync(
    'cargo',
    ['run', '--quiet', '--release', '-p', 'migration-model', '--bin', 'migration-sim', '--',
      '--preset', 'mali-2022', '--host', 'france', '--set', 'transfer_cost=0.03', '--set', 'invested_share=0.45'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(csv, sim);
  assert.equal(csv.split('\n')[0].split(',').length, 15);
  await page.close();
});

test('charts are sharp on high-density screens and follow their container', async () => {
  const dense = await launch({ deviceScaleFactor: 2 });
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
  await dense.close();
});

test('a panic shows an error panel with a reload action that brings the scenario back', async () => {
  const { page, log } = await load('#v=1&preset=mali-2000&transfer_cost=0.05');
  const failed = await page.evaluate(async (js) => {
    const bindings = await import(js);
    try {
      bindings.__panicForTests();
      return false;
    } catch {
      return true;
    }
  }, `${env.server.url}${APP}migration-explorer.js`);
  assert.ok(failed, 'the panic surfaced as an exception');
  const panel = widget(page).getByRole('alert');
  await panel.waitFor();
  assert.match(await panel.textContent(), /Migration Explorer stopped/);
  assert.ok(log.errors.some((e) => e.includes('panicked')), 'the panic is logged to the console');
  await Promise.all([page.waitForEvent('load'), widget(page).getByRole('button', { name: 'Reload' }).click()]);
  await chartsDrawn(page);
  assert.equal(await widget(page).getByLabel('Transfer cost', { exact: true }).inputValue(), '0.05');
  await page.close();
});
