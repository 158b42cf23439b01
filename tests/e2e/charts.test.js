// Charts that read well, in a real browser: every word the canvas draws
// (recorded as drawn, measured with the canvas's own measureText) inside the
// chart, over no other word and no line; text at 12 CSS px or more; two charts
// to a row at most and each at least 260 px tall; the brief's inline SVG
// charts the same, measured by the browser's own SVG layout; and the
// widget's text colours at 4.5:1 or more against their backgrounds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, chartsDrawn, widget } from './lib/fixtures.js';

const HOST = '[data-migration-explorer]';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 320, height: 740 };

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/**
 * Runs in the page before it loads: wraps the 2D context so that each canvas
 * keeps what its last drawing drew (a fill of the whole canvas starts one):
 * every text with its font and box, measured by measureText in its own font,
 * alignment and transform, and every stroked or filled segment.
 */
function record() {
  const proto = CanvasRenderingContext2D.prototype;
  const wrap = (name, before) => {
    const original = proto[name];
    proto[name] = function (...args) {
      before.call(this, ...args);
      return original.apply(this, args);
    };
  };
  const state = (ctx) => (ctx.canvas.__drawn ??= { texts: [], segments: [], path: [], at: null });
  const point = (ctx, x, y) => {
    const t = ctx.getTransform();
    return [t.a * x + t.c * y + t.e, t.b * x + t.d * y + t.f];
  };
  wrap('fillRect', function (x, y, w, h) {
    if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) {
      this.canvas.__drawn = { texts: [], segments: [], path: [], at: null };
      return;
    }
    const [a, b] = [point(this, x, y), point(this, x + w, y + h)];
    state(this).segments.push([...a, ...b], [a[0], b[1], b[0], a[1]]);
  });
  wrap('strokeRect', function (x, y, w, h) {
    const [a, b] = [point(this, x, y), point(this, x + w, y + h)];
    state(this).segments.push([a[0], a[1], b[0], a[1]], [b[0], a[1], b[0], b[1]], [b[0], b[1], a[0], b[1]], [a[0], b[1], a[0], a[1]]);
  });
  wrap('beginPath', function () {
    const s = state(this);
    s.path = [];
    s.at = null;
  });
  wrap('moveTo', function (x, y) {
    state(this).at = point(this, x, y);
  });
  wrap('lineTo', function (x, y) {
    const s = state(this);
    const to = point(this, x, y);
    if (s.at) s.path.push([...s.at, ...to]);
    s.at = to;
  });
  wrap('arc', function (x, y, r) {
    const [a, b] = [point(this, x - r, y - r), point(this, x + r, y + r)];
    state(this).path.push([...a, ...b], [a[0], b[1], b[0], a[1]]);
  });
  const commit = function () {
    const s = state(this);
    s.segments.push(...s.path);
  };
  wrap('stroke', commit);
  wrap('fill', commit);
  wrap('fillText', function (text, x, y) {
    const m = this.measureText(text);
    // The ink, or the advance where it is wider; the font's ascent and descent.
    const align = { start: 0, left: 0, center: 0.5, end: 1, right: 1 }[this.textAlign] ?? 0;
    const left = Math.min(x - m.actualBoundingBoxLeft, x - align * m.width);
    const right = Math.max(x + m.actualBoundingBoxRight, x + (1 - align) * m.width);
    const corners = [
      [left, y - m.actualBoundingBoxAscent],
      [right, y - m.actualBoundingBoxAscent],
      [left, y + m.actualBoundingBoxDescent],
      [right, y + m.actualBoundingBoxDescent],
    ].map(([px, py]) => point(this, px, py));
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const t = this.getTransform();
    state(this).texts.push({
      text,
      font: this.font,
      px: Number(/([\d.]+)px/.exec(this.font)?.[1] ?? 0),
      turned: t.b !== 0 || t.c !== 0,
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    });
  });
}

