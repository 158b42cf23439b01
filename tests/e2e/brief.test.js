// The printable brief and the lessons' worksheets (brief.html), under the
// strict Content-Security-Policy: opened from the widget's links, built, then
// printed to PDF with page.pdf() on A4 and US Letter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setUp, APP, DIST, STRICT_CSP, canvases, chartsDrawn, widget, moveLever, textOf, parseSvg } from './lib/fixtures.js';


let env;
before(async () => {
  env = await setUp({ headers: () => ({ 'content-security-policy': STRICT_CSP }) });
});
after(async () => {
  await env?.close();
});

/**
 * Opens `url` with STRICT_CSP violations recorded and waits until the page is built
 * (`data-ready`). Under automation (navigator.webdriver, as here and as on a
 * server that makes PDFs with page.pdf()) the page does not open the print
 * dialog, which would block page.pdf(). With `asPerson`, navigator.webdriver
 * reads false and window.print() is a recorder: each call records how many
 * charts (<svg>) the page held at that moment.
 */
async function openPrinting(url, { asPerson = false } = {}) {
  const { page, log } = await env.open();
  await page.addInitScript((asPerson) => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    window.prints = [];
    if (asPerson) {
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });
      window.print = () => window.prints.push(document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelectorAll('svg').length ?? -1);
    }
  }, asPerson);
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('.mx-brief[data-ready]'));
  return { page, log };
}

/** Pages of a PDF made by Chromium: its page objects, checked against the page tree's count. */
function pageCount(pdf) {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  assert.ok(counts.length > 0, 'the PDF has a page tree');
  assert.equal(pages, Math.max(...counts), 'page objects and page tree agree');
  return pages;
}

/** Pages printed on A4 and on US Letter, with the page's own @page margins. */
async function printedPages(page) {
  const out = {};
  for (const format of ['A4', 'Letter']) out[format] = pageCount(await page.pdf({ format }));
  return out;
}

/** The page's text as a reader sees it (spaces collapsed). */
const pageText = (page) =>
  page.evaluate(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('.mx').innerText.replace(/\s+/g, ' '));

/** Every chart of the brief: its chart id and its SVG text. */
const svgs = (page) =>
  page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-brief-chart')].map((f) => ({
      chart: f.dataset.chart,
      svg: f.querySelector('svg')?.outerHTML ?? '',
    })),
  );

async function noErrors(page, log, what) {
  assert.deepEqual(await page.evaluate(() => window.violations), [], `${what}: no STRICT_CSP violation`);
  assert.deepEqual(log.errors, [], `${what}: no console error`);
}

test('brief.html pins embed.js by its SHA-384, as index.html does', () => {
  const html = fs.readFileSync(path.join(DIST, 'brief.html'), 'utf8');
  const sri = `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(DIST, 'embed.js'))).digest('base64')}`;
  assert.ok(html.includes(`src="embed.js" integrity="${sri}"`), 'brief.html pins the built embed.js');
  assert.ok(!/<script(?![^>]*\bsrc=)/.test(html) && !/\sstyle=/.test(html), 'no inline script or style');
});

