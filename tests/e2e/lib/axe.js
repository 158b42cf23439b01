// axe-core (WCAG 2.1 A/AA and best practice) on a whole page: it enters the
// widget's open shadow root. Its source goes in through the DevTools
// protocol's evaluation (page.evaluate of a string), which a page's
// Content-Security-Policy does not refuse, as it would an inline <script>.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe on `page`: { passes (rules passed), incomplete (rules to review by
 * hand), violations: [{ id, impact, help, nodes: ['["target"]: why', …] }] }.
 */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      passes: r.passes.length,
      incomplete: r.incomplete.map((i) => i.id),
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
      })),
    };
  }, TAGS);
}

/** The violations axe finds on `page`, one line per element ("rule: target: why"). */
export async function violations(page) {
  return (await axe(page)).violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n}`));
}
