// Runs the Node test suites: the isomorphic specs (*.spec.ts) and Node-only tests (*.node.test.ts).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (/\.(spec|node\.test)\.ts$/.test(name)) out.push(path);
  }
  return out;
}

const only = process.argv.slice(2);
const files = only.length ? only : collect('test').sort();
const result = spawnSync(
  process.execPath,
  // The dependency patches (patches/) apply in the Node tests as they do in the bundles.
  ['--import', 'tsx', '--import', './scripts/dependency-patches-register.mjs', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