test('"Print brief" opens the brief of the scenario on screen: two pages on A4 and Letter, with its levers, summary, verdict, link and charts', async () => {
  // The scenario on screen, with one lever moved.
  const { page: app } = await env.open();
  await app.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022&host=france`);
  await chartsDrawn(app);
  await moveLever(app, 'Transfer cost', 0.03);
  const w = widget(app);
  await w.getByRole('button', { name: 'Share / embed' }).click();
  const sentences = await app.evaluate(() => [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('#mx-summary p')].map((p) => p.textContent));
  // The charts of the origin and host views, as the widget shows them.
  const shown = (await canvases(app)).map((c) => c.chart);
  await w.getByRole('tab', { name: 'Host country' }).click();
  await chartsDrawn(app);
  shown.push(...(await canvases(app)).map((c) => c.chart));
  const link = await w.getByRole('textbox', { name: 'Link to this scenario' }).inputValue();
  const printLink = w.getByRole('link', { name: 'Print brief' });
  assert.equal(await printLink.getAttribute('target'), '_blank', 'in a new tab');
  const href = await printLink.getAttribute('href');
  assert.equal(href, link.replace(/index\.html#/, 'brief.html#'), 'brief.html# the scenario link');
  assert.match(href, /#v=3&preset=mali-2022&host=france&transfer_cost=0\.03&view=host&lang=en$/);
  await app.close();

  const { page, log } = await openPrinting(new URL(href, env.server.url).href, { asPerson: true });
  const charts = await svgs(page);
  assert.ok(shown.includes('income') && shown.includes('host-immigrants'), shown.join());
  assert.deepEqual(charts.map((c) => c.chart), shown, 'the origin and host charts');
  assert.deepEqual(await page.evaluate(() => window.prints), [charts.length], 'printed once, with every chart in');
  await page.waitForTimeout(400);
  assert.equal(new URL(page.url()).hash, new URL(href).hash, 'the brief keeps its link');

  const text = await pageText(page);
  assert.match(text, /Migration Explorer: Scenario brief/);
  assert.match(text, /Mali 2022, host country France, 2022–2052/);
  assert.match(text, /model version 3, data version \d+/);
  const today = new Date().toLocaleDateString('en', { dateStyle: 'long' });
  assert.ok(text.includes(today), `dated ${today}`);
  assert.ok(sentences.length >= 4, 'the widget has a summary');
  for (const sentence of sentences) assert.ok(text.includes(sentence.replace(/\s+/g, ' ')), `the brief holds: ${sentence}`);
  assert.ok(text.includes(link), 'the share link, as text');
  assert.match(text, /How to cite: Migration Explorer, version/);
  assert.match(text, /World Bank, World Development Indicators/, 'the sources');
  const verdict = await textOf(page, '.mx-brief-verdict p');
  assert.match(verdict, /migration optimum for skilled emigration/);
  // The moved lever, with both values; nothing else moved.
  const rows = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-brief-block tbody tr')].map((r) => [...r.children].map((c) => c.textContent)),
  );
  assert.equal(rows.length, 1, JSON.stringify(rows));
  const [label, scenario, baseline] = rows[0];
  assert.equal(label, 'Transfer cost');
  assert.equal(scenario, '3.0\u00a0%');
  assert.match(baseline, /^\d+(\.\d+)?\u00a0%$/);
  assert.notEqual(baseline, scenario);

  // Inline SVG that parses, with the titles as text; no style attribute (CSP).
  for (const { chart, svg } of charts) {
    const parsed = await parseSvg(page, svg);
    assert.equal(parsed.root, 'svg', chart);
    assert.equal(parsed.error, null, `${chart}: the SVG parses`);
    assert.ok(parsed.texts.length > 5, `${chart}: its words are text`);
    assert.ok(!/\sstyle=/.test(svg), `${chart}: no style attribute`);
  }
  const titles = await page.evaluate(() => [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-brief-chart svg text')].map((t) => t.textContent.trim()));
  for (const title of ['Who gains', 'Wages at home', "Immigrants among the host's workers", 'Money sent home']) assert.ok(titles.includes(title), `the title "${title}" is text`);

  assert.deepEqual(await printedPages(page), { A4: 2, Letter: 2 });
  await noErrors(page, log, 'brief');
  await page.close();
});

test('a brief with every parameter moved and a pinned scenario still prints on two pages', async () => {
  const levers = [
    'emig_rate_unskilled=0.018', 'emig_rate_skilled=0.018', 'remit_share_unskilled=0.217', 'remit_share_skilled=0.111',
    'transfer_cost=0.056', 'invested_share=0.222', 'return_rate_unskilled=0.111', 'return_rate_skilled=0.111',
    'return_upgrade=0.037', 'diaspora_investment=0.037', 'wage_ratio_unskilled=9.73', 'wage_ratio_skilled=6.18',
    'irregular_share=0.296', 'irregular_penalty=0.185',
  ];
  const assumptions = [
    'prospect_horizon=11', 'brain_gain=0.555', 'max_study_share=0.459', 'skill_spillover=0.74', 'capital_share=0.355',
    'skill_premium=2.425', 'saving_rate=0.193', 'depreciation=0.06', 'labour_growth=0.015', 'retirement=0.024',
    'remit_decay=0.037', 'cost_elasticity=1.85', 'diaspora_productivity=0.37', 'skills_weight=0.74', 'discount_rate=0.037',
    'horizon_years=21', 'host_wage_elasticity=0.37', 'host_wage_adjustment=0.37', 'host_labour_share=0.611', 'host_fiscal_per_migrant=0.1', 'abroad_price_level=1.85', 'host_displacement=0.37',
  ];
  const hash = `v=3&preset=mali-2022&host=france&${[...levers, ...assumptions].join('&')}&a.transfer_cost=0.1&view=origin`;
  const { page, log } = await openPrinting(`${env.server.url}${APP}brief.html#${hash}`);
  const tables = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-brief-block')]
      .filter((b) => b.querySelector('table'))
      .map((b) => ({ rows: b.querySelectorAll('tbody tr').length, more: b.querySelector(':scope > p')?.textContent ?? null })),
  );
  assert.equal(tables[0].rows, levers.length, 'every moved lever is listed');
  assert.equal(tables[0].more, null);
  // The assumptions that fit, then how many more the link sets.
  const listed = tables[1].rows;
  assert.ok(listed >= 1 && listed < assumptions.length, `${listed} assumptions listed`);
  const moved = Number(/^…and (\d+) more, set by the link below\.$/.exec(tables[1].more)?.[1]);
  assert.equal(listed + moved, assumptions.length, tables[1].more);
  assert.ok(!(await pageText(page)).includes('brief.html'), 'the printed link opens the widget, not the brief');
  assert.deepEqual(await printedPages(page), { A4: 2, Letter: 2 });
  await noErrors(page, log, 'crowded brief');
  await page.close();
});

