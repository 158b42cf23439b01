// What model version 3 changed for a reader, checked as a reader sees it:
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

test('origin view: income per worker and who gains, as migration-sim computes them, with Bangladesh\'s +2.54 % at a 3 % cost', async () => {
  const { page, log } = await load('v=3&preset=bangladesh-2022&transfer_cost=0.03');
  const run = simRows('--preset', 'bangladesh-2022', '--set', 'transfer_cost=0.03').at(-1);
  const base = simRows('--preset', 'bangladesh-2022', '--baseline').at(-1);
  const [income, split, migrants, remittances] = await sentences(page);
  const change = run.income_per_worker_usd / base.income_per_worker_usd - 1;
  assert.equal(
    income,
    `By ${run.year}, income per worker (GDP + remittances) in Bangladesh is ${signedPercent(change, 1)} against the baseline: ` +
      `${usd(run.income_per_worker_usd)} against ${usd(base.income_per_worker_usd)}, at base-year prices.`,
  );
  // The split, in points of the baseline's income per worker (docs/model.md §5).
  const points = (v) => {
    const x = (100 * v) / base.income_per_worker_usd;
    const shown = number(x, 2);
    return Math.round(x * 100) > 0 ? `+${shown}` : shown;
  };
  const h = run.skilled_share;
  const hb = base.skilled_share;
  assert.equal(
    split,
    `That change is ${points((1 - hb) * (run.unskilled_stayer_income_usd - base.unskilled_stayer_income_usd))} points from the unskilled stayers' own incomes, ` +
      `${points(hb * (run.skilled_stayer_income_usd - base.skilled_stayer_income_usd))} from the skilled stayers' and ` +
      `${points((h - hb) * (run.skilled_stayer_income_usd - run.unskilled_stayer_income_usd))} from the change in who stays (points of the baseline's income per worker).`,
  );
  assert.equal(
    migrants,
    `Counting the migrants themselves, income per native changes by ${signedPercent(run.income_per_native_usd / base.income_per_native_usd - 1, 1)} in ${run.year}, ` +
      'their earnings abroad counted at home prices (prices abroad 1.5 times those at home, an assumption).',
  );
  // The figure: remittances rise 2.54 % at the SDG's 3 %.
  const rise = run.remittances_usd / base.remittances_usd - 1;
  assert.equal(signedPercent(rise, 2), '+2.54\u00a0%');
  assert.match(remittances, new RegExp(`\\(${signedPercent(rise, 2).replace('+', '\\+')} in US\\$\\)`), remittances);
  // Who gains says what it shows, and tells its lines apart in its legend.
  const chart = await page.evaluate(() => {
    const figure = document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#chart-income');
    return { label: figure.querySelector('canvas').getAttribute('aria-label'), note: figure.querySelector('figcaption').textContent };
  });
  assert.match(chart.note, /^Unskilled, skilled: the income of a worker who stays/);
  assert.match(chart.note, /not GNI/);
  const drawn = chart.label.match(/^Who gains \(% against the baseline\), 2052: Unskilled (−?\d+\.(\d+)); Baseline 0\.0+; Per worker (−?\d+\.\d+); Skilled (−?\d+\.\d+); Per native (−?\d+\.\d+)\.$/);
  assert.ok(drawn, chart.label);
  const half = 0.5 * 10 ** -drawn[2].length;
  const near = (text, v) => Math.abs(Number(text.replace('−', '-')) - 100 * v) <= half + 1e-12;
  assert.ok(near(drawn[1], run.unskilled_stayer_income_usd / base.unskilled_stayer_income_usd - 1), chart.label);
  assert.ok(near(drawn[3], change), chart.label);
  assert.ok(near(drawn[4], run.skilled_stayer_income_usd / base.skilled_stayer_income_usd - 1), chart.label);
  assert.ok(near(drawn[5], run.income_per_native_usd / base.income_per_native_usd - 1), chart.label);
  // The transfer cost more than 3 points from Bangladesh's own: the response extrapolates.
  const costNote = widget(page).locator('#transfer_cost-note');
  const own = origin('bangladesh-2022').figures.transfer_cost.value;
  assert.ok(Math.abs(0.03 - own) <= 0.03, 'the SDG target is within 3 points of Bangladesh');
  assert.equal(await costNote.count(), 0, 'within 3 points of today: no note');
  await moveLever(page, 'Transfer cost', 0.01);
  assert.ok(Math.abs(0.01 - own) > 0.03);
  assert.equal(
    await costNote.textContent(),
    "The response of remittances to cost is estimated for cuts of a few points; this far from today's cost it extrapolates.",
  );
  assert.match(await widget(page).getByLabel('Transfer cost', { exact: true }).getAttribute('aria-describedby'), /transfer_cost-note/);
  await moveLever(page, 'Transfer cost', 0.05);
  assert.equal(await costNote.count(), 0, 'back within 3 points: the note goes');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('origin view: a visible note when the skilled wage falls below the unskilled (Mali 2000, return upgrade 0.05)', async () => {
  const { page } = await load('v=3&preset=mali-2000&return_upgrade=0.05');
  const rows = simRows('--preset', 'mali-2000', '--set', 'return_upgrade=0.05');
  const first = rows.find((r) => r.wage_skilled_usd < r.wage_unskilled_usd);
  assert.ok(first, 'migration-sim: the wages cross');
  const note = await textOf(page, '#chart-home-wages figcaption');
  assert.match(note, new RegExp(`^From ${first.year} the skilled wage is below the unskilled wage`));
  await page.close();
});

test("host view: the host holds still, displacement and its reason, and Mali's money sent home is 0.0125 % of France's GDP at start", async () => {
  for (const [preset, host, why] of [
    ['bangladesh-2022', 'saudi-arabia', /visa/],
    ['nepal-2022', 'malaysia', /levy/],
  ]) {
    const { page } = await load(`v=3&preset=${preset}&host=${host}&view=host`);
    const o = origin(preset);
    const hf = o.hosts.find((x) => x.id === host).figures;
    // The reason is the default's note in presets.json: the Gulf's visas, Malaysia's levy.
    const reason = hf.host_displacement.note.en;
    assert.match(reason, why);
    assert.equal(
      await textOf(page, '#mx-displacement'),
      `Of the extra arrivals this scenario brings, ${percent(hf.host_displacement.value, 0)} take places other immigrants would have filled (an assumption), so they add less to the host's workforce. ${reason}`,
    );
    const growth = (share) => `${percent(share, 1)} a year`;
    const h = o.hosts.find((x) => x.id === host);
    assert.equal(
      await textOf(page, '#mx-host-baseline'),
      "With nothing changed, the host's immigrant share, surplus and natives' wages hold still; the corridor's migrants, their taxes and the money they send grow with " +
        `the population ${o.country.en.of} (${growth(o.figures.labour_growth.value)}), the labour force ${h.country.en.of} at its own pace (${growth(h.figures.labour_growth.value)}).`,
    );
    await page.close();
  }
  const { page } = await load('v=3&preset=mali-2022&host=france&view=host');
  assert.equal(await widget(page).locator('#mx-displacement').count(), 0, 'France: no displacement');
  const first = simRows('--preset', 'mali-2022', '--host', 'france')[0];
  assert.equal(number(first.host_remittance_outflow_pct_gdp, 4), '0.0125');
  const w = widget(page);
  await w.locator('#chart-host-outflow summary').click();
  // The table is built when opened: wait for its first row.
  await w.locator('#chart-host-outflow tbody tr').first().waitFor();
  const cells = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('#chart-host-outflow tbody tr:first-child > *')].map((c) => c.textContent),
  );
  assert.deepEqual(cells.slice(0, 2), ['2022', '0.0125'], 'the first row of its numbers');
  await page.close();
});

