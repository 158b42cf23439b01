#!/usr/bin/env node
// Screenshots of every view of the release build (dist/), in English and
// French, at desktop width and at 390 px, with levers moved, a scenario
// pinned and the uncertainty bands on, every chart's numbers table open
// beside its drawing; the presentation and the brief too. On a touch screen,
// the first screen only: a phone (390 and 320 px) with the levers' drawer or
// the menu open and in a lesson step, and a tablet either way up.
// Written to target/screenshots/, to look at before a change is called done:
// tests read numbers, a person reads the picture.
//
//   trunk build --release && scripts/screenshots.mjs [name-filter]
import fs from 'node:fs';
import path from 'node:path';
import { setUp, APP, ROOT, chartsDrawn } from '../tests/e2e/lib/fixtures.js';
import { launch, openPage } from '../tests/e2e/lib/browser.js';

const OUT = path.join(ROOT, 'target/screenshots');
const MOVED = 'v=3&preset=mali-2022&host=cote-divoire&emig_rate_skilled=0.03&transfer_cost=0.03&host_fiscal_per_migrant=0.2';
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const SHOTS = {
  origin: `${MOVED}&view=origin`,
  'origin-pinned-bands': `${MOVED}&view=origin&a.emig_rate_skilled=0.01&uncertainty=on`,
  'origin-numbers': `${MOVED}&view=origin`,
  host: `${MOVED}&view=host`,
  'host-numbers': `${MOVED}&view=host`,
  'host-gulf': 'v=3&preset=bangladesh-2022&host=saudi-arabia&emig_rate_unskilled=0.01&view=host',
  // v3's notes: displacement with its reason, the cost far from today's, the
  // skilled wage below the unskilled; the optimum's near range and skills weight.
  'host-malaysia': 'v=3&preset=nepal-2022&host=malaysia&emig_rate_unskilled=0.06&view=host',
  'origin-notes': 'v=3&preset=mali-2000&return_upgrade=0.05&transfer_cost=0.15&view=origin',
  'optimum-nepal': 'v=3&preset=nepal-2022&host=malaysia&view=optimum',
  optimum: `${MOVED}&view=optimum`,
  drivers: `${MOVED}&view=drivers`,
  themes: `${MOVED}&view=themes`,
  assumptions: `${MOVED}&view=assumptions`,
  lessons: `${MOVED}&view=lessons`,
  'lesson-step': 'v=3&lesson=health-workers&step=2',
  'lesson-who-gains': 'v=3&lesson=who-gains&step=1',
  present: `${MOVED}&mode=present`,
};
const LESSON = 'v=3&lesson=health-workers&step=3';
const NARROW = { width: 320, height: 640 };
/** On a touch screen: name, link, viewport, what is tapped open ('Levers', 'Menu'). */
const TOUCH = [
  ['touch-phone', `${MOVED}&view=origin`, SIZES.phone, null],
  ['touch-phone-levers', `${MOVED}&view=origin`, SIZES.phone, 'levers'],
  ['touch-phone-menu', `${MOVED}&view=origin`, SIZES.phone, 'menu'],
  ['touch-phone-lesson', LESSON, SIZES.phone, null],
  ['touch-phone-lesson-levers', LESSON, SIZES.phone, 'levers'],
  ['touch-320', `${MOVED}&view=host`, NARROW, null],
  ['touch-320-levers', `${MOVED}&view=host`, NARROW, 'levers'],
  ['touch-tablet-portrait', `${MOVED}&view=origin`, { width: 768, height: 1024 }, null],
  ['touch-tablet-landscape', `${MOVED}&view=origin`, { width: 1024, height: 768 }, null],
];
const filter = process.argv[2] ?? '';

fs.mkdirSync(OUT, { recursive: true });
const env = await setUp();
let count = 0;
try {
  for (const lang of ['en', 'fr']) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const pages = [
        ...Object.entries(SHOTS).map(([name, hash]) => [name, `index.html#${hash}&lang=${lang}`]),
        ['brief', `brief.html#${MOVED}&lang=${lang}`],
      ];
      for (const [name, url] of pages) {
        const file = `${name}-${lang}-${size}.png`;
        if (!file.includes(filter)) continue;
        const { page } = await env.open({ viewport });
        await page.goto(`${env.server.url}${APP}${url}`);
        if (name === 'drivers') {
          await page.waitForFunction(() => {
            const panel = document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('#panel-drivers');
            return panel && panel.dataset.computing === undefined && panel.querySelectorAll('canvas[data-drawn]').length === 2;
          });
        } else if (!['themes', 'assumptions', 'lessons', 'brief'].includes(name)) {
          await chartsDrawn(page);
        } else {
          await page.waitForTimeout(1500);
        }
        if (name.endsWith('-numbers')) {
          // Every chart's "Show the numbers" open: the table beside its drawing.
          await page.evaluate(() => {
            const root = document.querySelector('[data-migration-explorer]').shadowRoot;
            for (const d of root.querySelectorAll('.mx-chart details')) d.open = true;
          });
          await page.waitForTimeout(300);
        }
        await page.screenshot({ path: path.join(OUT, file), fullPage: true });
        await page.close();
        count += 1;
      }
    }
  }
  const touch = await launch({ hasTouch: true, isMobile: true });
  try {
    for (const lang of ['en', 'fr']) {
      for (const [name, hash, viewport, open] of TOUCH) {
        const file = `${name}-${lang}.png`;
        if (!file.includes(filter)) continue;
        const { page } = await openPage(touch, { viewport });
        await page.goto(`${env.server.url}${APP}index.html#${hash}&lang=${lang}`);
        await chartsDrawn(page);
        const w = page.locator('[data-migration-explorer]');
        if (open === 'menu') await w.locator('.mx-menu-button').tap();
        if (open === 'levers') await w.locator('.mx-dock button').tap();
        await page.waitForTimeout(500);
        await page.screenshot({ path: path.join(OUT, file) });
        await page.close();
        count += 1;
      }
    }
  } finally {
    await touch.close();
  }
} finally {
  await env.close();
}
console.log(`${count} screenshots in ${path.relative(ROOT, OUT)}/`);
