// The project's hold on its dependencies' internals: each patch in patches/ applies exactly to the pinned version
// and refuses any other code; every build that bundles the engine applies it (the benchmark's baseline
// does not); the one @lit/localize module imported from outside its index is the pinned version's and does what
// the elements rely on. Together with jsonld-fix.spec.ts (the fix is live in Node and in the dev server).
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig, type Plugin } from 'vite';
import { applyDependencyPatch, dependencyPatches } from '../../scripts/dependency-patches.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const installed = (name: string) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version as string;
const patchPlugin = (plugins: readonly Plugin[]) => plugins.some((plugin) => plugin.name.startsWith('dependency-patches-'));

describe('patches/', () => {
  for (const { pkg: name, version, file, patch } of dependencyPatches) {
    it(`${patch}: made for the ${name} that package.json pins exactly and that is installed`, () => {
      assert.equal(pkg.dependencies[name], version, `package.json must pin ${name} to exactly ${version}`);
      assert.equal(installed(name), version);
    });

    it(`${patch}: applies to ${name}/${file} as published, and changes it`, () => {
      const path = join(root, 'node_modules', name, file);
      const source = readFileSync(path, 'utf8');
      // It applies (so node_modules itself is as published: an applied patch would not apply again), and changes the file.
      assert.notEqual(applyDependencyPatch(path, source), source);
    });
  }

  it('refuses a jsonld whose code moved under the patch, or another version of it', () => {
    const { pkg: name, file } = dependencyPatches[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'patched-dependency-'));
    try {
      const copy = join(dir, 'node_modules', name);
      cpSync(join(root, 'node_modules', name), copy, { recursive: true });
      const path = join(copy, file);
      const source = readFileSync(path, 'utf8');
      // A reformatted line that the patch changes.
      const moved = source.replace('    return this.previousContext.clone();', '    return this.previousContext.clone( );');
      assert.notEqual(moved, source);
      assert.throws(() => applyDependencyPatch(path, moved), /no longer applies/);
      const manifest = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
      writeFileSync(join(copy, 'package.json'), JSON.stringify({ ...manifest, version: '9.0.1' }));
      assert.throws(() => applyDependencyPatch(path, source), /is for jsonld 9\.0\.0, but jsonld 9\.0\.1 is installed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is applied by the npm build, the script-tag build, their worker and the dev server; not by the benchmark baseline', async () => {
    const configs = {
      npm: await resolveConfig({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent' }, 'build', 'production', 'production'),
      cdn: await resolveConfig({ root, configFile: join(root, 'vite.cdn.config.ts'), logLevel: 'silent' }, 'build', 'production', 'production'),
      dev: await resolveConfig({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent' }, 'serve', 'development', 'development'),
      baseline: await resolveConfig({ root, configFile: join(root, 'bench/baseline/vite.config.ts'), logLevel: 'silent' }, 'build', 'production', 'production'),
    };
    for (const name of ['npm', 'cdn'] as const) {
      assert.ok(patchPlugin(configs[name].plugins), `${name} build`);
      assert.ok(patchPlugin((await configs[name].worker.plugins([])).plugins), `${name} build's worker`);
    }
    assert.ok(patchPlugin(configs.dev.plugins), 'dev server');
    assert.ok(patchPlugin((configs.dev.optimizeDeps.rolldownOptions?.plugins ?? []) as Plugin[]), "dev server's pre-bundled dependencies");
    assert.ok(!patchPlugin(configs.baseline.plugins), 'the benchmark measures jsonld as published');
  });
});

describe('@lit/localize, imported past its index', () => {
  it('is the version package.json pins exactly', () => {
    assert.equal(pkg.dependencies['@lit/localize'], installed('@lit/localize'));
  });

  it('init/reentrant.js gives each element its own locale, as src/elements/shared/localize.ts uses it', async () => {
    const { localeReady, withLocale } = await import('../../src/elements/shared/localize.js');
    const { msg } = await import('@lit/localize'); // after localize.ts has configured it
    await new Promise<void>((resolve) => {
      if (localeReady('es', resolve)) resolve();
    });
    const label = () => msg('Verified', { id: 'verification.verified' });
    assert.equal(withLocale('es', label), 'Verificada');
    assert.equal(withLocale('en', label), 'Verified');
    assert.equal(label(), 'Verified');
  });
});
