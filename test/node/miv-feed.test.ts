/** The `miv-feed` command as a data team runs it: exit codes and what it prints. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = new URL('../../src/cli/miv-feed.ts', import.meta.url).pathname;
const SMALL_FEED = new URL('../fixtures/small-feed.json', import.meta.url).pathname;

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

test('validate accepts a good feed and summarises it', async () => {
  const { code, stdout } = await run('validate', SMALL_FEED);
  assert.equal(code, 0);
  assert.match(stdout, /geldig \(schemaVersion 1\) — 4 indicatoren, 13 gebieden, 31 reeksen/);
});

test('validate lists each problem with its path and exits 1', async () => {
  const feed = JSON.parse(await readFile(SMALL_FEED, 'utf8'));
  feed.indicators[0].polarity = 'slecht';
  feed.series[0].area = 'GM9999';
  const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'feed.json');
  await writeFile(file, JSON.stringify(feed));
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 1);
  assert.match(
    stderr,
    /^indicators\[0\]\.polarity: moet een van deze waarden zijn: "higher-is-worse", "higher-is-better", "neutral"$/m,
  );
});

test('validate reports malformed JSON without a stack trace', async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'broken.json');
  await writeFile(file, '{"schemaVersion": 1, "meta": ');
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 1);
  assert.match(stderr, /is geen geldige JSON/);
  assert.doesNotMatch(stderr, /at .*\.ts:\d+/);
});

test('schema prints a JSON Schema for the feed', async () => {
  const { code, stdout } = await run('schema');
  assert.equal(code, 0);
  const schema = JSON.parse(stdout);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.properties.indicators.items.properties.polarity.enum, [
    'higher-is-worse',
    'higher-is-better',
    'neutral',
  ]);
  // Publishers read the meaning of a field in their editor.
  assert.match(schema.properties.series.items.properties.margins.description, /95 %/);
  // The publisher's significance flags are optional: old feeds stay valid under schema version 1.
  const series = schema.properties.series.items;
  assert.match(series.properties.significance.description, /not tested/);
  assert.equal(series.required.includes('significance'), false);
  assert.match(schema.properties.areas.items.properties.predecessors.description, /merger/);
});

test('an unknown command exits 1 with the help text', async () => {
  const { code, stderr } = await run('publiceer');
  assert.equal(code, 1);
  assert.match(stderr, /Onbekende opdracht "publiceer"/);
});
