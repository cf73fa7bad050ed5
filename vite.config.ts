// Vite: the dev server (demo, browser tests) and the npm build (`vite build` → dist/). The script-tag build, with
// its dependencies inlined, is vite.cdn.config.ts (→ cdn/).
//
// The npm build leaves every dependency as an import (one Lit per app, deduplicated by the app's bundler) and keeps
// one output module per source module, so an app's bundler tree-shakes it like its own code; the modules that define
// elements are listed in package.json's `sideEffects`. The verifier worker is the exception: it is a single
// self-contained file with the engine, its libraries and the jsonld caching fix inside, because an app's bundler
// copies it as an asset and never rebundles it.
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { resolve, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mockApiPlugin } from './demo/mock-api/vite-plugin.js';
import { dependencyPatchesPlugin } from './scripts/dependency-patches.mjs';

const sharedFixtures = fileURLToPath(new URL('../shared/fixtures', import.meta.url));
const haveSharedFixtures = existsSync(sharedFixtures);

/** Dev/test only: serves ../shared/fixtures read-only at /__fixtures__/, so browser tests read the data where it is. */
function sharedFixturesPlugin(): Plugin {
  return {
    name: 'shared-fixtures',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/__fixtures__/', (req, res, next) => {
        const relative = decodeURIComponent((req.url ?? '').split('?')[0]);
        const file = normalize(resolve(sharedFixtures, '.' + relative));
        if (!file.startsWith(sharedFixtures + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.statusCode = 200;
        res.setHeader('content-type', 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    // Without ../shared/fixtures (a fresh clone), the demo's samples that read them are left out of the page.
    transformIndexHtml(html) {
      return haveSharedFixtures ? html : html.replace(/^\s*<[^>\n]*"\/__fixtures__\/[^>\n]*>[^\n]*\n/gm, '');
    },
  };
}

const shims: Record<string, string> = {
  'lru-cache': fileURLToPath(new URL('./src/verify/shims/lru-cache.cjs', import.meta.url)),
  setimmediate: fileURLToPath(new URL('./src/verify/shims/setimmediate.cjs', import.meta.url)),
};

/** Smaller stand-ins for two of jsonld's dependencies, for jsonld and rdf-canonize only (see the shims' comments). */
function jsonldShimsPlugin(): Plugin {
  return {
    name: 'jsonld-shims',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!(source in shims) || !importer || !/[\\/]node_modules[\\/](jsonld|rdf-canonize)[\\/]/.test(importer)) return null;
      return shims[source];
    },
  };
}

/** What the engine needs wherever it is bundled: the shims and the fixes in patches/ (see scripts/dependency-patches.mjs). */
export const enginePlugins = (): Plugin[] => [jsonldShimsPlugin(), dependencyPatchesPlugin() as Plugin];

/** The entries both builds share: one module per public export of package.json. */
export const entries = {
  // All the elements.
  'credential-elements': 'src/index.ts',
  // One element each, for pages that use one.
  'credential-badge': 'src/credential-badge.ts',
  'clr-transcript': 'src/clr-transcript.ts',
  'credential-verify': 'src/credential-verify.ts',
  'credential-gallery': 'src/credential-gallery.ts',
  // The engine alone, and the client that runs it in a worker.
  verify: 'src/verify/index.ts',
  'verify-client': 'src/verify-client/index.ts',
};

/**
 * In a single-file worker a dynamic import keeps the imported module's whole namespace: the engine's Ed25519
 * fallback (for browsers whose WebCrypto lacks Ed25519) would bring all of @noble/curves' ed25519.js (x25519,
 * ristretto255: ~12 KB gzipped). It uses `ed25519` only; a module that re-exports just that keeps the rest out.
 * (An engine that imports another name from it fails the build: the virtual module does not export it.)
 */
function narrowEd25519Fallback(): Plugin {
  const id = '\0ed25519-only';
  return {
    name: 'narrow-ed25519-fallback',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== '@noble/curves/ed25519.js' || importer === id) return null;
      return id;
    },
    async load(loaded) {
      if (loaded !== id) return null;
      const real = await this.resolve('@noble/curves/ed25519.js', fileURLToPath(new URL('./src/verify/index.ts', import.meta.url)), { skipSelf: true });
      return `export { ed25519 } from ${JSON.stringify(real!.id)};`;
    },
  };
}

/** The verifier worker: one self-contained module (no chunk of its own to find), so it also runs from a blob: URL. */
export const worker: UserConfig['worker'] = {
  format: 'es',
  plugins: () => [...enginePlugins(), narrowEd25519Fallback()],
  rolldownOptions: { output: { codeSplitting: false, minify: true } },
};

/**
 * The npm build maps its own modules, not the worker: Vite gives the worker the build's `sourcemap` setting, and its
 * map (jsonld, the schemas, the contexts: over a megabyte) would dominate the package.
 */
function withoutWorkerSourceMap(): Plugin {
  return {
    name: 'without-worker-source-map',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const [name, file] of Object.entries(bundle)) {
        if (!/^assets\/worker-[^/]*\.js(\.map)?$/.test(name)) continue;
        if (name.endsWith('.map')) delete bundle[name];
        else if (file.type === 'asset') file.source = String(file.source).replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
      }
    },
  };
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id: string) => external.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  plugins: [...enginePlugins(), sharedFixturesPlugin(), mockApiPlugin(), withoutWorkerSourceMap()],
  server: { fs: { allow: ['.'] } },
  // Scan every entry up front, so a dependency first met by a test never triggers a mid-run re-optimisation.
  // The pre-bundled dependencies get the same fixes as the builds.
  optimizeDeps: {
    // (The consumer tests' throwaway app imports the packed package, which is not installed here.)
    entries: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.html', '!test/package/app/**'],
    rolldownOptions: { plugins: enginePlugins() },
  },
  // Chunks and the worker are found relative to the module that loads them, wherever the package is served from.
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: true,
    lib: {
      entry: { ...entries, react: 'src/react.generated.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
  worker,
});
