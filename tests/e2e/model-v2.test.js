// What model version 2 changed for a reader, checked as a reader sees it:
// one figure per view, compared with the model's command line
// (migration-sim) and presets.json, never with a number typed in by hand;
// old and reserved links; the model's reasons for refusing a value; what the
// two reset buttons and a change of country do to the link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  setUp, APP, PRESETS, chartsDrawn, summary, widget, moveLever, notices, textOf, setBadges, expectHash, sim, simRows,
} from './lib/fixtures.js';
import { percent, signedPercent, usd, people, number } from './lib/format.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const load = (hash, options) => env.load(hash, options);

const value = (page, label) => widget(page).getByLabel(label, { exact: true }).inputValue();
const sentences = (page) =>
  page.evaluate(() => [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('#mx-summary p')].map((p) => p.textContent));
const origin = (id) => PRESETS.presets.find((p) => p.id === id);
const optimumOf = (preset) => JSON.parse(sim('--preset', preset, '--optimum'));
const paramsOf = (preset) => Object.fromEntries(JSON.parse(sim('--preset', preset, '--params')).params.map((p) => [p.name, p.value]));
const BRAIN_GAIN = 'Brain gain: study encouraged by migration prospects';
const SAVING = 'Saving rate';

test('origin view: the summary gives income per worker (GDP + remittances) as migration-sim computes it, against a flat baseline', async () => {
  const { page, log } = await load('v=3&preset=mali-2022&host=france&transfer_cost=0.03');
  const run = simRows('--preset', 'mali-2022', '--host', 'france', '--set', 'transfer_cost=0.03').at(-1);
  const base = simRows('--preset', 'mali-2022', '--host', 'france', '--baseline').at(-1);
  const [income, remittances] = await sentences(page);
  const change = run.income_per_worker_usd / base.income_per_worker_usd - 1;
  assert.equal(
    income,
    `By ${run.year}, income per worker (GDP + remittances) in Mali is ${signedPercent(change, 1)} against the baseline: ` +
      `${usd(run.income_per_worker_usd)} against ${usd(base.income_per_worker_usd)}, at base-year prices.`,
  );
  assert.match(signedPercent(change, 1), /^\+/, 'cheaper transfers raise income in this scenario');
  // Flat: at the end of the run the baseline's remittances are still the observed share of the base year.
  const observed = origin('mali-2022').figures.rem_gdp0.value;
  assert.equal(percent(base.remittances_to_gdp, 2), percent(observed, 2));
  assert.match(remittances, new RegExp(`against ${percent(observed, 2)} in the baseline`));
  assert.equal(
    await textOf(page, '#mx-origin-baseline'),
    'With nothing changed, these ratios stay where they are today: the dashed baseline is flat. The solid lines show what the scenario changes against it, at base-year prices; they are not forecasts.',
  );
  // The income chart says what it shows, in its note and to screen readers.
  const chart = await page.evaluate(() => {
    const figure = document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#chart-income');
    return { label: figure.querySelector('canvas').getAttribute('aria-label'), note: figure.querySelector('figcaption').textContent };
  });
  assert.match(chart.note, /^Income per worker \(GDP \+ remittances\): GDP plus remittances received, per resident worker/);
  assert.match(chart.note, /not GNI, and per worker, not per person/i);
  // The chart shows the same change against the baseline, in per cent, to the digits it prints.
  const drawn = chart.label.match(/^Income per worker at home \(% against the baseline\), 2052: Scenario (−?\d+\.(\d+)); Baseline 0\.0+\.$/);
  assert.ok(drawn, chart.label);
  const half = 0.5 * 10 ** -drawn[2].length;
  assert.ok(Math.abs(Number(drawn[1].replace('−', '-')) - 100 * change) <= half + 1e-12, `${chart.label} against ${100 * change}`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("host view: the baseline sentence names the origin's and the host's labour growth from presets.json", async () => {
  for (const [preset, host] of [['bangladesh-2022', 'saudi-arabia'], ['mali-2022', 'cote-divoire']]) {
    const { page } = await load(`v=3&preset=${preset}&host=${host}&view=host`);
    const o = origin(preset);
    const h = o.hosts.find((x) => x.id === host);
    // labour_growth is shown at its slider step, 0.1 point.
    const growth = (share) => `${percent(share, 1)} a year`;
    assert.notEqual(growth(o.figures.labour_growth.value), growth(h.figures.labour_growth.value), `${preset}: two different rates to tell apart`);
    assert.equal(
      await textOf(page, '#mx-host-baseline'),
      `The host's baseline moves even with nothing changed: the corridor's migrants grow with the population ${o.country.en.of} ` +
        `(${growth(o.figures.labour_growth.value)}), and the labour force ${h.country.en.of} at its own pace (${growth(h.figures.labour_growth.value)}).`,
    );
    await page.close();
  }
});

test('optimum view: Bangladesh 2022 is below its optimum, Mali 2022 above, and the view says what the optimum reflects', async () => {
  for (const [preset, hash, where] of [
    ['bangladesh-2022', 'v=3&view=optimum', 'below it'],
    ['mali-2022', 'v=3&preset=mali-2022&view=optimum', 'above it'],
  ]) {
    const { page } = await load(hash);
    const opt = optimumOf(preset);
    const current = paramsOf(preset).emig_rate_skilled;
    assert.ok(opt.interior, `${preset}: an interior optimum`);
    assert.equal(where === 'below it', current < opt.emig_rate_skilled, `${preset}: the model puts the current rate ${where}`);
    const expected =
      `The migration optimum for skilled emigration is ${percent(opt.emig_rate_skilled, 2)} a year ` +
      `(band ${percent(opt.band[0], 2)} to ${percent(opt.band[1], 2)}). The current rate, ${percent(current, 2)}, is ${where}.`;
    assert.equal(await textOf(page, '.mx-optimum-sentence'), expected);
    assert.ok((await sentences(page)).includes(expected), `${preset}: the summary says the same`);
    assert.equal(
      await textOf(page, '#mx-optimum-reflects'),
      'This optimum reflects the assumptions on brain gain and on the weight of skills more than the country\'s data: move them under Advanced and see it shift. It is a way to think with ¶7, not a target rate.',
    );
    await page.close();
  }
  // The figures the brief quotes, as a reader reads them.
  assert.equal(percent(optimumOf('bangladesh-2022').emig_rate_skilled, 2), '0.45\u00a0%');
  assert.equal(percent(paramsOf('bangladesh-2022').emig_rate_skilled, 2), '0.31\u00a0%');
  assert.equal(percent(optimumOf('mali-2022').emig_rate_skilled, 2), '0.55\u00a0%');
  assert.equal(percent(paramsOf('mali-2022').emig_rate_skilled, 2), '1.32\u00a0%');
});

test('assumptions view: the remittance scale κ_R and the history check against migration-sim --history', async () => {
  const { page } = await load('v=3');
  await widget(page).getByRole('tab', { name: 'Assumptions and limits' }).click();
  await widget(page).locator('.mx-history').waitFor();
  const kappa = await textOf(page, '.mx-kappa');
  assert.match(kappa, /^Remittance scale/);
  // κ_R at the default assumptions for Bangladesh 2022, docs/model.md §3 (held by the
  // model's test kappa_r_at_default_assumptions_is_as_quoted).
  const shown = kappa.match(/κ_R = (\d+\.\d\d), so that the first year reproduces the remittances observed in Bangladesh, (\S+\u00a0%) of GDP in 2022\./);
  assert.ok(shown, kappa);
  assert.equal(shown[1], '1.15');
  assert.equal(shown[2], percent(origin('bangladesh-2022').figures.rem_gdp0.value, 2));
  // The effective shares are κ_R × the shares as set (30 % and 10 % by default).
  const shares = kappa.match(/are (\d+\.\d)\u00a0% of earnings .* and (\d+\.\d)\u00a0% for tertiary-educated migrants \(κ_R × the shares as set, 30\.0\u00a0% and 10\.0\u00a0%\)/);
  assert.ok(shares, kappa);
  assert.ok(Math.abs(Number(shares[1]) - 1.15 * 30) <= 0.5 + 1e-9 && Math.abs(Number(shares[2]) - 1.15 * 10) <= 0.5 + 1e-9, kappa);

  const rows = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-history tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    ),
  );
  const LABELS = {
    remittances_to_gdp: 'Remittances / GDP',
    skilled_share: 'Tertiary-educated share of workers',
    diaspora_people: 'Emigrants living abroad',
    gdp_per_worker_usd: 'GDP per worker, current US$',
  };
  const shownAs = (quantity, v) => (quantity === 'diaspora_people' ? people(v) : quantity === 'gdp_per_worker_usd' ? usd(v) : percent(v, 2));
  const expected = sim('--history')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [preset, quantity, model, observed] = line.split(',');
      return [origin(preset).name.en, LABELS[quantity], shownAs(quantity, Number(model)), shownAs(quantity, Number(observed))];
    });
  assert.equal(expected.length, 8);
  assert.deepEqual(rows, expected);
  // The row docs/model.md §5 quotes: 8.6 million modelled, 7.4 million observed (2020).
  assert.deepEqual(rows.find((r) => r[0] === 'Bangladesh 2000' && r[1] === 'Emigrants living abroad'), [
    'Bangladesh 2000', 'Emigrants living abroad', '8.59\u00a0million', '7.40\u00a0million',
  ]);
  const head = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-history thead th')].map((c) => c.textContent),
  );
  assert.deepEqual(head, ['Country', 'Quantity', 'Model, 2022', 'Observed, 2022']);
  await page.close();
});

