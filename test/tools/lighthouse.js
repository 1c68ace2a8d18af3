/**
 * `npm run lighthouse`: Lighthouse (mobile profile, simulated throttling) on the demo page
 * (examples/index.html), served compressed as a static host would (`npm start`'s server), and the
 * four scores printed. Builds the embed script first; run it under the browser lock:
 *
 *   flock /tmp/miv-browser.lock npm run lighthouse
 *
 * Targets: performance ≥ 90, accessibility and best practices 100, SEO ≥ 95. The full report is
 * written to .bench/lighthouse.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runLighthouse } from './lighthouse-run.js';
import { serve } from './serve.js';

const TARGETS = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 95 };
const PAGE = '/examples/index.html';

const { origin, close } = await serve();
let failed = false;
try {
  const { lhr, report } = await runLighthouse(`${origin}${PAGE}`, Object.keys(TARGETS));
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/lighthouse.json', report);
  const { categories, audits } = lhr;
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = Math.round((categories[id]?.score ?? 0) * 100);
    failed ||= score < target;
    console.log(
      `${score >= target ? 'met   ' : 'missed'} ${categories[id]?.title ?? id}: ${score} (target ≥ ${target})`,
    );
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ])
    console.log(`       ${audits[id].title}: ${audits[id].displayValue}`);
  const failing = Object.values(categories)
    .filter((c) => c.id !== 'performance')
    .flatMap((c) =>
      c.auditRefs.filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1).map((r) => audits[r.id].title),
    );
  if (failing.length) console.log(`to fix: ${failing.join('; ')}`);
} finally {
  await close();
}
if (failed) process.exitCode = 1;
