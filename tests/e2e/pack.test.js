// The teacher's pack (scripts/package): in the package, the single file and
// every lesson's worksheet as a PDF in English and in French, each one A4 page
// whose text holds the lesson's title (pdfinfo and pdftotext, Debian's
// poppler-utils). The lessons and their titles are read from the single file's
// "Lessons" tab, in each language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/fixtures.js';
import { launch, openPage } from './lib/browser.js';

const PACKAGE = path.join(ROOT, 'target/package');

/** The package's folder (as zipped) and its version's name. */
function stage() {
  const name = fs.existsSync(PACKAGE) && fs.readdirSync(PACKAGE).find((f) => /^migration-explorer-.+\.zip$/.test(f))?.replace(/\.zip$/, '');
  if (!name) throw new Error('target/package has no package: run scripts/package first (scripts/test does)');
  return { dir: path.join(PACKAGE, name), name };
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Every lesson's title in `lang`, by key, as the single file's "Lessons" tab lists them. */
async function lessonTitles(file, lang) {
  const { page } = await openPage(browser);
  await page.goto(`${pathToFileURL(file).href}#view=lessons&lang=${lang}`);
  await page.waitForFunction(() => document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('button[id^="lesson-"]'), null, { polling: 50 });
  const titles = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('button[id^="lesson-"]')].map((b) => [b.id.slice('lesson-'.length), b.textContent.trim()]),
    ),
  );
  await page.close();
  return titles;
}

test("the teacher's pack holds the single file and each lesson's worksheet, one A4 page, in English and in French", async () => {
  const { dir, name } = stage();
  const pack = path.join(dir, 'teachers-pack');
  const single = path.join(pack, `${name}.html`);
  assert.ok(fs.existsSync(single), 'the single file is in the pack');
  assert.ok(fs.readFileSync(single).equals(fs.readFileSync(path.join(PACKAGE, `${name}.html`))), 'the same file as beside the zip');
  const pdfs = fs.readdirSync(pack).filter((f) => f.endsWith('.pdf'));
  let checked = 0;
  for (const lang of ['en', 'fr']) {
    const titles = await lessonTitles(single, lang);
    assert.ok(Object.keys(titles).length >= 8, `${Object.keys(titles).length} lessons`);
    for (const [lesson, title] of Object.entries(titles)) {
      const pdf = path.join(pack, `worksheet-${lang}-${lesson}.pdf`);
      assert.ok(fs.existsSync(pdf), `${path.basename(pdf)} exists`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      assert.match(info, /^Pages:\s+1$/m, `${path.basename(pdf)}: one page`);
      // pdfinfo names the paper size.
      assert.match(info, /^Page size:.*\(A4\)$/m, `${path.basename(pdf)}: A4`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.ok(text.includes(title.replace(/\s+/g, ' ')), `${path.basename(pdf)} holds its title “${title}”`);
      checked += 1;
    }
  }
  assert.equal(pdfs.length, checked, 'no other PDF');
  console.log(`teacher's pack: ${checked} worksheets checked`);
});
