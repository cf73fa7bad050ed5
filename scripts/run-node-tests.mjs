// Runs the Node test suites: the isomorphic specs (*.spec.ts) and Node-only tests (*.node.test.ts). Without
// ../shared/fixtures (a fresh clone), the suites that read it are left out, and one line says which.
import { spawnSync } from 'node:child_process';
import { fixturesNotice, haveSharedFixtures, NOTICE_PRINTED, suitesNeedingFixtures, testFiles } from './shared-fixtures.mjs';

const only = process.argv.slice(2);
let files = only.length ? only : testFiles(/\.(spec|node\.test)\.ts$/);
if (!only.length && !haveSharedFixtures()) {
  const skipped = new Set(suitesNeedingFixtures(files));
  files = files.filter((file) => !skipped.has(file));
  if (!process.env[NOTICE_PRINTED]) console.log(fixturesNotice([...skipped]));
}
const result = spawnSync(
  process.execPath,
  // The dependency patches (patches/) apply in the Node tests as they do in the bundles.
  ['--import', 'tsx', '--import', './scripts/dependency-patches-register.mjs', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