test('a v=1 link opens with its levers and exactly one notice that the model and its figures have changed', async () => {
  const { page } = await load('v=1&preset=mali-2022&host=france&transfer_cost=0.03&brain_gain=1.2&view=origin');
  const shown = await notices(page);
  assert.equal(shown.length, 1, shown.join('\n'));
  assert.match(shown[0], /made with version 1 of the model/);
  assert.match(shown[0], /the model has changed since \(version 2\), and so have the figures/);
  assert.equal(await value(page, 'Transfer cost'), '0.03');
  assert.equal(await value(page, BRAIN_GAIN), '1.2');
  assert.deepEqual(await setBadges(page), ['Transfer cost', BRAIN_GAIN]);
  // The same settings as a v=3 link: the same numbers, and no notice.
  const words = await summary(page);
  await expectHash(page, 'v=3&preset=mali-2022&host=france&transfer_cost=0.03&brain_gain=1.2&view=origin&lang=en', 'the link is rewritten as v=3');
  const { page: current } = await load('v=3&preset=mali-2022&host=france&transfer_cost=0.03&brain_gain=1.2&view=origin');
  assert.equal(await summary(current), words);
  assert.deepEqual(await notices(current), []);
  // The notice is said once: rewriting the link does not repeat it.
  await page.waitForTimeout(300);
  assert.equal((await notices(page)).length, 1);
  await page.close();
  await current.close();
});

