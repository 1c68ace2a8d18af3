/**
 * The package as it is published, for the package tests: dist/ is built first when it is missing or
 * older than the sources, because `npm test` runs before `npm run build`. Test files run in parallel
 * on machines with more cores, so the build runs under a lock and only once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Inside the repository's node_modules, so the package's own dependencies resolve as after `npm install`. */
export const CACHE = join(ROOT, 'node_modules/.cache');

const BUILD_OUTPUTS = [
  'dist/miv-widgets.js',
  'dist/miv-widgets.d.ts',
  'dist/embed.html',
  'dist/types/index.d.ts',
  'dist/feed.schema.json',
];
const BUILD_INPUTS = ['src', 'rollup.config.js', 'package.json'];
const BUILD_LOCK = join(CACHE, 'miv-package-build.lock');
const LOCK_POLL_MS = 250;

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isStale(): boolean {
  const outputs = BUILD_OUTPUTS.map((p) => join(ROOT, p));
  const built = outputs.every(existsSync) ? Math.min(...outputs.map((p) => statSync(p).mtimeMs)) : 0;
  return built <= Math.max(...BUILD_INPUTS.map((p) => newest(join(ROOT, p))));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Holds the build lock while `task` runs; a lock left by a process that died is taken over. */
function withBuildLock(task: () => void): void {
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    try {
      writeFileSync(BUILD_LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(BUILD_LOCK, 'utf8'));
      if (holder && !isRunning(holder)) rmSync(BUILD_LOCK, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, LOCK_POLL_MS);
    }
  }
  try {
    task();
  } finally {
    unlinkSync(BUILD_LOCK);
  }
}

export function buildIfStale(): void {
  if (!isStale()) return;
  withBuildLock(() => {
    if (isStale())
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  });
}

/** Empties `dir` and packs the package into it as `npm publish` would; returns the tarball and its file list. */
export function pack(dir: string): { tarball: string; files: string[] } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }),
  ) as [{ filename: string; files: { path: string }[] }];
  return { tarball: join(dir, info.filename), files: info.files.map((f) => f.path) };
}

/**
 * Unpacks `tarball` into `<project>/node_modules/miv-widgets`, where `npm install` would put it. The
 * project gets a package.json of its own: without one, the repository's is the nearest, and Node and
 * TypeScript resolve `miv-widgets` to the working tree instead of the tarball.
 */
export function install(tarball: string, project: string): string {
  const installed = join(project, 'node_modules/miv-widgets');
  mkdirSync(installed, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'miv-user', private: true, type: 'module' }));
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  return installed;
}
