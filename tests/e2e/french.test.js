// The widget in French as a French reader meets it: the language chosen by
// the page or the browser, the EN | FR switch, two widgets in two languages
// on one page, the main levers' checks in French, and no English left on
// screen (place names, notes and sources included) on any tab, in a lesson,
// the share panel, a chart's table and the brief.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, PRESETS, chartsDrawn, summary, widget, moveLever, expectHash } from './lib/fixtures.js';
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
  await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022`);
  await chartsDrawn(page);
  assert.equal(await rootLang(page), 'fr');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr', 'the page takes the language');
  await expectHash(page, 'v=3&preset=mali-2022&host=france&view=origin&lang=fr', 'the link says French');
  const w = widget(page);
  await w.getByRole('tab', { name: "Pays d’origine" }).waitFor();
  assert.match(await summary(page), /par travailleur/);
  // The switch: English, and back.
  await w.getByRole('button', { name: 'EN', exact: true }).click();
  await w.getByRole('tab', { name: 'Origin country' }).waitFor();
  assert.equal(await rootLang(page), 'en');
  await expectHash(page, 'v=3&preset=mali-2022&host=france&view=origin&lang=en');
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
  await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022&lang=fr`);
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

// ---------------------------------------------------------------- no English left

/**
 * Words a French page shows exactly as an English one, on purpose: the
 * product's name, file formats, the language switch (each language named in
 * itself), the sources' keys (WDI, DESA…: references into the list of
 * sources, which spells each out in the page's language), and every name
 * presets.json gives alike in both languages ("Mali 2022", "France",
 * "Bangladesh"), read from the file so that a name it translates ("Arabie
 * saoudite") must be shown translated.
 */
const nameAlike = (words) => (words.en === words.fr ? [words.en] : []);
const SAME_IN_BOTH = new Set([
  'Migration Explorer', 'CSV', 'PNG', 'SVG', 'EN', 'FR', 'English', 'Français',
  ...Object.keys(PRESETS.sources),
  ...PRESETS.presets.flatMap((p) => [
    ...nameAlike(p.name),
    ...nameAlike({ en: p.country.en.name, fr: p.country.fr.name }),
    ...p.hosts.flatMap((h) => nameAlike({ en: h.country.en.name, fr: h.country.fr.name })),
  ]),
]);

/** Names presets.json gives differently in French ("Saudi Arabia", "Côte d'Ivoire" with its straight apostrophe). */
const ENGLISH_NAMES = [
  ...new Set(
    PRESETS.presets
      .flatMap((p) => [p.country, ...p.hosts.map((h) => h.country)])
      .filter((c) => c.en.name !== c.fr.name)
      .map((c) => c.en.name),
  ),
];

/** English words that no French sentence holds, as whole words. */
const TELLTALE = /(?<!\p{L})(the|of|and|with|from|to|income|remittances?|workers?|country|baseline|skilled|labour|emigrants?|per)(?!\p{L})/iu;

/**
 * Titles a French bibliography cites as they were published, and names of
 * organisations that have no French form, for works that have no French edition (the sources' French titles are used where the
 * publisher has one: "Indicateurs du développement dans le monde"…):
 * removed before looking for English words.
 */
const TITLES = [
  'International Migration, Remittances and the Brain Drain',
  'International migration by education attainment, 1990–2000',
  'Remittance Prices Worldwide',
  'Bilateral Remittance Matrix',
  // An organisation's own name, in no other language.
  'Nepal Rastra Bank',
  /(Quarterly )?Journal of (the )?(\p{Lu}\p{L}+ ?)+/gu,
];

/**
 * Every visible text of the widget in `host` (its shadow root) and every
 * accessible name or description it gives in attributes, trimmed. Text in
 * <code> is left out: parameter names and symbols (`emig_rate_skilled`,
 * κ_R) are identifiers, the same in every language by design.
 */