test('a bad uncertainty value, unknown lessons and modes get a notice and never become a lever', async () => {
  const { page } = await load('v=3&preset=mali-2022&lesson=intro&uncertainty=maybe&mode=compare&transfer_cost=0.03');
  assert.deepEqual(await notices(page), [
    'There is no lesson "intro": it was ignored. (in the link)',
    'There is no mode "compare": showing the usual layout. (in the link)',
    '"maybe" is not a value of the uncertainty switch (on or off): it was ignored. (in the link)',
  ]);
  assert.equal(await value(page, 'Transfer cost'), '0.03');
  await expectHash(page, 'v=3&preset=mali-2022&host=france&transfer_cost=0.03&view=origin&lang=en', 'the link drops what it ignored');
  await page.close();
});

test("bad values get the model's reason with the range and fall back: link over attributes over defaults", async () => {
  const { page } = await load('v=3&horizon_years=12.5');
  assert.deepEqual(await notices(page), ['Years simulated: 12.5 is not a whole number, so the default 30 years is used. (in the link)']);
  assert.equal(await value(page, 'Years simulated'), '30');
  assert.match(await summary(page), /^By 2052,/);
  await page.close();

  // A page that sets levers in data-set, and a link that tries to override them with bad values.
  const attrs = { 'data-url-state': '', 'data-preset': 'mali-2022', 'data-set': 'transfer_cost=0.05,horizon_years=20,irregular_share=0.3' };
  const { page: p } = await env.open();
  await p.goto(
    `${env.server.url}/pages/attributes.html?attrs=${encodeURIComponent(JSON.stringify(attrs))}` +
      '#v=3&transfer_cost=abc&horizon_years=12.5&invested_share=0.9&irregular_share=0.4',
  );
  await chartsDrawn(p);
  // Each notice names what is used instead: the page's value, or the default.
  assert.deepEqual(await notices(p), [
    'Transfer cost: "abc" is not a number, so 5.0\u00a0% is used. (in the link)',
    'Years simulated: 12.5 is not a whole number, so 20 years is used. (in the link)',
    'Share of remittances invested: 0.9 is outside its range (0\u00a0% to 60\u00a0%), so the default 25\u00a0% is used. (in the link)',
  ]);
  assert.equal(await value(p, 'Transfer cost'), '0.05', 'the attribute, under the refused link value');
  assert.equal(await value(p, 'Years simulated'), '20', 'the attribute, under the refused link value');
  assert.equal(await value(p, 'Share of remittances invested'), '0.25', 'the default, with nothing below');
  assert.equal(await value(p, 'Irregular migration share'), '0.4', 'a good link value wins over the attribute');
  await expectHash(p, 'v=3&preset=mali-2022&host=france&transfer_cost=0.05&irregular_share=0.4&horizon_years=20&view=origin&lang=en');
  await p.close();
});

