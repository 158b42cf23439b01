// Charts the right way up in the browser: read from the canvas's pixels and
// from the PNG export's, a series that rises is drawn ending higher on screen
// than it starts, and one that falls ending lower. The native tests
// (tests/native/orientation.rs) check every chart's labels, band, optimum
// and pinned line on the SVG the same drawing code writes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, chartsDrawn, downloadOf } from './lib/fixtures.js';

const HOST = '[data-migration-explorer]';
// More skilled emigration: more of the skilled abroad every year, fewer kept
// at home (the issue's own link).
const MOVED = 'v=3&preset=mali-2022&host=cote-divoire&emig_rate_skilled=0.03';
// The scenario's colour on origin charts (palette::BLUE).
const BLUE = [0, 114, 178];

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/**
 * Runs in the page: where the line of colour `rgb` starts and ends on an
 * image, in its own pixels. The plot is found by its vertical grid lines (the
 * column with most light neutral grey spans it top to bottom), so that the
 * legend's sample below it is left out; the line's first and last tenth of
 * columns give its mean height at each end.
 */
function ends({ data, width, height }, rgb) {
  const px = (x, y) => 4 * (y * width + x);
  const grey = (i) => data[i] === data[i + 1] && data[i + 1] === data[i + 2] && data[i] >= 200 && data[i] < 250;
  let grid = { count: 0, top: 0, bottom: height };
  for (let x = 0; x < width; x += 1) {
    let count = 0;
    let top = height;
    let bottom = 0;
    for (let y = 0; y < height; y += 1) {
      if (grey(px(x, y))) {
        count += 1;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
    if (count > grid.count) grid = { count, top, bottom };
  }
  const points = [];
  for (let y = grid.top; y <= grid.bottom; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = px(x, y);
      if (rgb.every((c, k) => Math.abs(data[i + k] - c) <= 12)) points.push([x, y]);
    }
  }
  if (points.length < 20) return { points: points.length };
  const xs = points.map((p) => p[0]);
  const [left, right] = [Math.min(...xs), Math.max(...xs)];
  const tenth = (right - left) / 10;
  const mean = (list) => list.reduce((a, p) => a + p[1], 0) / list.length;
  return {
    points: points.length,
    plot: [grid.top, grid.bottom],
    first: mean(points.filter((p) => p[0] <= left + tenth)),
    last: mean(points.filter((p) => p[0] >= right - tenth)),
  };
}

/** `ends` of the chart `key`'s canvas, as shown. */
const canvasEnds = (page, key) =>
  page.evaluate(
    ([host, key, rgb, ends]) => {
      const canvas = document.querySelector(host).shadowRoot.querySelector(`canvas[data-chart="${key}"]`);
      const image = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      return new Function(`return (${ends})`)()(image, rgb);
    },
    [HOST, key, BLUE, ends.toString()],
  );

/** `ends` of a PNG file's pixels, decoded by the browser. */
const pngEnds = (page, bytes) =>
  page.evaluate(
    async ([base64, rgb, ends]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      return new Function(`return (${ends})`)()(ctx.getImageData(0, 0, image.width, image.height), rgb);
    },
    [bytes.toString('base64'), BLUE, ends.toString()],
  );

/**
 * The first and last value of the chart's scenario, from its table, opened.
 * Polled on a timer: animation frames can stop coming in headless Chromium
 * after a `<details>` opens (see `__mxFrame` in lib/browser.js).
 */
async function tableEnds(page, key) {
  const ends = await page.waitForFunction(
    ([host, key]) => {
      const figure = document.querySelector(host).shadowRoot.querySelector(`canvas[data-chart="${key}"]`).closest('.mx-chart');
      figure.querySelector('details').open = true;
      const rows = [...figure.querySelectorAll('tbody tr')];
      const value = (row) => Number(row.querySelectorAll('td')[0].textContent.replace(/[^\d.-]/g, ''));
      return rows.length > 1 && [value(rows[0]), value(rows[rows.length - 1])];
    },
    [HOST, key],
    { polling: 50 },
  );
  return ends.jsonValue();
}

const SERIES = [
  { key: 'skilled-emigration', title: 'Skills abroad', rises: true },
  { key: 'skills', title: 'Skills kept at home', rises: false },
];

test('on the canvas and in the PNG export, a rising series ends higher and a falling one lower', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#${MOVED}`);
  await chartsDrawn(page);
  const wrong = [];
  for (const { key, title, rises } of SERIES) {
    // The data say which way it goes.
    const [first, last] = await tableEnds(page, key);
    assert.equal(last > first, rises, `${key}: from ${first} to ${last}`);
    const png = await downloadOf(page, `Download ${title} as PNG`);
    for (const [where, drawn] of [
      ['on the canvas', await canvasEnds(page, key)],
      ['in the PNG', await pngEnds(page, png.bytes)],
    ]) {
      assert.ok(drawn.points >= 20, `${key} ${where}: the line's pixels found (${drawn.points})`);
      // Screen y grows downwards: a rising line ends at a smaller y.
      const way = drawn.last < drawn.first - 5 ? 'rises' : drawn.last > drawn.first + 5 ? 'falls' : 'is flat';
      if (way !== (rises ? 'rises' : 'falls')) {
        wrong.push(`${key} ${where}: goes from ${first} to ${last} but ${way} on screen (y ${drawn.first.toFixed(1)} to ${drawn.last.toFixed(1)})`);
      }
    }
  }
  assert.deepEqual(wrong, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the pixel reading sees a line turned upside down', async () => {
  const { page } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#${MOVED}`);
  await chartsDrawn(page);
  // The canvas's picture as it is, and turned upside down.
  const [shown, flipped] = await page.evaluate(
    ([host, rgb, ends]) => {
      const canvas = document.querySelector(host).shadowRoot.querySelector('canvas[data-chart="skilled-emigration"]');
      const read = new Function(`return (${ends})`)();
      const copy = new OffscreenCanvas(canvas.width, canvas.height);
      const ctx = copy.getContext('2d');
      ctx.translate(0, canvas.height);
      ctx.scale(1, -1);
      ctx.drawImage(canvas, 0, 0);
      const image = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      return [read(image, rgb), read(ctx.getImageData(0, 0, canvas.width, canvas.height), rgb)];
    },
    [HOST, BLUE, ends.toString()],
  );
  assert.ok(shown.points >= 20 && flipped.points >= 20, 'the line found both ways');
  assert.ok(Math.abs(shown.last - shown.first) > 5, `the line moves: ${JSON.stringify(shown)}`);
  assert.equal(Math.sign(flipped.last - flipped.first), -Math.sign(shown.last - shown.first), `${JSON.stringify(shown)} turned: ${JSON.stringify(flipped)}`);
  await page.close();
});