/** Every chart canvas shown: its size, place and what it drew, in CSS pixels. */
const drawn = (page) =>
  page.evaluate((host) => {
    const ratio = window.devicePixelRatio;
    const css = (v) => v / ratio;
    return [...document.querySelector(host).shadowRoot.querySelectorAll('canvas[data-chart]')].map((c) => {
      const r = c.getBoundingClientRect();
      const d = c.__drawn ?? { texts: [], segments: [] };
      return {
        chart: c.dataset.chart,
        width: c.clientWidth,
        height: c.clientHeight,
        top: Math.round(r.top + window.scrollY),
        texts: d.texts.map((t) => ({ ...t, px: css(t.px), box: t.box.map(css) })),
        segments: d.segments.map((s) => s.map(css)),
      };
    });
  }, HOST);

const overlap = (a, b, tolerance = 0.5) => a[0] < b[2] - tolerance && b[0] < a[2] - tolerance && a[1] < b[3] - tolerance && b[1] < a[3] - tolerance;

/** Whether a segment passes through a box (sampled every half pixel). */
function crosses([x0, y0, x1, y1], box) {
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) * 2));
  for (let i = 0; i <= steps; i += 1) {
    const [x, y] = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps];
    if (x > box[0] + 0.5 && x < box[2] - 0.5 && y > box[1] + 0.5 && y < box[3] - 0.5) return true;
  }
  return false;
}

/** What is wrong with the words of one chart as drawn. */
function problems(chart) {
  const out = [];
  const { texts, segments, width, height } = chart;
  if (texts.length < 5) out.push(`only ${texts.length} words drawn`);
  for (const t of texts) {
    const [x0, y0, x1, y1] = t.box;
    if (x0 < -0.5 || y0 < -0.5 || x1 > width + 0.5 || y1 > height + 0.5) out.push(`"${t.text}" cut off: ${t.box.map(Math.round)} in ${width}×${height}`);
    if (t.px < 12) out.push(`"${t.text}" at ${t.px} px`);
    if (t.turned) out.push(`"${t.text}" turned`);
    const line = segments.find((s) => crosses(s, t.box));
    if (line) out.push(`"${t.text}" over a line at ${line.map(Math.round)}`);
  }
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) if (overlap(a.box, b.box)) out.push(`"${a.text}" over "${b.text}"`);
  });
  // The title (bold, drawn first, perhaps on several lines) larger than the rest.
  const bold = texts.filter((t) => /bold/.test(t.font));
  const rest = Math.max(...texts.filter((t) => !/bold/.test(t.font)).map((t) => t.px));
  if (!bold.length || texts[0] !== bold[0] || bold.some((t) => t.px <= rest)) out.push(`the title "${texts[0]?.text}" is not the largest text`);
  return out;
}

/** Opens the stand-alone page at `hash` with the drawing recorded. */
async function open(hash, viewport = DESKTOP) {
  const { page, log } = await env.open({ viewport });
  await page.addInitScript(record);
  await page.goto(`${env.server.url}${APP}index.html#${hash}`);
  await chartsDrawn(page);
  return { page, log };
}

/** Shows the tab named `name` and waits for its charts. */
async function tab(page, name) {
  await widget(page).getByRole('tab', { name }).click();
  await widget(page).getByRole('tab', { name, selected: true }).waitFor();
  await chartsDrawn(page);
}

const VIEWS = [
  ['origin', ['income', 'home-wages', 'skills', 'skilled-emigration', 'remittances', 'transfer-costs', 'capital']],
  ['host', ['host-immigrants', 'host-surplus', 'host-wages', 'host-fiscal', 'host-outflow']],
  ['optimum', ['optimum']],
];