test('optimum view: Bangladesh 2022 at 0.45 %/yr with its near range 0.25–0.80 %/yr; Nepal 2022 optimal for a skills weight of 0.11 to 0.15', async () => {
  const opt = optimumOf('bangladesh-2022');
  assert.deepEqual([percent(opt.emig_rate_skilled, 2), percent(opt.near[0], 2), percent(opt.near[1], 2)], ['0.45\u00a0%', '0.25\u00a0%', '0.80\u00a0%']);
  const { page } = await load('v=3&view=optimum');
  const current = paramsOf('bangladesh-2022').emig_rate_skilled;
  assert.ok(current >= opt.near[0] && current < opt.emig_rate_skilled, 'migration-sim: within the near range, below the optimum');
  const verdict =
    `The migration optimum for skilled emigration is ${percent(opt.emig_rate_skilled, 2)} a year ` +
    `(band ${percent(opt.band[0], 2)} to ${percent(opt.band[1], 2)}). The current rate, ${percent(current, 2)}, is within 10 % of the best ` +
    `(${percent(opt.near[0], 2)} to ${percent(opt.near[1], 2)}), not at the optimum.`;
  assert.equal(await textOf(page, '.mx-optimum-sentence'), verdict);
  assert.ok((await sentences(page)).includes(verdict), 'the summary says the same');
  const details = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-optimum-detail')].map((p) => p.textContent),
  );
  assert.equal(opt.skills_weight_for_current, null);
  assert.deepEqual(details, [
    'Between 0.25\u00a0% and 0.80\u00a0% a year the score is within 10 % of its best.',
    `No weight on skills makes your current rate the optimum: it is below the ${percent(opt.skills_alone, 2)} a year that skills alone would call for.`,
  ]);
  // The chart draws the range on the curve and names it in its legend and description.
  const label = await page.evaluate(() =>
    document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#chart-optimum canvas').getAttribute('aria-label'),
  );
  assert.ok(label.startsWith(`The migration optimum: Optimum 0.45 %, Current rate ${number(100 * current, 2)} %, Within 10 % of best 0.25–0.80 %`), label);
  await page.close();

  const nepal = optimumOf('nepal-2022');
  const [lo, hi] = nepal.skills_weight_for_current;
  assert.deepEqual([number(lo, 2), number(hi, 2)], ['0.11', '0.15']);
  const { page: p } = await load('v=3&preset=nepal-2022&host=malaysia&view=optimum');
  const nepalDetails = await p.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-optimum-detail')].map((x) => x.textContent),
  );
  assert.equal(nepalDetails[1], 'Your current rate would be the optimum if skills weighed between 0.11 and 0.15; the assumption is 0.50.');
  await p.close();
});

