// The teacher's pack's worksheets (scripts/package): every lesson's worksheet,
// in English and in French, printed to an A4 PDF of one page by the headless
// Debian Chromium the end-to-end tests use (playwright-core from
// tests/e2e/node_modules; no browser is ever downloaded), from the single file
// itself, so that the PDFs are what a teacher would print from it.
//
//   node tools/js/worksheets.mjs <single file.html> <out folder>
//
// The lessons are those of the widget's "Lessons" tab, read from the page.
// With SOURCE_DATE_EPOCH (scripts/package: the commit's time), the PDFs carry
// that date, not the time of the build: same bytes for the same commit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [file, outDir] = process.argv.slice(2);
if (!file || !outDir) {
  console.error('usage: node tools/js/worksheets.mjs <single file.html> <out folder>');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, 'tests/e2e/package.json'))('playwright-core');
const LANGS = ['en', 'fr'];
const url = pathToFileURL(path.resolve(file)).href;

/** `pdf` dated `epoch` (seconds): its dates rewritten in place, same length, so its offsets hold. */
function dated(pdf, epoch) {
  if (!epoch) return pdf;
  const stamp = new Date(Number(epoch) * 1000).toISOString().replace(/\D/g, '').slice(0, 14);
  return Buffer.from(pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, key) => `/${key} (D:${stamp}`), 'latin1');
}

/** A PDF's pages, as Chromium writes them. */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mx-pack-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
try {
  // A fresh page each time: a new hash alone would not reload the file.
  const open = async (hash, ready) => {
    const page = await context.newPage();
    await page.goto(`${url}#${hash}`);
    await page.waitForFunction((ready) => document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector(ready), ready, {
      polling: 50,
    });
    return page;
  };
  const list = await open('view=lessons&lang=en', '[id^="lesson-"]');
  const lessons = await list.evaluate(() =>
    [...document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('button[id^="lesson-"]')].map((b) => b.id.slice('lesson-'.length)),
  );
  await list.close();
  if (lessons.length === 0) throw new Error('the single file lists no lesson');
  fs.mkdirSync(outDir, { recursive: true });
  for (const lang of LANGS) {
    for (const lesson of lessons) {
      const page = await open(`lesson=${lesson}&mode=worksheet&lang=${lang}`, '.mx-brief[data-ready]');
      const pdf = await page.pdf({ format: 'A4' });
      await page.close();
      if (pages(pdf) !== 1) throw new Error(`the worksheet of ${lesson} (${lang}) prints on ${pages(pdf)} pages, not one`);
      fs.writeFileSync(path.join(outDir, `worksheet-${lang}-${lesson}.pdf`), dated(pdf, process.env.SOURCE_DATE_EPOCH));
    }
  }
  console.log(`worksheets: ${lessons.length} lessons × ${LANGS.length} languages in ${outDir}`);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