/** Checks every chart of every view of the widget at `hash`. */
async function checkWords(hash, viewport, lang = 'en') {
  const failures = [];
  for (const [view, keys] of VIEWS) {
    const { page, log } = await open(`${hash}&view=${view}&lang=${lang}`, viewport);
    if (lang !== 'en' && (await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('.mx')?.getAttribute('lang'), HOST)) !== lang) {
      await page.close();
      return null;
    }
    const charts = await drawn(page);
    assert.deepEqual(
      charts.map((c) => c.chart),
      keys,
      `${view}: its charts`,
    );
    for (const chart of charts) failures.push(...problems(chart).map((p) => `${hash} ${view} ${chart.chart} (${chart.width}×${chart.height}): ${p}`));
    assert.deepEqual(log.errors, []);
    await page.close();
  }
  return failures;
}

const SETTINGS = [
  'v=3&preset=bangladesh-2022',
  'v=3&preset=mali-2022&host=france&transfer_cost=0.03',
  'v=3&preset=mali-2000&host=cote-divoire&horizon_years=12&a.transfer_cost=0.1&a.emig_rate_skilled=0.02',
];

for (const [name, viewport] of [
  ['at 1280 px', DESKTOP],
  ['on a 320 px phone', PHONE],
]) {
  test(`every word of every chart is inside its chart, over no other word or line, at 12 px or more (${name})`, async () => {
    const failures = [];
    for (const hash of SETTINGS) failures.push(...(await checkWords(hash, viewport)));
    assert.deepEqual(failures, []);
  });
}

test('in French too, where the build speaks it', async (t) => {
  const failures = [];
  for (const viewport of [DESKTOP, PHONE]) {
    for (const hash of SETTINGS) {
      const found = await checkWords(hash, viewport, 'fr');
      if (found === null) {
        t.skip('no French catalogue in this build');
        return;
      }
      failures.push(...found);
    }
  }
  assert.deepEqual(failures, []);
});

test('the checks see a word cut off and a word over a line', () => {
  const chart = {
    width: 300,
    height: 260,
    texts: [
      { text: 'Title', px: 16, font: 'bold 16px sans-serif', box: [8, 8, 60, 26] },
      { text: 'Long title', px: 16, font: 'bold 16px sans-serif', box: [250, 30, 320, 48] },
      { text: '2025', px: 12, font: '12px sans-serif', box: [100, 200, 130, 212] },
      { text: '0.5', px: 12, font: '12px sans-serif', box: [20, 100, 40, 112] },
      { text: 'Baseline', px: 11, font: '11px sans-serif', box: [120, 205, 170, 217] },
    ],
    segments: [[10, 106, 290, 106]],
  };
  const found = problems(chart);
  assert.ok(found.some((p) => p.startsWith('"Long title" cut off')), found.join('\n'));
  assert.ok(found.some((p) => p.startsWith('"0.5" over a line')), found.join('\n'));
  assert.ok(found.some((p) => p === '"2025" over "Baseline"'), found.join('\n'));
  assert.ok(found.some((p) => p === '"Baseline" at 11 px'), found.join('\n'));
});

test('at 1280 px two charts to a row at most, each at least 260 px tall; one to a row on a phone', async () => {
  for (const [viewport, most] of [
    [DESKTOP, 2],
    [{ width: 1600, height: 900 }, 2],
    [{ width: 390, height: 844 }, 1],
    [PHONE, 1],
  ]) {
    for (const [view] of VIEWS) {
      const { page } = await open(`v=3&preset=mali-2022&host=france&view=${view}`, viewport);
      const charts = await drawn(page);
      const perRow = new Map();
      for (const c of charts) perRow.set(c.top, (perRow.get(c.top) ?? 0) + 1);
      const widest = Math.max(...perRow.values());
      assert.ok(widest <= most, `${viewport.width} px, ${view}: ${widest} charts in a row`);
      if (view === 'origin' && viewport.width >= 1280) assert.equal(widest, 2, 'two to a row on a desktop');
      for (const c of charts) {
        assert.ok(c.height >= 260, `${viewport.width} px, ${c.chart}: ${c.height} px tall`);
        assert.ok(c.width >= 260, `${viewport.width} px, ${c.chart}: ${c.width} px wide`);
      }
      await page.close();
    }
  }
});

