// Lessons as a class meets them: from a teacher's link to the last step and
// out again; "Who gains?" from its link to its last step in English and in
// French; the Lessons tab; a lever moved mid-lesson; an agency's data-lesson
// and data-step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, PRESETS, widget, moveLever, textOf, expectHash, setBadges, simRows } from './lib/fixtures.js';
import { number, percent, signedPercent } from './lib/format.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const bar = (page) => widget(page).locator('#mx-lesson');
const stepOf = (page) => textOf(page, '.mx-step-of');

/** Waits for the lesson bar to say step `n` (of any count), returns "Step n of M". */
async function atStep(page, n) {
  await page.waitForFunction(
    (n) => document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('.mx-step-of')?.textContent.startsWith(`Step ${n} of`),
    n,
  );
  return stepOf(page);
}

test('a lesson from its link to its last step, then "Leave lesson" gives the preset defaults', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#lesson=health-workers&step=1`);
  const first = await atStep(page, 1);
  const count = Number(first.match(/of (\d+)/)[1]);
  assert.ok(count >= 3 && count <= 6, first);
  const w = widget(page);
  assert.equal(await w.getByRole('button', { name: 'Back', exact: true }).isDisabled(), true);
  const questions = new Set();
  for (let n = 1; n <= count; n += 1) {
    await atStep(page, n);
    if (n === 1) {
      // The doctors' figure is presets.json's; the model's skilled workers are all graduates.
      const doctors = PRESETS.presets.find((p) => p.id === 'mali-2022').figures.doctors_abroad.value;
      const notice = await textOf(page, '.mx-step-notice');
      assert.ok(notice.startsWith(`${percent(doctors, 0)} of the doctors trained in Mali`), notice);
      assert.match(notice, /all the tertiary-educated, not doctors alone/);
    }
    await page.waitForFunction((n) => location.hash.endsWith(`lesson=health-workers&step=${n}`), n);
    const question = await textOf(page, '.mx-step-question');
    assert.match(question, /\?$/, `step ${n} ends with a question`);
    questions.add(question);
    const notice = await textOf(page, '.mx-step-notice');
    assert.ok(notice.length > 40 && !/[{}]/.test(notice), `step ${n}: ${notice}`);
    // The teacher's notes are behind a closed disclosure.
    const teacher = bar(page).locator('details.mx-teacher');
    assert.equal(await teacher.getAttribute('open'), null);
    await teacher.locator('summary').click();
    assert.equal(await teacher.getAttribute('open'), '');
    assert.ok((await teacher.locator('p').textContent()).length > 20);
    if (n < count) await w.getByRole('button', { name: 'Next', exact: true }).click();
  }
  assert.equal(questions.size, count, 'one question per step');
  assert.equal(await w.getByRole('button', { name: 'Next', exact: true }).isDisabled(), true);
  await w.getByRole('button', { name: 'Leave lesson', exact: true }).click();
  await bar(page).waitFor({ state: 'detached' });
  assert.deepEqual(await setBadges(page), [], 'arrived by a link: back to the preset defaults, nothing set');
  await page.waitForFunction(() => !location.hash.includes('lesson='));
  assert.deepEqual(log.errors, []);
  await page.close();
});

/**
 * The last row of `migration-sim` for Bangladesh 2022 with `levers` and
 * `assumptions` set, and its baseline's (the same assumptions).
 */
function whoGainsRun(levers, assumptions = []) {
  const set = (list) => list.flatMap((s) => ['--set', s]);
  const base = ['--preset', 'bangladesh-2022', ...set(assumptions)];
  return [simRows(...base, ...set(levers)).at(-1), simRows(...base).at(-1)];
}

/** The lesson bar's words the walk reads, in English. */
const ENGLISH = { stepOf: 'Step {n} of 5', next: 'Next', worksheet: 'Print worksheet', question: 'Question for the class' };

/** Each step's chart, in order: "Who gains", wages at home, "Who gains" twice, the optimum. */
const WHO_GAINS_CHARTS = ['income', 'home-wages', 'income', 'income', 'optimum'];

