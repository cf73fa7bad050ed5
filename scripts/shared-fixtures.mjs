// The suites that read ../shared/fixtures (third-party test vectors beside the repository in CI, not part of it)
// run when that folder is there. On a fresh clone without it the test runners leave those suites out, and the
// run says so in one line, naming them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
export const sharedFixturesDir = resolve(root, '../shared/fixtures');
export const haveSharedFixtures = () => existsSync(sharedFixturesDir);

// A file reads the fixtures when it imports test/helpers/shared-fixtures.ts or names their folder or test-server route.
const READS_FIXTURES = /shared-fixtures(\.js)?['"]|\/__fixtures__\/|\bshared\/fixtures\//;
const LOCAL_IMPORT = /\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Whether `file` (a test module) reads the fixtures, itself or through the test helpers it imports. */
function readsFixtures(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return false;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  if (READS_FIXTURES.test(source)) return true;
  for (const match of source.matchAll(LOCAL_IMPORT)) {
    const target = resolve(dirname(file), (match[1] ?? match[2]).replace(/\.js$/, '.ts'));
    if (target.startsWith(join(root, 'test')) && readsFixtures(target, seen)) return true;
  }
  return false;
}

/** The test files (paths relative to the repository) among `files` that read the fixtures. */
export function suitesNeedingFixtures(files) {
  return files.filter((file) => readsFixtures(resolve(root, file))).map((file) => relative(root, resolve(root, file)));
}

/** Every test file under test/ whose name matches `pattern`, relative to the repository. */
export function testFiles(pattern) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(name)) out.push(relative(root, path));
    }
  };
  walk(join(root, 'test'));
  return out.sort();
}

// Set by scripts/test.mjs once it has printed the notice, so that the runners it starts do not repeat it.
export const NOTICE_PRINTED = 'CREDENTIAL_ELEMENTS_FIXTURES_NOTICE_PRINTED';

/** The one line that says which suites did not run, and why. */
export function fixturesNotice(skipped) {
  return (
    `../shared/fixtures is not beside the repository, so ${skipped.length} suites that read its third-party test ` +
    `vectors did not run: ${skipped.join(', ')}. Every other test ran (CI runs them all).`
  );
}