test("the brief's inline SVG charts keep every word inside, apart, at its size", async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}brief.html#v=3&preset=mali-2022&host=france&transfer_cost=0.03&a.transfer_cost=0.1`);
  await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('.mx-brief[data-ready]'), HOST);
  const charts = await page.evaluate((host) =>
    [...document.querySelector(host).shadowRoot.querySelectorAll('.mx-brief-chart svg')].map((svg) => {
      const [, , width, height] = svg.getAttribute('viewBox').split(/\s+/).map(Number);
      const texts = [...svg.querySelectorAll('text')].map((t) => {
        const b = t.getBBox();
        return { text: t.textContent.trim(), px: Number(t.getAttribute('font-size')) * 1.24, box: [b.x, b.y, b.x + b.width, b.y + b.height] };
      });
      return { chart: svg.closest('figure').dataset.chart, width, height, texts };
    }),
  HOST);
  assert.equal(charts.length, 12);
  const failures = [];
  for (const { chart, width, height, texts } of charts) {
    for (const t of texts) {
      const [x0, y0, x1, y1] = t.box;
      if (x0 < -0.5 || y0 < -0.5 || x1 > width + 0.5 || y1 > height + 0.5) failures.push(`${chart}: "${t.text}" cut off at ${t.box.map(Math.round)}`);
    }
    // Boxes of SVG text include the font's line gap: a pixel of tolerance.
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) if (overlap(a.box, b.box, 1.5)) failures.push(`${chart}: "${a.text}" over "${b.text}"`);
    });
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});

/** WCAG 2 contrast of two [r, g, b] colours. */
function contrast(a, b) {
  const lum = ([r, g, bl]) =>
    [r, g, bl]
      .map((c) => c / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test("the widget's text colours are at least 4.5:1 on their backgrounds (large text 3:1), on every tab", async () => {
  const { page } = await open('v=3&preset=mali-2022&host=france&transfer_cost=0.03');
  await widget(page).getByRole('button', { name: 'Share / embed' }).click();
  const failures = new Set();
  for (const name of ['Origin country', 'Host country', 'Migration optimum', "The document's themes", 'Assumptions and limits', 'Lessons']) {
    await widget(page).getByRole('tab', { name }).click();
    await widget(page).getByRole('tab', { name, selected: true }).waitFor();
    const texts = await page.evaluate((host) => {
      const parse = (c) => {
        const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/.exec(c);
        return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 0];
      };
      const over = (top, under) => top.slice(0, 3).map((c, i) => c * top[3] + under[i] * (1 - top[3]));
      /** The colour behind `el`: its own and its ancestors' backgrounds, over white. */
      const background = (el) => {
        const layers = [];
        for (let e = el; e && e.nodeType === 1; e = e.parentElement ?? e.getRootNode().host) {
          const bg = parse(getComputedStyle(e).backgroundColor);
          if (bg[3] > 0) layers.push(bg);
          if (bg[3] === 1) break;
        }
        return layers.reduceRight((under, top) => over(top, under), [255, 255, 255]);
      };
      const out = [];
      for (const el of document.querySelector(host).shadowRoot.querySelectorAll('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!own || !el.getClientRects().length) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
        const bg = background(el);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        out.push({ text: el.textContent.trim().slice(0, 40), tag: el.tagName, cls: el.className, color: over(parse(style.color), bg), bg, large });
      }
      return out;
    }, HOST);
    assert.ok(texts.length > 10, `${name}: texts found`);
    for (const t of texts) {
      const ratio = contrast(t.color, t.bg);
      if (ratio < (t.large ? 3 : 4.5)) failures.add(`${name}: <${t.tag.toLowerCase()} class="${t.cls}"> "${t.text}" ${t.color.map(Math.round)} on ${t.bg.map(Math.round)}: ${ratio.toFixed(2)}:1`);
    }
  }
  assert.deepEqual([...failures], []);
  await page.close();
});