test("a lesson's worksheet prints on one page with every step's question; without a lesson it says so", async () => {
  // The questions as the lesson bar shows them, step by step.
  const { page: app } = await env.open();
  await app.goto(`${env.server.url}${APP}index.html#lesson=optimum&step=1`);
  const w = widget(app);
  await app.waitForFunction(() => document.querySelector('[data-migration-explorer]').shadowRoot?.querySelector('.mx-step-of'));
  const count = Number((await textOf(app, '.mx-step-of')).match(/of (\d+)/)[1]);
  const questions = [];
  for (let n = 1; n <= count; n += 1) {
    await app.waitForFunction((n) => document.querySelector('[data-migration-explorer]').shadowRoot?.querySelector('.mx-step-of')?.textContent.startsWith(`Step ${n} of`), n);
    questions.push((await textOf(app, '.mx-step-question')).replace(/^Question for the class\s*/, ''));
    if (n < count) await w.getByRole('button', { name: 'Next', exact: true }).click();
  }
  const href = await w.getByRole('link', { name: 'Print worksheet' }).getAttribute('href');
  assert.ok(href.endsWith('brief.html#lesson=optimum&mode=worksheet&lang=en'), href);
  await app.close();

  const { page, log } = await openPrinting(new URL(href, env.server.url).href);
  const sheet = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-worksheet-steps li')].map((li) => li.querySelector('.mx-step-question').textContent),
  );
  assert.deepEqual(sheet, questions, "every step's question, in order");
  const text = await pageText(page);
  assert.match(text, /The migration optimum/);
  assert.match(text, /Name:/);
  assert.match(text, /¶7/);
  await page.waitForTimeout(400);
  assert.equal(new URL(page.url()).hash, '#lesson=optimum&mode=worksheet&lang=en', 'the worksheet keeps its link');
  assert.deepEqual(await printedPages(page), { A4: 1, Letter: 1 });
  await noErrors(page, log, 'worksheet');
  await page.close();

  const { page: none, log: noneLog } = await openPrinting(`${env.server.url}${APP}brief.html#lesson=nope&mode=worksheet`);
  assert.match(await pageText(none), /A worksheet belongs to a lesson, and this link names none that Migration Explorer knows/);
  assert.equal(await none.evaluate(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-notice').length), 1, 'the unknown lesson is said');
  const back = widget(none).getByRole('link', { name: 'Open Migration Explorer' });
  assert.equal(new URL(await back.getAttribute('href')).pathname, `${APP}index.html`);
  await noErrors(none, noneLog, 'worksheet without a lesson');
  await none.close();
});