/**
 * Walks "Who gains?" from its link to its last step in `lang`, the teacher's
 * notes open at each; returns every step's bar as text, and checks that the
 * lesson's worksheet asks the bar's questions, in order.
 */
async function walkWhoGains(lang, words) {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#v=3&lesson=who-gains&step=1&lang=${lang}`);
  const w = widget(page);
  const bars = [];
  const questions = [];
  for (let n = 1; n <= WHO_GAINS_CHARTS.length; n += 1) {
    await page.waitForFunction(
      ([n, of]) => document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('.mx-step-of')?.textContent === of.replace('{n}', n),
      [n, words.stepOf],
    );
    await page.waitForFunction((n) => location.hash.includes(`lesson=who-gains&step=${n}`), n);
    // The chart the step is about is on screen.
    await w.locator(`#chart-${WHO_GAINS_CHARTS[n - 1]}`).waitFor({ state: 'visible' });
    const question = await textOf(page, '.mx-step-question');
    assert.match(question, /\?$/, `step ${n} ends with a question`);
    questions.push(question);
    const notice = await textOf(page, '.mx-step-notice');
    assert.ok(notice.length > 40 && !/[{}]/.test(notice), `step ${n}: ${notice}`);
    await bar(page).locator('details.mx-teacher summary').click();
    assert.ok((await bar(page).locator('details.mx-teacher p').textContent()).length > 20);
    bars.push(await bar(page).evaluate((el) => el.innerText));
    if (n < WHO_GAINS_CHARTS.length) await w.getByRole('button', { name: words.next, exact: true }).click();
  }
  assert.equal(await w.getByRole('button', { name: words.next, exact: true }).isDisabled(), true, 'the last step');
  const worksheet = await w.getByRole('link', { name: words.worksheet }).getAttribute('href');
  assert.ok(worksheet.endsWith(`brief.html#lesson=who-gains&mode=worksheet&lang=${lang}`), worksheet);
  await page.goto(new URL(worksheet, page.url()).href);
  await page.waitForFunction(() => document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('.mx-brief[data-ready]'));
  const sheet = await page.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-worksheet-steps .mx-step-question')].map((q) => q.textContent),
  );
  assert.deepEqual(sheet, questions.map((q) => q.replace(words.question, '').trim()), "the worksheet asks every step's question");
  assert.deepEqual(log.errors, []);
  await page.close();
  return bars;
}

test('"Who gains?" from its link to its last step: the composition effect, wages at home and income per native from migration-sim', async () => {
  const bars = await walkWhoGains('en', ENGLISH);
  // Step 1: the change in income per worker split into the stayers' own
  // changes and the composition effect (points of the baseline's), final year.
  const [s, b] = whoGainsRun(['emig_rate_skilled=0.03']);
  const points = (x) => `${x > 0 ? '+' : ''}${number((100 * x) / b.income_per_worker_usd, 2)}`;
  const h = [s.skilled_share, b.skilled_share];
  const stayers = (1 - h[1]) * (s.unskilled_stayer_income_usd - b.unskilled_stayer_income_usd) + h[1] * (s.skilled_stayer_income_usd - b.skilled_stayer_income_usd);
  const composition = (h[0] - h[1]) * (s.skilled_stayer_income_usd - s.unskilled_stayer_income_usd);
  for (const shown of [signedPercent(s.income_per_worker_usd / b.income_per_worker_usd - 1, 2), `${points(stayers)} points`, points(composition)]) {
    assert.ok(bars[0].includes(shown), `${shown} in ${bars[0]}`);
  }
  // Step 2: wages at home, the same departures.
  for (const column of ['wage_unskilled_usd', 'wage_skilled_usd']) {
    const shown = signedPercent(s[column] / b[column] - 1, 2);
    assert.ok(bars[1].includes(shown), `${column}: ${shown} in ${bars[1]}`);
  }
  // Steps 3 and 4: income per native, then with prices abroad at 3× (ψ).
  const steps = [whoGainsRun(['emig_rate_unskilled=0.03']), whoGainsRun(['emig_rate_unskilled=0.03'], ['abroad_price_level=3'])];
  for (const [i, [run, base]] of steps.entries()) {
    const shown = signedPercent(run.income_per_native_usd / base.income_per_native_usd - 1, 2);
    assert.ok(bars[i + 2].includes(shown), `income per native: ${shown} in ${bars[i + 2]}`);
  }
  // Step 5: Bangladesh 2022's optimum and its near-optimum range.
  for (const rate of [0.0045, 0.0025, 0.008]) assert.ok(bars[4].includes(percent(rate, 2)), `${percent(rate, 2)} in ${bars[4]}`);
});

