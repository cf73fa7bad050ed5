/** Builds the project (npm and script-tag builds) and the plain-stack baseline, as `npm run bench` measures them. */
import { execFileSync } from 'node:child_process';
import { root, step } from './env.js';

export function build(): void {
  step('building the project and the baseline');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  // The baseline bundle (for the engine pages), then the plain page's script beside it.
  for (const config of ['bench/baseline/vite.config.ts', 'bench/baseline/vite.page.config.ts']) {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', config, '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
