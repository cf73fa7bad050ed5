// The project's fixes to its dependencies, kept as reviewable unified diffs in patches/ (apply one by hand with
// `patch -p1 < patches/jsonld+9.0.0.patch` to read it in place) and applied when the dependency is loaded, never
// written into node_modules: by a plugin in every Vite/Rolldown build and in the dev server's dependency
// pre-bundling (vite.config.ts), and by a require hook in the Node tests (dependency-patches-register.mjs).
// A patch that no longer applies exactly (an upgrade moved the code it changes) fails the build or the test run.
//
// The benchmark's "plain stack" baseline (bench/baseline/vite.config.ts) leaves this plugin out, so it measures
// jsonld as published.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';

const root = new URL('../', import.meta.url);

/** Each patched file: the package, the exact version the patch was made for (pinned in package.json), the file. */
export const dependencyPatches = [
  // The context-caching fix (docs/upstream/jsonld-context-caching.md).
  { pkg: 'jsonld', version: '9.0.0', file: 'lib/context.js', patch: 'patches/jsonld+9.0.0.patch' },
  // A worker started from a blob: URL (the CDN snippet) could not load the schema validator (docs/upstream/cfworker-json-schema-blob-url.md).
  { pkg: '@cfworker/json-schema', version: '4.1.6', file: 'dist/esm/dereference.js', patch: 'patches/@cfworker+json-schema+4.1.6.patch' },
].map((entry) => ({
  ...entry,
  diff: readFileSync(new URL(entry.patch, root), 'utf8'),
}));

const slashes = (path) => path.replace(/\\/g, '/');

/** The patch for a module path, if the module is one the project patches. */
export function patchFor(path) {
  const clean = slashes(path.split('?')[0]);
  return dependencyPatches.find(({ pkg, file }) => clean.endsWith(`/node_modules/${pkg}/${file}`));
}

/** `code` (the source of the module at `path`) with the project's patch applied; throws when it does not apply. */
export function applyDependencyPatch(path, code) {
  const entry = patchFor(path);
  if (!entry) return code;
  const packageDir = slashes(path.split('?')[0]).slice(0, -entry.file.length - 1);
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  // Another version nested under a dependency of its own (transmute's test signer brings jsonld 5) is not the project's.
  const nested = (slashes(packageDir).match(/\/node_modules\//g)?.length ?? 0) > 1;
  if (version !== entry.version && nested) return code;
  if (version !== entry.version) {
    throw new Error(`${entry.patch} is for ${entry.pkg} ${entry.version}, but ${entry.pkg} ${version} is installed: remake the patch for it (see the patch's header) or pin ${entry.version}.`);
  }
  const patched = applyPatch(code.replace(/\r\n/g, '\n'), entry.diff);
  if (patched === false) {
    throw new Error(`${entry.patch} no longer applies to ${entry.pkg}/${entry.file}: the code it changes moved. Remake the patch, and check that the fix still holds.`);
  }
  return patched;
}

// Part of the plugin's name, so that Vite's pre-bundling cache (keyed on its plugins' names) is rebuilt when a patch changes.
const fingerprint = createHash('sha256')
  .update(dependencyPatches.map((entry) => entry.diff).join('\n'))
  .digest('hex')
  .slice(0, 12);

/** A Vite / Rolldown plugin that applies the patches to the modules it loads. */
export function dependencyPatchesPlugin() {
  return {
    name: `dependency-patches-${fingerprint}`,
    load(id) {
      if (!patchFor(id) || id.startsWith('\0')) return null;
      const file = id.split('?')[0];
      return applyDependencyPatch(file, readFileSync(file, 'utf8'));
    },
  };
}