test('"Advanced" holds more scenario levers, then the assumptions with their explanation and reset', async () => {
  const { page } = await load('v=3');
  const w = widget(page);
  await w.locator('summary', { hasText: 'Advanced' }).click();
  const layout = await page.evaluate(() => {
    const details = document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('details.mx-advanced');
    const section = details.querySelector('.mx-assumption-group');
    return {
      headings: [...details.querySelectorAll('h4')].map((h) => h.textContent),
      before: [...details.querySelectorAll('.mx-lever')].filter((l) => !section.contains(l)).map((l) => l.querySelector('label').textContent),
      inside: [...section.querySelectorAll('.mx-lever')].map((l) => l.querySelector('label').textContent),
      explained: section.querySelector('.mx-assumptions-explained').textContent,
      button: section.querySelector('button.mx-button').textContent,
    };
  });
  assert.deepEqual(layout.headings, ['More scenario levers', 'Assumptions']);
  assert.deepEqual(layout.before, [
    'Returnees who come back skilled', 'Diaspora investment at home', 'Earnings abroad / at home, unskilled',
    'Earnings abroad / at home, skilled', 'Earnings penalty of irregular status',
  ]);
  assert.ok(layout.inside.includes(BRAIN_GAIN) && layout.inside.includes('Weight of skills in the migration optimum'));
  assert.ok(layout.inside.includes('Net fiscal contribution per regular migrant'), 'the host assumptions too');
  assert.match(layout.explained, /Changing one changes the baseline too/);
  assert.equal(layout.button, 'Reset assumptions');
  await page.close();
});

test('Reset to baseline unsets only the scenario levers; Reset assumptions only the assumptions', async () => {
  const levers = 'transfer_cost=0.03&invested_share=0.45';
  const assumptions = 'brain_gain=1.2&skills_weight=1';
  const { page } = await load(`v=3&preset=mali-2022&host=france&${levers}&${assumptions}`);
  const w = widget(page);
  await expectHash(page, `v=3&preset=mali-2022&host=france&${levers}&${assumptions}&view=origin&lang=en`);
  await w.getByRole('button', { name: 'Reset to baseline' }).click();
  await expectHash(page, `v=3&preset=mali-2022&host=france&${assumptions}&view=origin&lang=en`, 'Reset to baseline keeps the assumptions');
  assert.deepEqual(await setBadges(page), [BRAIN_GAIN, 'Weight of skills in the migration optimum']);
  assert.equal(await value(page, 'Transfer cost'), String(Number(origin('mali-2022').figures.transfer_cost.value.toFixed(3))), "Mali's own transfer cost, on the slider's steps");
  // The numbers are those of the assumptions alone.
  const { page: only } = await load(`v=3&preset=mali-2022&host=france&${assumptions}`);
  assert.equal(await summary(page), await summary(only));
  await only.close();

  // And the other way round, from the full scenario again.
  await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022&host=france&${levers}&${assumptions}&horizon_years=40`);
  await page.reload();
  await chartsDrawn(page);
  await w.locator('summary', { hasText: 'Advanced' }).click();
  await w.getByRole('button', { name: 'Reset assumptions' }).click();
  await expectHash(page, `v=3&preset=mali-2022&host=france&${levers}&view=origin&lang=en`, 'Reset assumptions keeps the scenario levers (Years simulated is an assumption)');
  assert.deepEqual(await setBadges(page), ['Transfer cost', 'Share of remittances invested']);
  assert.equal(await value(page, BRAIN_GAIN), '0.8');
  assert.equal(await value(page, 'Years simulated'), '30');
  const { page: leversOnly } = await load(`v=3&preset=mali-2022&host=france&${levers}`);
  assert.equal(await summary(page), await summary(leversOnly));
  await leversOnly.close();
  await page.close();
});

test('changing the country unsets the scenario levers, keeps an assumption set before, and says so', async () => {
  const { page } = await load('v=3&preset=bangladesh-2022');
  const w = widget(page);
  await moveLever(page, 'Transfer cost', 0.02);
  await w.locator('summary', { hasText: 'Advanced' }).click();
  await moveLever(page, SAVING, 0.3);
  await expectHash(page, 'v=3&preset=bangladesh-2022&host=saudi-arabia&transfer_cost=0.02&saving_rate=0.3&view=origin&lang=en');
  await w.getByLabel('Country', { exact: true }).selectOption({ label: 'Mali 2022' });
  const note = w.locator('.mx-preset-note');
  await note.waitFor();
  assert.equal(await note.textContent(), "Now showing Mali: the scenario levers are back at this country's defaults; the assumptions you set are kept.");
  await expectHash(page, 'v=3&preset=mali-2022&host=france&saving_rate=0.3&view=origin&lang=en');
  assert.equal(await value(page, SAVING), '0.3');
  assert.equal(await value(page, 'Transfer cost'), String(Number(origin('mali-2022').figures.transfer_cost.value.toFixed(3))), "Mali's own transfer cost");
  assert.deepEqual(await setBadges(page), [SAVING]);
  assert.match(await summary(page), /in Mali/);
  // The note goes with the next change.
  await moveLever(page, 'Share of remittances invested', 0.4);
  assert.equal(await note.count(), 0);
  await page.close();
});
