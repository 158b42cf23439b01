// Lessons as a class meets them: from a teacher's link to the last step and
// out again; the Lessons tab; a lever moved mid-lesson; an agency's
// data-lesson and data-step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, PRESETS, widget, moveLever, textOf, expectHash, setBadges } from './lib/fixtures.js';
import { percent } from './lib/format.js';

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

test('the Lessons tab lists every lesson; leaving restores the scenario from before', async () => {
  const { page, log } = await env.open();
  await page.goto(`${env.server.url}${APP}index.html#v=2&preset=bangladesh-2022&invested_share=0.4&view=lessons`);
  const w = widget(page);
  const list = w.locator('.mx-lesson-list button');
  await list.first().waitFor();
  assert.equal(await list.count(), 7);
  await w.getByRole('button', { name: 'The migration optimum' }).click();
  assert.match(await atStep(page, 1), /^Step 1 of \d$/);
  await w.getByRole('button', { name: 'Next', exact: true }).click();
  await atStep(page, 2);
  await w.getByRole('button', { name: 'Leave lesson', exact: true }).click();
  await bar(page).waitFor({ state: 'detached' });
  await expectHash(page, 'v=2&preset=bangladesh-2022&host=saudi-arabia&invested_share=0.4&view=lessons&lang=en', 'the scenario from before the lesson');
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
