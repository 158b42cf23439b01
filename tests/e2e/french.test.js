// The widget in French as a French reader meets it: the language chosen by
// the page or the browser, the EN | FR switch, two widgets in two languages
// on one page, and the main levers' checks in French.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, chartsDrawn, summary, widget, moveLever, expectHash } from './lib/fixtures.js';
import { launch, openPage } from './lib/browser.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const rootLang = (page, host = '[data-migration-explorer]') =>
  page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('.mx').lang, host);

test("the stand-alone page follows the browser's language, and the switch changes it and the link", async (t) => {
  // A browser that reads French first (the context's locale sets navigator.languages).
  const french = await launch({ locale: 'fr-FR' });
  t.after(() => french.close());
  const { page, log } = await openPage(french);
  await page.goto(`${env.server.url}${APP}index.html#v=2&preset=mali-2022`);
  await chartsDrawn(page);
  assert.equal(await rootLang(page), 'fr');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr', 'the page takes the language');
  await expectHash(page, 'v=2&preset=mali-2022&host=france&view=origin&lang=fr', 'the link says French');
  const w = widget(page);
  await w.getByRole('tab', { name: "Pays d’origine" }).waitFor();
  assert.match(await summary(page), /par travailleur/);
  // The switch: English, and back.
  await w.getByRole('button', { name: 'EN', exact: true }).click();
  await w.getByRole('tab', { name: 'Origin country' }).waitFor();
  assert.equal(await rootLang(page), 'en');
  await expectHash(page, 'v=2&preset=mali-2022&host=france&view=origin&lang=en');
  assert.equal(await w.getByRole('button', { name: 'EN', exact: true }).getAttribute('aria-pressed'), 'true');
  await w.getByRole('button', { name: 'FR', exact: true }).click();
  await w.getByRole('tab', { name: "Pays d’origine" }).waitFor();
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('two widgets on one page speak two languages', async () => {
  const { page, log } = await env.open();
  const attrs = { 'data-lang': 'fr', 'data-preset': 'mali-2022' };
  await page.goto(`${env.server.url}/pages/attributes.html?attrs=${encodeURIComponent(JSON.stringify(attrs))}`);
  await chartsDrawn(page);
  await page.evaluate(async (app) => {
    const second = document.createElement('div');
    second.id = 'second';
    second.setAttribute('data-lang', 'en');
    second.setAttribute('data-preset', 'mali-2022');
    document.body.append(second);
    const { mount } = await import(`${app}embed.js`);
    await mount(second);
  }, APP);
  await chartsDrawn(page, '#second');
  assert.equal(await rootLang(page), 'fr');
  assert.equal(await rootLang(page, '#second'), 'en');
  assert.notEqual(await summary(page), await summary(page, '#second'));
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the main levers move the charts and the summary in French too', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#v=2&preset=mali-2022&lang=fr`);
  await chartsDrawn(page);
  const sliders = await widget(page).locator('.mx-levers input[type="range"]').all();
  assert.ok(sliders.length >= 8, `${sliders.length} sliders`);
  for (const slider of sliders.slice(0, 8)) {
    const label = await slider.evaluate((input) => input.labels[0].textContent.trim());
    const before = await summary(page);
    const [min, max, now] = await slider.evaluate((i) => [Number(i.min), Number(i.max), Number(i.value)]);
    const target = now === max ? min : max;
    await moveLever(page, label, target);
    assert.notEqual(await summary(page), before, `${label}: the summary changes`);
    assert.match(await slider.getAttribute('aria-valuetext'), /\d/, `${label}: spoken in French`);
  }
  assert.deepEqual(log.errors, []);
  await page.close();
});