test('"Who gains?" in French from its link to its last step and its worksheet: no English left in the lesson bar', async () => {
  const english = await walkWhoGains('en', ENGLISH);
  const french = await walkWhoGains('fr', { stepOf: 'Étape {n} sur 5', next: 'Suivant', worksheet: 'Imprimer la fiche', question: 'Question pour la classe' });
  const lines = (text) => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 1);
  for (const [i, bar] of french.entries()) {
    const same = lines(bar).filter((l) => lines(english[i]).includes(l) && !/^[\d\s.,:%()+−-]*$/.test(l));
    assert.deepEqual(same, [], `step ${i + 1}: lines as in English`);
    assert.doesNotMatch(bar, /\b(the|and|with|of|income|wages?|stayers?|workers?|step|back|next|leave)\b/i, `step ${i + 1}: ${bar}`);
  }
});

test('the Lessons tab lists every lesson; leaving restores the scenario from before', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#v=3&preset=bangladesh-2022&invested_share=0.4&view=lessons`);
  const w = widget(page);
  const list = w.locator('.mx-lesson-list button');
  await list.first().waitFor();
  assert.equal(await list.count(), 8);
  await w.getByRole('button', { name: 'The migration optimum' }).click();
  assert.match(await atStep(page, 1), /^Step 1 of \d$/);
  await w.getByRole('button', { name: 'Next', exact: true }).click();
  await atStep(page, 2);
  await w.getByRole('button', { name: 'Leave lesson', exact: true }).click();
  await bar(page).waitFor({ state: 'detached' });
  await expectHash(page, 'v=3&preset=bangladesh-2022&host=saudi-arabia&invested_share=0.4&view=lessons&lang=en', 'the scenario from before the lesson');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a lever moved mid-lesson keeps the lesson and says so; one button restores the step', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#lesson=cheaper-transfers&step=2`);
  await atStep(page, 2);
  const w = widget(page);
  const hash = await page.evaluate(() => location.hash);
  assert.equal(await textOf(page, '.mx-step-changed'), null);
  const cost = await w.getByLabel('Transfer cost', { exact: true }).inputValue();
  await moveLever(page, 'Transfer cost', cost === '0.1' ? 0.12 : 0.1);
  await page.waitForFunction(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('.mx-step-changed'));
  assert.match(await textOf(page, '.mx-step-changed'), /Changed from the lesson's settings/);
  assert.match(await stepOf(page), /^Step 2 of/, 'still in the lesson');
  await w.getByRole('button', { name: "Restore the lesson's settings" }).click();
  await page.waitForFunction(() => !document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('.mx-step-changed'));
  assert.equal(await w.getByLabel('Transfer cost', { exact: true }).inputValue(), cost);
  await page.waitForFunction((h) => location.hash === h, hash);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('an agency page opens a lesson at a step with data-lesson and data-step; the worksheet link follows the lesson', async () => {
  const { page, log } = await env.open();
  const attrs = { 'data-lesson': 'host-view', 'data-step': '3' };
  await page.goto(`${env.server.url}/pages/attributes.html?attrs=${encodeURIComponent(JSON.stringify(attrs))}`);
  await atStep(page, 3);
  const href = await widget(page).getByRole('link', { name: 'Print worksheet' }).getAttribute('href');
  assert.ok(href.endsWith('brief.html#lesson=host-view&mode=worksheet&lang=en'), href);
  assert.deepEqual(log.errors, []);
  await page.close();
});
