// On a fresh clone, without ../shared/fixtures, the runners leave out exactly the suites that read it (directly, or
// through a test helper), and say so in one line that names them.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesNotice, suitesNeedingFixtures, testFiles } from '../../scripts/shared-fixtures.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Spelled in pieces, so that the scanner does not take this suite for one that reads the fixtures.
const ROUTE = ['', '__fixtures__', ''].join('/');
const FOLDER = ['shared', 'fixtures', ''].join('/');
const MODULE = ['../../shared', 'fixtures.js'].join('-');

describe('suites that need ../shared/fixtures', () => {
  it('are found by what they read: the fixtures module (directly or through a helper), its folder, or its test route', () => {
    const dir = mkdtempSync(join(root, 'test/package/fixture-scan-'));
    const file = (name: string, source: string) => {
      writeFileSync(join(dir, name), source);
      return relative(root, join(dir, name));
    };
    try {
      file('world.ts', `import { fixtureJson } from '${MODULE}';\nexport const world = () => fixtureJson('EXPECTED.json');\n`);
      file('plain-helper.ts', 'export const two = 2;\n');
      const suites = [
        file('direct.spec.ts', `import { fixtureText } from '${MODULE}';\n`),
        file('through-helper.spec.ts', "import { world } from './world.js';\n"),
        file('route.browser.test.ts', `const url = '${ROUTE}credentials/x.json';\n`),
        file('folder.node.test.ts', `const dir = new URL('../../../../${FOLDER}credentials/', import.meta.url);\n`),
      ];
      const own = file('own-data.spec.ts', "import { two } from './plain-helper.js';\nimport { signEddsaRdfc2022 } from '../../verify/signing.js';\n");
      assert.deepEqual(suitesNeedingFixtures([...suites, own]), suites);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leave this project's own suites running", () => {
    const needing = suitesNeedingFixtures(testFiles(/\.(spec|node\.test|browser\.test)\.ts$/));
    assert.ok(needing.length > 0);
    assert.deepEqual(needing.filter((file) => /^test\/(package|e2e)\//.test(file)), []);
  });

  it('are named in one line that says why they did not run', () => {
    const needing = ['test/a.spec.ts', 'test/b.browser.test.ts'];
    const notice = fixturesNotice(needing);
    assert.doesNotMatch(notice, /\n/);
    assert.equal(notice, '../shared/fixtures is not beside the repository, so 2 suites that read its third-party test vectors did not run: test/a.spec.ts, test/b.browser.test.ts. Every other test ran (CI runs them all).');
  });
});
