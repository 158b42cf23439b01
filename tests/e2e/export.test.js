// Every chart of every view saved as PNG (twice its size on screen) and SVG
// (well-formed, its words as text), by buttons named for the chart, without
// redrawing the chart on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, canvases, chartsDrawn, pixels, widget, downloadOf, pngSize, parseSvg } from './lib/fixtures.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

// The charts of each view, by key, with their English titles (src/i18n/en.rs).
const VIEWS = {
  origin: {
    income: 'Who gains',
    'home-wages': 'Wages at home',
    skills: 'Skills kept at home',
    'skilled-emigration': 'Skills abroad',
    remittances: 'Remittances received',
    'transfer-costs': 'What transfer costs take',
    capital: 'Capital',
  },
  host: {
    'host-immigrants': "Immigrants among the host's workers",
    'host-surplus': 'Immigration surplus to natives',
    'host-wages': "Natives' wages, short run",
    'host-fiscal': "Fiscal contribution of the corridor's migrants",
    'host-outflow': 'Money sent home',
  },
  optimum: { optimum: 'The migration optimum' },
};

// Chromium drops an eleventh download within a second or so of ten others
// (a person does not click that fast): one page per view, and per four charts
// of a view (eight downloads), keeps each test under it.
const GROUPS = Object.entries(VIEWS).flatMap(([view, charts]) => {
  const keys = Object.keys(charts);
  return Array.from({ length: Math.ceil(keys.length / 4) }, (_, i) => [view, charts, keys.slice(4 * i, 4 * i + 4)]);
});
for (const [view, charts, keys] of GROUPS) {
  test(`${view}: ${keys.join(', ')} download as a PNG at twice their size and as an SVG with their words`, async () => {
    const { page, log } = await env.open();
    await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022&host=france&horizon_years=20&view=${view}`);
    await chartsDrawn(page);
    const shown = await canvases(page);
    assert.deepEqual(shown.map((c) => c.chart), Object.keys(charts), 'its charts');
    const before = await pixels(page);
    for (const c of shown.filter((c) => keys.includes(c.chart))) {
      const title = charts[c.chart];
      const stem = `migration-explorer_mali-2022_france_${c.chart}_2022-2042`;
      const png = await downloadOf(page, `Download ${title} as PNG`);
      assert.equal(png.name, `${stem}.png`);
      assert.deepEqual(pngSize(png.bytes), { width: 2 * c.cssWidth, height: 2 * c.cssHeight }, `${c.chart}: PNG at 2× its CSS size`);
      const svg = await downloadOf(page, `Download ${title} as SVG`);
      assert.equal(svg.name, `${stem}.svg`);
      const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
      assert.equal(parsed.error, null, `${c.chart}: the SVG parses`);
      assert.equal(parsed.root, 'svg');
      assert.deepEqual([parsed.width, parsed.height], [c.cssWidth, c.cssHeight], `${c.chart}: SVG at its CSS size`);
      // The title as text, on as many lines as the width needs.
      assert.ok(parsed.texts.join(' ').includes(title), `${c.chart}: the title as text`);
      assert.ok(parsed.texts.some((t) => /baseline/i.test(t)), `${c.chart}: the legend as text`);
    }
    // The exports drew elsewhere: the charts on screen were neither redrawn nor changed.
    assert.deepEqual(
      (await canvases(page)).map((c) => c.drawn),
      shown.map((c) => c.drawn),
      'no redraw',
    );
    assert.deepEqual(await pixels(page), before, 'same pixels');
    assert.deepEqual(log.errors, []);
    await page.close();
  });
}

test('the export buttons are named for their chart and work from the keyboard', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#v=3&preset=bangladesh-2022`);
  await chartsDrawn(page);
  const names = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-chart')].map((figure) =>
      [...figure.querySelectorAll('button')].filter((b) => /^(PNG|SVG)$/.test(b.textContent)).map((b) => b.getAttribute('aria-label')),
    ),
  );
  assert.deepEqual(
    names,
    Object.values(VIEWS.origin).map((title) => [`Download ${title} as PNG`, `Download ${title} as SVG`]),
  );
  // Focus a chart's SVG button and press Enter.
  const svgButton = widget(page).getByRole('button', { name: 'Download Capital as SVG', exact: true });
  await svgButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^migration-explorer_bangladesh-2022_[a-z-]+_capital_2022-\d{4}\.svg$/);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('on a 2× screen the PNG is still twice the CSS size', async () => {
  const { page, log } = await env.open();
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 2, mobile: false });
  await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022&host=france&horizon_years=20`);
  await chartsDrawn(page);
  const [income] = await canvases(page);
  assert.equal(income.width, 2 * income.cssWidth, 'the canvas on screen is at device resolution');
  const png = await downloadOf(page, 'Download Who gains as PNG');
  assert.deepEqual(pngSize(png.bytes), { width: 2 * income.cssWidth, height: 2 * income.cssHeight });
  assert.deepEqual(log.errors, []);
  await page.close();
});

// The tornados of "What drives this?" save like every chart: their own file
// names, the PNG at twice the size on screen, the SVG with the bars' labels
// and the legend as text.
test('drivers: both tornados download as a PNG at twice their size and as an SVG with their words', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022&host=france&transfer_cost=0.03&view=drivers`);
  await page.waitForFunction(() => {
    // Null until the widget has mounted.
    const panel = document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('#panel-drivers');
    return panel && panel.dataset.computing === undefined && panel.querySelectorAll('canvas[data-chart][data-drawn]').length === 2;
  });
  const shown = await canvases(page);
  const titles = { 'drivers-income': 'What moves the income effect', 'drivers-optimum': 'What moves the optimum' };
  assert.deepEqual(shown.map((c) => c.chart), Object.keys(titles));
  for (const c of shown) {
    const stem = `migration-explorer_mali-2022_france_${c.chart}_2022-2052`;
    const png = await downloadOf(page, `Download ${titles[c.chart]} as PNG`);
    assert.equal(png.name, `${stem}.png`);
    assert.deepEqual(pngSize(png.bytes), { width: 2 * c.cssWidth, height: 2 * c.cssHeight }, `${c.chart}: PNG at 2× its CSS size`);
    const svg = await downloadOf(page, `Download ${titles[c.chart]} as SVG`);
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    assert.equal(parsed.error, null, `${c.chart}: the SVG parses`);
    assert.deepEqual([parsed.width, parsed.height], [c.cssWidth, c.cssHeight], `${c.chart}: SVG at its CSS size`);
    const words = parsed.texts.join(' ');
    assert.ok(words.includes(titles[c.chart]), `${c.chart}: the title as text`);
    assert.ok(words.includes('This scenario') && words.includes('At the high end of its range'), `${c.chart}: the legend as text`);
    assert.ok(words.includes('Labour-force growth'), `${c.chart}: the bars' labels as text: ${words}`);
  }
  assert.deepEqual(log.errors, []);
  await page.close();
});
