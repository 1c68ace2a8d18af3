/**
 * A test-runner reporter that prints the slowest test files and tests after each run, and names
 * every test that took more than a third of its timeout: on a busy 2-core machine such a test is
 * the next one to time out. The times are also written to `.bench/test-times.json` for the README.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const SHOWN = 8;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The tests of a file that set their own timeout (`it('…', async function () { this.timeout(60000)`):
 * mocha does not report a test's timeout, so it is read from the source. A title written as a template
 * literal matches with anything in place of its `${…}` parts.
 */
function ownTimeouts(file) {
  const source = readFileSync(file, 'utf8');
  const pattern = /it\(\s*(['"`])(.*?)\1,\s*async function \(\) \{\s*this\.timeout\(([\d_]+)\)/g;
  const own = [...source.matchAll(pattern)].map(([, , title, ms]) => ({
    title: new RegExp(
      `^${title
        .split(/\$\{.*?\}/)
        .map(escapeRegExp)
        .join('.*')}$`,
    ),
    ms: Number(ms.replaceAll('_', '')),
  }));
  return (title) => own.find((t) => t.title.test(title))?.ms;
}

function* testsOf(suite, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? [])
    yield { title: test.name, name: [...here, test.name].join(' › '), duration: test.duration ?? 0 };
  for (const child of suite.suites ?? []) yield* testsOf(child, here);
}

export function testTimesReporter({ timeout }) {
  return {
    onTestRunFinished({ sessions }) {
      const files = [];
      const tests = [];
      for (const session of sessions) {
        if (!session.testResults) continue;
        const file = relative(process.cwd(), session.testFile);
        const timeoutOf = ownTimeouts(session.testFile);
        const own = [...testsOf(session.testResults)].map(({ title, ...t }) => ({
          ...t,
          file,
          timeout: timeoutOf(title) ?? timeout,
        }));
        tests.push(...own);
        files.push({ file, duration: own.reduce((sum, t) => sum + t.duration, 0) });
      }
      files.sort((a, b) => b.duration - a.duration);
      tests.sort((a, b) => b.duration - a.duration);
      const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
      const lines = ['', `Slowest test files (sum of their tests):`];
      for (const f of files.slice(0, SHOWN)) lines.push(`  ${seconds(f.duration).padStart(7)}  ${f.file}`);
      lines.push(`Slowest tests, with their timeout (default ${seconds(timeout)}):`);
      for (const t of tests.slice(0, SHOWN))
        lines.push(`  ${seconds(t.duration).padStart(7)} of ${seconds(t.timeout).padStart(6)}  ${t.file}: ${t.name}`);
      const over = tests.filter((t) => t.duration > t.timeout / 3);
      for (const t of over) lines.push(`Over a third of its timeout: ${t.file}: ${t.name}`);
      console.log(lines.join('\n'));
      mkdirSync('.bench', { recursive: true });
      writeFileSync('.bench/test-times.json', JSON.stringify({ timeout, files, tests: tests.slice(0, 50) }, null, 2));
    },
  };
}
