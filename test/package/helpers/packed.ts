// The package as consumers get it: built into a copy of the repository's shipped files, packed by `npm pack`, and
// installed with its dependencies into a throwaway app (test/package/app) beside the bundlers and frameworks the
// consumer tests use. Everything lives in one temporary folder per run; npm's own cache makes repeat installs
// offline-friendly (`--prefer-offline`).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * What the throwaway app installs besides the tarball: two bundlers, React 18 for the wrappers, React 19's types, and
 * the frameworks whose typings the package ships.
 */
export const APP_DEPENDENCIES = {
  react: '^18.3.1',
  'react-dom': '^18.3.1',
  '@types/react': '^19.2.0',
  preact: '^11.0.0',
  'solid-js': '^1.9.0',
  vue: '^3.5.0',
  svelte: '^5.0.0',
  rollup: '^4.50.0',
  '@rollup/plugin-node-resolve': '^16.0.0',
  '@rollup/plugin-commonjs': '^28.0.0',
  webpack: '^5.100.0',
};

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): void {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production', ...env } });
}

/**
 * Builds the package into `work/package` (a copy of the files package.json ships, with fresh builds in place of
 * dist/ and cdn/, so the repository's own dist/ is left alone) and packs it. Returns the tarball's path.
 */
export function buildAndPack(work: string): string {
  const pkgDir = join(work, 'package');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
  mkdirSync(pkgDir, { recursive: true });
  cpSync(join(root, 'package.json'), join(pkgDir, 'package.json'));
  for (const entry of manifest.files) {
    if (entry !== 'dist' && entry !== 'cdn') cpSync(join(root, entry), join(pkgDir, entry), { recursive: true });
  }
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  run(process.execPath, [vite, 'build', '--outDir', join(pkgDir, 'dist'), '--emptyOutDir', '--logLevel', 'warn'], root);
  run(process.execPath, [vite, 'build', '-c', 'vite.cdn.config.ts', '--outDir', join(pkgDir, 'cdn'), '--emptyOutDir', '--logLevel', 'warn'], root);
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(pkgDir, 'dist/types')], root);
  run(process.execPath, ['scripts/build-node.mjs', '--outdir', join(pkgDir, 'dist')], root);
  const before = new Set(readdirSync(work));
  run(npm, ['pack', '--pack-destination', work, '--silent'], pkgDir);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz') && !before.has(name));
  if (!tarball) throw new Error('npm pack made no tarball');
  return join(work, tarball);
}

/** The throwaway app in `work/app`, with the tarball and APP_DEPENDENCIES installed. */
export function installApp(work: string, tarball: string): string {
  const app = join(work, 'app');
  cpSync(join(root, 'test/package/app'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'throwaway-app', private: true, type: 'module', dependencies: { 'credential-elements': `file:${tarball}`, ...APP_DEPENDENCIES } }, null, 2),
  );
  run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app, { NODE_ENV: '' });
  return app;
}
