/**
 * Visual regression settings for `test/visual/`: baselines are committed in `test/visual/baselines/`,
 * failed shots and their diffs go to `.bench/visual/` (ignored). Update the baselines on purpose with
 * `npm run test:visual:update`, then look at every changed PNG before committing it.
 */
import path from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const FAILED_DIR = path.resolve('.bench/visual');

export function visualRegression() {
  return visualRegressionPlugin({
    update: process.argv.includes('--update-visual-baseline'),
    baseDir: 'test/visual/baselines',
    // One browser (this machine's Chromium) makes the baselines, so the browser is not in the name.
    getBaselineName: ({ name }) => name,
    getFailedName: ({ name }) => path.join(FAILED_DIR, name),
    getDiffName: ({ name }) => path.join(FAILED_DIR, `${name}-diff`),
    // Anti-aliasing and font hinting move a few edge pixels between runs and machines: a pixel counts
    // as changed only past pixelmatch's colour threshold, and a shot fails when more than 1 % of its
    // pixels changed. A moved line, a missing bar or a changed colour is far above that.
    diffOptions: { threshold: 0.2, includeAA: false },
    failureThresholdType: 'percent',
    failureThreshold: 1,
  });
}