test('assumptions view: κ_R with the share of their earnings the migrants send, and the history check with each row\'s year, as migration-sim --history', async () => {
  const { page } = await load('v=3');
  await widget(page).getByRole('tab', { name: 'Assumptions and limits' }).click();
  await widget(page).locator('.mx-history').waitFor();
  const kappa = await textOf(page, '.mx-kappa');
  assert.match(kappa, /^Remittance scale/);
  // κ_R at the default assumptions for Bangladesh 2022, docs/model.md §3.
  const shown = kappa.match(/κ_R = (\d+\.\d\d), so that the first year reproduces the remittances observed in Bangladesh, (\S+\u00a0%) of GDP in 2022\./);
  assert.ok(shown, kappa);
  assert.equal(shown[1], '1.15');
  assert.equal(shown[2], percent(origin('bangladesh-2022').figures.rem_gdp0.value, 2));
  // The share of their earnings the migrants send, t = 0: 28 % for Bangladesh 2022 (docs/model.md §3).
  assert.match(kappa, /The migrants send 28\u00a0% of their earnings home in the first year \(surveys usually find 15–30 %\)\./);

  const rows = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-history tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    ),
  );
  const LABELS = {
    remittances_to_gdp: 'Remittances / GDP',
    skilled_share: 'Tertiary-educated share of workers',
    diaspora_people: 'Emigrants living abroad',
  };
  const shownAs = (quantity, v) => (quantity === 'diaspora_people' ? people(v) : percent(v, 2));
  const expected = sim('--history')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [preset, quantity, year, model, observed] = line.split(',');
      return [origin(preset).name.en, LABELS[quantity], year, shownAs(quantity, Number(model)), shownAs(quantity, Number(observed))];
    });
  assert.equal(expected.length, 12, 'four 2000 presets, three quantities');
  assert.deepEqual(rows, expected);
  const head = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-history thead th')].map((c) => c.textContent),
  );
  assert.deepEqual(head, ['Country', 'Quantity', 'Year', 'Model', 'Observed']);
  await page.close();
});

test('a v=1 or v=2 link opens with its levers and exactly one notice that the model and data have changed', async () => {
  for (const version of ['1', '2']) {
    const { page } = await load(`v=${version}&preset=mali-2022&host=france&transfer_cost=0.03&brain_gain=1.2&view=origin`);
    const shown = await notices(page);
    assert.equal(shown.length, 1, shown.join('\n'));
    assert.match(shown[0], new RegExp(`made with version ${version} of the model`));
    assert.match(shown[0], /the model and its data have changed since \(version 3\), and so have the figures/);
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
  }
  // A v=2 value outside a lever's new range gets its own notice too.
  const { page } = await load('v=2&preset=mali-2022&return_upgrade=0.1');
  const shown = await notices(page);
  assert.equal(shown.length, 2, shown.join('\n'));
  assert.ok(shown.some((n) => /^This link was made with version 2 of the model/.test(n)), shown.join('\n'));
  assert.ok(shown.some((n) => /^Returnees who come back skilled: 0\.1 is outside its range \(0\.0\u00a0% to 5\.0\u00a0%\)/.test(n)), shown.join('\n'));
  await page.close();
});

test('the country picker groups the eight presets by country; a new origin keeps its host when it has it', async () => {
  const { page } = await load('v=3&preset=nepal-2022&host=malaysia');
  const groups = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('#mx-preset optgroup')].map((g) => [
      g.label,
      [...g.querySelectorAll('option')].map((o) => o.value),
    ]),
  );
  const countries = [...new Set(PRESETS.presets.map((p) => p.country.en.name))];
  assert.deepEqual(groups.map((g) => g[0]), countries);
  assert.deepEqual(groups.flatMap((g) => g[1]).sort(), PRESETS.presets.map((p) => p.id).sort());
  const w = widget(page);
  await w.getByLabel('Country', { exact: true }).selectOption('bangladesh-2022');
  await expectHash(page, 'v=3&preset=bangladesh-2022&host=malaysia&view=origin&lang=en', 'Malaysia is a host of Bangladesh too');
  await w.getByLabel('Country', { exact: true }).selectOption('senegal-2022');
  await expectHash(page, 'v=3&preset=senegal-2022&host=france&view=origin&lang=en', "Senegal's default host");
  await page.close();
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
    'Share of remittances invested: 0.9 is outside its range (0\u00a0% to 60\u00a0%), so the default 15\u00a0% is used. (in the link)',
  ]);
  assert.equal(await value(p, 'Transfer cost'), '0.05', 'the attribute, under the refused link value');
  assert.equal(await value(p, 'Years simulated'), '20', 'the attribute, under the refused link value');
  assert.equal(await value(p, 'Share of remittances invested'), '0.15', 'the default, with nothing below');
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