const shownTexts = (page, host = '[data-migration-explorer]') =>
  page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const out = new Set();
    const add = (text) => {
      const t = (text ?? '').replace(/\s+/g, ' ').trim();
      if (/\p{L}/u.test(t)) out.add(t);
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('code, style, script')) continue;
      if (parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) add(node.textContent);
    }
    for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-valuetext]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) add(el.getAttribute(name));
    }
    return [...out];
  }, host);

/** The widget's words in `lang` in every state a reader meets: each tab, a lesson, the share panel, a chart's numbers, the brief. */
async function everyText(lang) {
  const texts = new Set();
  const { page, log } = await env.open({ viewport: { width: 1280, height: 900 } });
  const take = async (host) => (await shownTexts(page, host)).forEach((t) => texts.add(t));
  const goto = async (path) => {
    // A fresh document each time: a new hash alone would keep the open panels.
    await page.goto('about:blank');
    await page.goto(`${env.server.url}${APP}${path}`);
    await page.waitForFunction(() => document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('[role=tab], .mx-brief[data-ready]'));
  };
  // The v3 countries and notes too: displacement (Nepal in Malaysia), Italy,
  // the cost far from today's and the skilled wage below the unskilled
  // (Mali 2000 with a return upgrade of 0.05).
  for (const preset of [
    'mali-2022', 'bangladesh-2022', 'nepal-2022&host=malaysia', 'senegal-2022&host=italy',
    'mali-2000&return_upgrade=0.05&transfer_cost=0.15',
  ]) {
    await goto(`index.html#v=3&preset=${preset}&lang=${lang}`);
    await chartsDrawn(page);
    const views = await page.evaluate(() =>
      [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('[role=tab]')].map((t) => t.id.replace(/^tab-/, '')),
    );
    assert.ok(views.length >= 6, views.join());
    for (const view of views) {
      await widget(page).locator(`#tab-${view}`).click();
      await widget(page).locator(`#panel-${view}`).waitFor();
      // Every chart's "Show the numbers" table open.
      for (const summary of await widget(page).locator('.mx-numbers summary').all()) await summary.click();
      await take();
    }
    await widget(page).locator('[aria-controls="mx-share"]').click();
    await widget(page).locator('#mx-share').waitFor();
    await take();
  }
  // A lesson that names an origin and a host, with the teacher's notes open.
  await goto(`index.html#lesson=host-view&step=3&lang=${lang}`);
  await widget(page).locator('details.mx-teacher summary').click();
  await take();
  // The "Who gains?" lesson, every step with the teacher's notes open, and its worksheet.
  for (let step = 1; step <= 5; step += 1) {
    await goto(`index.html#lesson=who-gains&step=${step}&lang=${lang}`);
    await widget(page).locator('details.mx-teacher summary').click();
    await take();
  }
  await goto(`brief.html#lesson=who-gains&mode=worksheet&lang=${lang}`);
  await take();
  // The brief page.
  await goto(`brief.html#v=3&preset=mali-2022&lang=${lang}`);
  await take();
  assert.deepEqual(log.errors, []);
  await page.close();
  return texts;
}

test('no English left on screen in French: no text of the English page, no English word', async () => {
  const [en, fr] = [await everyText('en'), await everyText('fr')];
  assert.ok(en.size > 300 && fr.size > 300, `${en.size} English and ${fr.size} French texts`);
  // A lone letter is a glyph (the "i" of a lever's explanation), not a word.
  const same = [...fr].filter((t) => en.has(t) && !SAME_IN_BOTH.has(t) && t.length > 1);
  const english = [...fr].filter(
    (t) => {
      const bare = TITLES.reduce((rest, title) => rest.replaceAll(title, ''), t);
      return TELLTALE.test(bare) || ENGLISH_NAMES.some((name) => bare.includes(name));
    },
  );
  const list = (what, texts) => `${texts.length} French texts ${what}:\n  ${texts.join('\n  ')}`;
  assert.ok(same.length + english.length === 0, `${list('as the English page shows them', same)}\n${list('with English words', english)}`);
});
