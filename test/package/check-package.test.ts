/**
 * The packed tarball passes the package linters without a single message: publint (package.json
 * fields against the files they name, every level including suggestions) and arethetypeswrong
 * (every export has types that resolve like its JavaScript, for ESM users). And an embed entry's
 * typings declare the tags that importing it registers. `npm run check:package` runs this file alone.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import ts from 'typescript';
import { buildIfStale, CACHE, install, pack, ROOT } from './tarball.js';

const USER_PROJECT = join(CACHE, 'miv-package-checks');

let tarball = '';

before(() => {
  buildIfStale();
  ({ tarball } = pack(USER_PROJECT));
  install(tarball, USER_PROJECT);
});

test('publint finds nothing to report', async () => {
  const { messages, pkg } = await publint({
    pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer },
    level: 'suggestion',
    strict: true,
  });
  assert.deepEqual(
    messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`),
    [],
  );
});

test('arethetypeswrong finds no problem for ESM users', () => {
  const attw = spawnSync('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(attw.status, 0, attw.stdout + attw.stderr);
});

/** The `miv-*` tags that TypeScript knows after a user's module imports `specifier`, with their element types. */
function tagsDeclaredBy(specifier: string): Record<string, string> {
  const file = join(USER_PROJECT, 'uses-embed.mts');
  writeFileSync(file, `import '${specifier}';\n`);
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
  });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(errors, [], `${specifier} typechecks in a user's project`);
  const checker = program.getTypeChecker();
  const tagMap = checker
    .getSymbolsInScope(program.getSourceFile(file)!, ts.SymbolFlags.Interface)
    .find((symbol) => symbol.name === 'HTMLElementTagNameMap')!;
  return Object.fromEntries(
    checker
      .getPropertiesOfType(checker.getDeclaredTypeOfSymbol(tagMap))
      .filter((tag) => tag.name.startsWith('miv-'))
      .map((tag) => [tag.name, checker.typeToString(checker.getTypeOfSymbol(tag))])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}

test('importing an embed or define entry declares the tags it registers', () => {
  for (const entry of ['miv-widgets/embed', 'miv-widgets/define'])
    assert.deepEqual(tagsDeclaredBy(entry), {
      'miv-area-picker': 'MivAreaPicker',
      'miv-district-compare': 'MivDistrictCompare',
      'miv-feed': 'MivFeed',
      'miv-highlights': 'MivHighlights',
      'miv-indicator': 'MivIndicator',
      'miv-profile': 'MivProfile',
      'miv-sources': 'MivSources',
      'miv-map': 'MivMap',
      'miv-theme': 'MivTheme',
    });
  for (const entry of ['miv-widgets/embed-indicator', 'miv-widgets/define-indicator'])
    assert.deepEqual(tagsDeclaredBy(entry), {
      'miv-feed': 'MivFeed',
      'miv-indicator': 'MivIndicator',
    });
});
