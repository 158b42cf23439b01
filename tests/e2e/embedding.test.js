// The widget in pages we do not build: several widgets on an agency's page,
// a strict Content-Security-Policy, an iframe on another origin talking to
// the widget by messages, links that survive a reload, and hostile input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.js';
import { launch, openPage } from './lib/browser.js';
import { setUp, APP, PAGES, DIST, STRICT_CSP, canvases, chartsDrawn, pixels, summary, widget, moveLever, notices, setBadges, expectHash, downloadOf, pngSize, parseSvg, PRESETS } from './lib/fixtures.js';


let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const value = (page, label, host) => widget(page, host).getByLabel(label, { exact: true }).inputValue();

test('two widgets on one agency page render and change independently', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}/pages/two-widgets.html`);
  await chartsDrawn(page, '#a');
  await chartsDrawn(page, '#b');
  assert.equal(await value(page, 'Transfer cost', '#a'), '0.03', 'data-set applied to the first');
  assert.match(await summary(page, '#a'), /Mali/);
  assert.match(await summary(page, '#b'), /Bangladesh/);
  assert.deepEqual((await canvases(page, '#b')).map((c) => c.chart), ['optimum'], 'data-view applied to the second');
  const [a, b] = [await pixels(page, '#a'), await pixels(page, '#b')];
  await moveLever(page, 'Transfer cost', 0.1, '#a');
  assert.notDeepEqual(await pixels(page, '#a'), a, 'the first widget changed');
  assert.deepEqual(await pixels(page, '#b'), b, 'the second did not');
  const own = PRESETS.presets.find((p) => p.id === 'bangladesh-2000').figures.transfer_cost.value;
  assert.equal(await value(page, 'Transfer cost', '#b'), String(Number(own.toFixed(3))), "its own preset, on the slider's 0.1-point steps");
  // Only a widget marked data-url-state touches the page's link: wait past
  // the link's 250 ms debounce, then check nothing was written.
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("the widget neither inherits the page's styles nor changes them", async () => {
  const { page } = await env.open();
  await page.goto(`${env.server.url}/pages/two-widgets.html`);
  await chartsDrawn(page, '#a');
  const styles = await page.evaluate(() => {
    const root = document.querySelector('#a').shadowRoot;
    const button = root.querySelector('.mx-button');
    const label = root.querySelector('label');
    const pick = (el) => {
      const s = getComputedStyle(el);
      return { color: s.color, font: s.fontFamily, size: s.fontSize, background: s.backgroundColor, display: s.display, border: s.borderTopWidth };
    };
    return {
      button: pick(button),
      label: pick(label),
      labelBefore: getComputedStyle(label, '::before').content,
      canvas: getComputedStyle(root.querySelector('canvas')).display,
      pageButton: pick(document.querySelector('#page-button')),
    };
  });
  assert.notEqual(styles.button.background, 'rgb(255, 0, 0)', 'page button rule does not reach in');
  assert.notEqual(styles.button.border, '10px');
  assert.notEqual(styles.label.color, 'rgb(200, 0, 0)', 'inherited colour is reset');
  assert.doesNotMatch(styles.label.font, /Comic/, 'inherited font is reset');
  assert.equal(styles.label.size, '14.4px', 'our 0.9rem of a 16px root, not the page\'s 30px');
  assert.equal(styles.labelBefore, 'none');
  assert.equal(styles.canvas, 'block', 'the page hides canvases; ours show');
  assert.equal(styles.pageButton.background, 'rgb(255, 0, 0)', "the page's own button keeps its style");
  await page.close();
});

test('a widget added later is mounted with mount() and removed with destroy()', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}/pages/two-widgets.html`);
  await chartsDrawn(page, '#a');
  await page.evaluate(() => window.mountLater());
  await chartsDrawn(page, '#later');
  assert.match(await summary(page, '#later'), /Mali/);
  assert.equal(await widget(page, '#later').getByLabel('Host country', { exact: true }).inputValue(), 'cote-divoire');
  await page.evaluate(() => window.destroyLater());
  assert.equal(await page.evaluate(() => document.querySelector('#later').shadowRoot.childElementCount), 0);
  await page.evaluate(() => window.mountLater());
  await chartsDrawn(page, '#later');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('under a strict Content-Security-Policy nothing is refused', async (t) => {
  const strict = await serve({ mounts: { [APP]: DIST, '/pages/': PAGES }, headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  t.after(() => strict.close());
  for (const [path, host] of [[`${APP}index.html`, '[data-migration-explorer]'], ['/pages/two-widgets.html', '#a']]) {
    const { page, log } = await env.open();
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    await page.goto(`${strict.url}${path}`);
    await chartsDrawn(page, host);
    const w = widget(page, host);
    await moveLever(page, 'Transfer cost', 0.02, host);
    // A chart saved both ways: the SVG's text is measured on a canvas, not in a styled <span>.
    const png = await downloadOf(page, 'Download Who gains as PNG', host);
    assert.ok(pngSize(png.bytes)?.width > 0, `${path}: a PNG`);
    const svg = await downloadOf(page, 'Download Who gains as SVG', host);
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    assert.equal(parsed.error, null, `${path}: the SVG parses`);
    assert.ok(parsed.texts.includes('Who gains'), `${path}: the SVG has its title`);
    await w.getByRole('button', { name: 'Share / embed' }).click();
    for (const tab of ['Host country', 'Migration optimum', "The document's themes", 'Assumptions and limits']) {
      await w.getByRole('tab', { name: tab }).click();
    }
    await w.getByRole('button', { name: 'About: Transfer cost' }).click();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    assert.deepEqual(await page.evaluate(() => window.violations), [], `${path}: no STRICT_CSP violation`);
    assert.deepEqual(log.errors, [], `${path}: no console error`);
    const response = await page.request.get(`${strict.url}${path}`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'the policy was really sent');
    await page.close();
  }
});

test('an agency page with embed.js registers no service worker; only our own pages do', async (t) => {
  const browser = await launch({ serviceWorkers: 'allow' });
  t.after(() => browser.close());
  const { page, log } = await openPage(browser);
  await page.goto(`${env.server.url}/pages/two-widgets.html`);
  await chartsDrawn(page, '#a');
  // offline.js would register once the widgets are mounted: wait past that.
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  // The same origin's stand-alone page does register one, which the check above would see.
  await page.goto(`${env.server.url}${APP}index.html`);
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 1, null, { polling: 50 });
  assert.deepEqual(log.errors, []);
});

test('in an iframe on another origin: resize and set messages, and only from allowed origins', async (t) => {
  const agency = await serve({ mounts: { '/pages/': PAGES } });
  const stranger = await serve({ mounts: { '/pages/': PAGES } });
  t.after(() => Promise.all([agency.close(), stranger.close()]));
  const src = `${env.server.url}${APP}index.html#v=3&preset=mali-2022&host=france&allow-origin=${encodeURIComponent(agency.url)}`;

  const { page, log } = await env.open();
  await page.goto(`${agency.url}/pages/frame-host.html?src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('#frame');
  await frame.getByLabel('Transfer cost', { exact: true }).waitFor();
  // The frame grows to the widget's height: no scrollbar inside it.
  await page.waitForFunction(() => window.resizes.length > 0 && Number(document.querySelector('#frame').height) > 800);
  const fits = await page.frames()[1].evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
  assert.ok(fits, 'the content fits the frame');
  // A set message from the allowed origin changes the widget.
  await page.evaluate(() => window.sendToWidget({ type: 'migration-explorer:set', set: { transfer_cost: 0.02, invested_share: 0.5 }, view: 'optimum' }));
  await frame.getByRole('tab', { name: 'Migration optimum', selected: true }).waitFor();
  assert.equal(await frame.getByLabel('Transfer cost', { exact: true }).inputValue(), '0.02');
  assert.equal(await frame.getByLabel('Share of remittances invested', { exact: true }).inputValue(), '0.5');
  // A bad value in a message is refused with a visible notice, the rest applied.
  await page.evaluate(() => window.sendToWidget({ type: 'migration-explorer:set', set: { transfer_cost: 7, invested_share: 0.3 } }));
  await frame.locator('.mx-notices').getByText(/Transfer cost: 7 is outside its range \(0\.0\u00a0% to 15\.0\u00a0%\)/).waitFor();
  assert.equal(await frame.getByLabel('Transfer cost', { exact: true }).inputValue(), '0.02');
  assert.equal(await frame.getByLabel('Share of remittances invested', { exact: true }).inputValue(), '0.3');
  // What a message gets wrong in its shape is said in the widget too, not only on the console.
  await page.evaluate(() => window.sendToWidget({ type: 'migration-explorer:set', nope: 1, set: { invested_share: 0.35 } }));
  await frame.locator('.mx-notices').getByText('There is no setting "nope": it was ignored. (in a message from the page)').waitFor();
  assert.equal(await frame.getByLabel('Share of remittances invested', { exact: true }).inputValue(), '0.35');
  // Messages of another shape are ignored and logged.
  const logged = page.waitForEvent('console', (m) => m.type() === 'info' && m.text().includes('ignored a message'));
  await page.evaluate(() => window.sendToWidget({ type: 'something-else', set: { transfer_cost: 0.1 } }));
  await logged;
  assert.equal(await frame.getByLabel('Transfer cost', { exact: true }).inputValue(), '0.02');
  assert.deepEqual(log.errors, []);
  await page.close();

  // The same frame on an origin that is not allowed: its messages change nothing.
  const other = await env.open();
  const warned = new Promise((resolve) => other.page.on('console', (m) => m.text().includes('not in allow-origin') && resolve(m.text())));
  await other.page.goto(`${stranger.url}/pages/frame-host.html?src=${encodeURIComponent(src)}`);
  const frame2 = other.page.frameLocator('#frame');
  await frame2.getByLabel('Transfer cost', { exact: true }).waitFor();
  const before = await frame2.getByLabel('Transfer cost', { exact: true }).inputValue();
  await other.page.evaluate(() => window.sendToWidget({ type: 'migration-explorer:set', set: { transfer_cost: 0.01 } }));
  assert.match(await warned, /ignored a message from "http:\/\/127\.0\.0\.1:\d+", which is not in allow-origin/);
  assert.equal(await frame2.getByLabel('Transfer cost', { exact: true }).inputValue(), before);
  await other.page.close();
});

test('a link brings back every value and chart after a reload', async () => {
  const { page } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2000&host=cote-divoire`);
  await chartsDrawn(page);
  const entries = await page.evaluate(() => history.length);
  await moveLever(page, 'Skilled emigration rate', 0.0125);
  await moveLever(page, 'Remittances sent by skilled migrants', 0.25);
  await moveLever(page, 'Years simulated', 40);
  const w = widget(page);
  await w.locator('summary', { hasText: 'Advanced' }).click();
  await moveLever(page, 'Brain gain: study encouraged by migration prospects', 1.2);
  // Every set lever, in the parameter table's order.
  await expectHash(page, 'v=3&preset=mali-2000&host=cote-divoire&emig_rate_skilled=0.0125&remit_share_skilled=0.25&brain_gain=1.2&horizon_years=40&view=origin&lang=en');
  const link = await page.evaluate(() => location.href);
  const [pictures, words] = [await pixels(page), await summary(page)];
  const { page: fresh } = await env.open();
  await fresh.goto(link);
  await chartsDrawn(fresh);
  assert.equal(await summary(fresh), words);
  assert.deepEqual(await pixels(fresh), pictures);
  for (const [label, v] of [['Skilled emigration rate', '0.0125'], ['Remittances sent by skilled migrants', '0.25'], ['Years simulated', '40'], ['Brain gain: study encouraged by migration prospects', '1.2']]) {
    assert.equal(await value(fresh, label), v);
  }
  assert.deepEqual(await notices(fresh), [], 'a v=3 link opens without a notice');
  assert.deepEqual(
    await setBadges(fresh),
    ['Skilled emigration rate', 'Remittances sent by skilled migrants', 'Years simulated', 'Brain gain: study encouraged by migration prospects'],
    'what the link set shows as set',
  );
  // History is not flooded: moving levers replaced the entry, never pushed.
  assert.equal(await page.evaluate(() => history.length), entries);
  // Editing the link in place (or going back to it) re-reads it.
  await fresh.evaluate(() => {
    location.hash = '#v=3&preset=bangladesh-2000&invested_share=0.5';
  });
  await fresh.waitForFunction(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#mx-summary').textContent.includes('Bangladesh'));
  assert.equal(await value(fresh, 'Share of remittances invested'), '0.5');
  assert.equal(await value(fresh, 'Years simulated'), '30');
  assert.equal(await value(fresh, 'Brain gain: study encouraged by migration prospects'), '0.8', 'a lever the new link does not carry is unset');
  assert.deepEqual(await setBadges(fresh), ['Share of remittances invested']);
  await page.close();
  await fresh.close();
});

test('the link wins over attributes, which win over defaults', async () => {
  const { page } = await env.open();
  const attrs = { 'data-url-state': '', 'data-preset': 'mali-2022', 'data-set': 'transfer_cost=0.05,invested_share=0.4' };
  await page.goto(`${env.server.url}/pages/attributes.html?attrs=${encodeURIComponent(JSON.stringify(attrs))}#v=3&invested_share=0.5`);
  await chartsDrawn(page);
  assert.equal(await widget(page).getByLabel('Country', { exact: true }).inputValue(), 'mali-2022');
  assert.equal(await value(page, 'Transfer cost'), '0.05');
  assert.equal(await value(page, 'Share of remittances invested'), '0.5');
  assert.equal(await value(page, 'Irregular migration share'), '0.2');
  assert.deepEqual(await notices(page), []);
  // The link the widget writes carries what is set, from either layer.
  await expectHash(page, 'v=3&preset=mali-2022&host=france&transfer_cost=0.05&invested_share=0.5&view=origin&lang=en');
  await page.close();
});

// Malformed links: each must give a notice and leave a working widget.
const BAD_HASHES = [
  'v=4', 'v=abc&preset=mali-2022', 'preset=atlantis', 'preset=', 'host=mars', 'preset=mali-2022&host=saudi-arabia',
  'transfer_cost=abc', 'transfer_cost=0.5', 'transfer_cost=-0.01', 'transfer_cost=NaN', 'transfer_cost=Infinity',
  'transfer_cost=1e309', 'transfer_cost=0x10', 'transfer_cost=', 'horizon_years=12.5', 'horizon_years=1000',
  'emig_rate_skilled=0,05', 'unknown_lever=1', 'view=everything', 'lang=klingon', 'lang=', 'transfer_cost', '=0.03', '%',
  'preset=%E0%A4%A', 'preset=%FF%FE', 'preset=mali-2022&preset=mali-2000', 'transfer_cost=0.03&transfer_cost=0.04',
  `preset=${'a'.repeat(5000)}`, `preset=${'é'.repeat(300)}`, `transfer_cost=${'9'.repeat(250)}`, 'preset=%E6%97%A5%E6%9C%AC',
  'preset=🦀', 'preset=<script>alert(1)</script>', 'preset=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'view=%3Csvg%20onload%3Dalert(1)%3E', 'allow-origin=javascript:alert(1)', 'allow-origin=*',
  'allow-origin=https://a.example/path', '&&&=&&', 'v=1&transfer_cost=0.03&brain_gain=-1', 'skills_weight=%00',
  'invested_share=1%0A', 'host_fiscal_per_migrant=-0.31', 'return_rate_unskilled=+0.5', 'horizon_years=30.0000001',
  'PRESET=mali-2022', 'preset=Mali-2022', 'preset=mali-2022%00', 'v=1&v=1', 'irregular_share=0.5e', 'max_study_share=.',
  '%E2%80%AEpreset=mali', 'lesson=1', 'step=2&transfer_cost=0.03', 'mode=compare', 'uncertainty=high',
  'a.transfer_cost=0.9', 'a.=1', 'lesson=optimum&step=0', 'a=1&a.horizon_years=12.5', 'v=3&A.brain_gain=1', 'horizon_years=12.0001', 'v=3&skills_weight=2.0000001',
];
const BAD_ATTRIBUTES = [
  { 'data-preset': 'atlantis' }, { 'data-host': 'mars' }, { 'data-lang': 'zz' }, { 'data-view': 'nope' },
  { 'data-set': 'transfer_cost=abc' }, { 'data-set': 'transfer_cost=0.9' }, { 'data-set': 'nonsense' },
  { 'data-set': 'a=1,b=2' }, { 'data-set': 'transfer_cost=0.03,transfer_cost=0.04' }, { 'data-set': 'x'.repeat(5000) },
  { 'data-preset': '<img src=x onerror=alert(1)>' }, { 'data-preset': '日本語' }, { 'data-set': 'horizon_years=20.5' },
  { 'data-set': '=,=,=' }, { 'data-preset': 'é'.repeat(300) }, { 'data-set': 'lesson=2' },
  { 'data-set': 'a.transfer_cost=x,transfer_cost=0.04' }, { 'data-lesson': 'intro' }, { 'data-lesson': 'optimum', 'data-step': '9' }, { 'data-mode': 'slides' }, { 'data-set': 'prospect_horizon=7.5' },
  { 'data-uncertainty': 'maybe' },
];

test(`${BAD_HASHES.length} malformed links and ${BAD_ATTRIBUTES.length} malformed attributes: a notice and a working widget each`, async () => {
  assert.ok(BAD_HASHES.length + BAD_ATTRIBUTES.length >= 50);
  const { page, log } = await env.open();
  page.on('dialog', (d) => {
    log.errors.push(`a dialog opened: ${d.message()}`);
    d.dismiss();
  });
  const urls = [
    ...BAD_HASHES.map((h) => [`link #${h.slice(0, 40)}`, `${env.server.url}${APP}index.html#${h}`]),
    ...BAD_ATTRIBUTES.map((a) => [`attributes ${JSON.stringify(a).slice(0, 60)}`, `${env.server.url}/pages/attributes.html?attrs=${encodeURIComponent(JSON.stringify(a))}`]),
  ];
  for (const [name, url] of urls) {
    await page.goto('about:blank');
    await page.goto(url);
    await chartsDrawn(page);
    const shown = await notices(page);
    assert.ok(shown.length >= 1, `${name}: a notice`);
    assert.ok(shown.every((t) => t.length < 400), `${name}: notices stay short`);
    const injected = await page.evaluate(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('img, script, svg, iframe').length);
    assert.equal(injected, 0, `${name}: nothing inserted as HTML`);
    const words = await summary(page);
    await moveLever(page, 'Share of remittances invested', (await value(page, 'Share of remittances invested')) === '0.55' ? 0.1 : 0.55);
    assert.notEqual(await summary(page), words, `${name}: the widget still works`);
  }
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the share panel copies a link and snippets that each reproduce the scenario', async () => {
  const { page, log } = await env.open();
  await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  // An assumption from the link, and levers moved by hand.
  await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022&host=cote-divoire&skills_weight=1.5`);
  await chartsDrawn(page);
  await moveLever(page, 'Transfer cost', 0.02);
  await moveLever(page, 'Return rate of skilled migrants', 0.1);
  const w = widget(page);
  await w.getByRole('tab', { name: 'Host country' }).click();
  await chartsDrawn(page);
  const [pictures, words] = [await pixels(page), await summary(page)];

  await w.getByRole('button', { name: 'Share / embed' }).click();
  const link = await w.getByRole('textbox', { name: 'Link to this scenario' }).inputValue();
  const script = await w.getByRole('textbox', { name: 'Embed in a page with a script' }).inputValue();
  const iframe = await w.getByRole('textbox', { name: 'Embed in a page with an iframe' }).inputValue();
  assert.equal(link, `${env.server.url}${APP}index.html#v=3&preset=mali-2022&host=cote-divoire&transfer_cost=0.02&return_rate_skilled=0.1&skills_weight=1.5&view=host&lang=en`);
  assert.match(script, /data-preset="mali-2022" data-host="cote-divoire" data-view="host" data-lang="en" data-set="transfer_cost=0\.02,return_rate_skilled=0\.1,skills_weight=1\.5"/);
  for (const [label, text] of [['Link to this scenario', link], ['Embed in a page with a script', script]]) {
    await w.getByRole('button', { name: `Copy — ${label}` }).click();
    await w.locator('#mx-share').getByText(`Copied: ${label}.`).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
  }

  // The link: the same page, the same pixels.
  const { page: viaLink } = await env.open();
  await viaLink.goto(link);
  await chartsDrawn(viaLink);
  assert.equal(await summary(viaLink), words);
  assert.deepEqual(await pixels(viaLink), pictures);
  // The script snippet, pasted into another page: the same scenario.
  const { page: viaScript } = await env.open();
  await viaScript.route(`${env.server.url}/pages/pasted.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${script}</body></html>` }),
  );
  await viaScript.goto(`${env.server.url}/pages/pasted.html`);
  await chartsDrawn(viaScript);
  assert.equal(await summary(viaScript), words);
  assert.equal(await widget(viaScript).getByRole('tab', { name: 'Host country', selected: true }).count(), 1);
  // The iframe snippet: the same scenario inside the frame.
  const { page: viaFrame } = await env.open();
  await viaFrame.route(`${env.server.url}/pages/framed.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${iframe}</body></html>` }),
  );
  await viaFrame.goto(`${env.server.url}/pages/framed.html`);
  const inner = viaFrame.frameLocator('iframe');
  await inner.locator('#mx-summary').waitFor();
  await viaFrame.waitForFunction(() => document.querySelector('iframe').contentDocument?.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('canvas[data-drawn]'));
  assert.equal(await inner.locator('#mx-summary').textContent(), words);
  assert.deepEqual(log.errors, []);
  for (const p of [page, viaLink, viaScript, viaFrame]) await p.close();
});
