// Pinning a scenario A and comparing the current one B with it, as a person
// does: pin, move a lever, read the charts and the summary, share the link,
// download the CSV, unpin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, canvases, chartsDrawn, summary, widget, moveLever, notices, sim, expectHash, downloadOf, parseSvg } from './lib/fixtures.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const HOST = '[data-migration-explorer]';

const load = (hash, options) => env.load(hash, options);

/** What a screen reader hears for each chart shown, by chart. */
const descriptions = (page) =>
  page.evaluate((host) => Object.fromEntries([...document.querySelector(host).shadowRoot.querySelectorAll('canvas[data-chart]')].map((c) => [c.dataset.chart, c.getAttribute('aria-label')])), HOST);

/** Waits until `id` is in the widget (the pin and unpin buttons swap). */
const shown = (page, id) => page.waitForFunction(([host, id]) => document.querySelector(host).shadowRoot.getElementById(id) !== null, [HOST, id]);

/** Downloads the CSV and returns its text. */
async function csvOf(page) {
  const file = await downloadOf(page, 'Download data (CSV)');
  assert.equal(file.name, 'migration-explorer-mali-2022-france.csv');
  return file.bytes.toString('utf8');
}

/** B's CSV with A's columns after each row: what the widget should download with a pin. */
function joined(b, a) {
  const [bLines, aLines] = [b.trimEnd().split('\n'), a.trimEnd().split('\n')];
  const empty = ','.repeat(21);
  return bLines.map((line, i) => (i === 0 ? `${line},${line.split(',').slice(1).map((c) => `a_${c}`).join(',')}` : `${line}${aLines[i] ? aLines[i].slice(aLines[i].indexOf(',')) : empty}`)).join('\n') + '\n';
}

test('pin, move a lever, share the link, reload it, download the CSV and unpin', async () => {
  const { page, log } = await load('#v=3&preset=mali-2022&host=france');
  const w = widget(page);
  await moveLever(page, 'Transfer cost', 0.03);
  const unpinnedCsv = await csvOf(page);
  assert.equal(unpinnedCsv, sim('--preset', 'mali-2022', '--host', 'france', '--set', 'transfer_cost=0.03'), 'without a pin: migration-sim, byte for byte');

  await w.getByRole('button', { name: 'Pin scenario', exact: true }).click();
  await shown(page, 'mx-unpin');
  await expectHash(page, 'v=3&preset=mali-2022&host=france&transfer_cost=0.03&a.transfer_cost=0.03&view=origin&lang=en', 'the link carries A');
  await moveLever(page, 'Transfer cost', 0.08);
  await expectHash(page, 'v=3&preset=mali-2022&host=france&transfer_cost=0.08&a.transfer_cost=0.03&view=origin&lang=en', 'B moved, A stays');

  // Every chart names A to a screen reader, and its legend draws A.
  const heard = await descriptions(page);
  assert.deepEqual(Object.keys(heard), ['income', 'home-wages', 'skills', 'skilled-emigration', 'remittances', 'transfer-costs', 'capital']);
  for (const [chart, text] of Object.entries(heard)) assert.match(text, /Pinned scenario A( – [^\d]+)? [−-]?[\d.]+\.$/, `${chart}: ${text}`);
  const svg = await parseSvg(page, (await downloadOf(page, 'Download Remittances received as SVG')).bytes.toString('utf8'));
  assert.equal(svg.error, null);
  for (const entry of ['Scenario', 'Baseline', 'Pinned scenario A']) assert.ok(svg.texts.includes(entry), `legend: ${entry} in ${svg.texts.join(' | ')}`);
  const words = await summary(page);
  assert.match(words, /Against the pinned scenario A, in 2052: income per worker [−+-]?[\d.]+\u00a0% \(US\$[\d,]+ against US\$[\d,]+\)/, words);

  // With a pin, the CSV gains A's columns: B's rows as migration-sim gives them, then A's.
  const both = await csvOf(page);
  const b = sim('--preset', 'mali-2022', '--host', 'france', '--set', 'transfer_cost=0.08');
  const a = sim('--preset', 'mali-2022', '--host', 'france', '--set', 'transfer_cost=0.03');
  const header = both.split('\n')[0].split(',');
  assert.equal(header.length, 43);
  assert.deepEqual(header.slice(22), b.split('\n')[0].split(',').slice(1).map((c) => `a_${c}`));
  assert.equal(both, joined(b, a));

  // The link, opened afresh, pins A again.
  const link = await page.evaluate(() => location.href);
  await page.goto('about:blank');
  await page.goto(link);
  await chartsDrawn(page);
  await shown(page, 'mx-unpin');
  assert.match(await summary(page), /Against the pinned scenario A/);
  assert.match((await descriptions(page)).income, /Pinned scenario A/);
  assert.equal(await csvOf(page), both, 'the same CSV from the link');

  // Unpin: A goes from the link, the charts, the summary and the CSV.
  await w.getByRole('button', { name: 'Unpin', exact: true }).click();
  await shown(page, 'mx-pin');
  await expectHash(page, 'v=3&preset=mali-2022&host=france&transfer_cost=0.08&view=origin&lang=en', 'no a. keys');
  assert.doesNotMatch(await summary(page), /pinned scenario A/);
  for (const text of Object.values(await descriptions(page))) assert.doesNotMatch(text, /Pinned/);
  assert.equal(await csvOf(page), b, 'without a pin: migration-sim, byte for byte');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a pinned scenario with a shorter horizon leaves its CSV cells empty after its last year', async () => {
  const { page, log } = await load('#v=3&preset=mali-2022&host=france&a.horizon_years=12');
  await shown(page, 'mx-unpin');
  const csv = await csvOf(page);
  const b = sim('--preset', 'mali-2022', '--host', 'france');
  const a = sim('--preset', 'mali-2022', '--host', 'france', '--set', 'horizon_years=12');
  assert.equal(csv, joined(b, a));
  const rows = csv.trimEnd().split('\n').slice(1);
  assert.equal(rows.length, 31, "B's years");
  assert.ok(rows[12].startsWith('2034,') && !rows[12].endsWith(','));
  assert.ok(rows[13].startsWith('2035,') && rows[13].endsWith(','.repeat(21)));
  assert.match((await descriptions(page)).capital, /Pinned scenario A \(2034\)/);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('changing the country unpins A with a notice; a bad a. value is told', async () => {
  const { page } = await load('#v=3&preset=mali-2022&host=france&a.transfer_cost=lots&a.invested_share=0.4');
  const told = await notices(page);
  assert.equal(told.length, 1, told.join('\n'));
  assert.match(told[0], /Pinned scenario A: .*lots/);
  await shown(page, 'mx-unpin');
  await widget(page).getByLabel('Country', { exact: true }).selectOption({ label: 'Bangladesh 2022' });
  await shown(page, 'mx-pin');
  const after = await notices(page);
  assert.ok(after.some((n) => /unpinned/.test(n)), after.join('\n'));
  await page.waitForFunction(() => !location.hash.includes('a.'));
  assert.doesNotMatch(await summary(page), /pinned scenario A/);
  assert.ok((await canvases(page)).length > 0);
  await page.close();
});
