import { defineConfig, type Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mockApiPlugin } from './demo/mock-api/vite-plugin.js';

const sharedFixtures = fileURLToPath(new URL('../shared/fixtures', import.meta.url));

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

export default defineConfig({
  plugins: [jsonldShimsPlugin(), sharedFixturesPlugin(), mockApiPlugin()],
  server: { fs: { allow: ['.'] } },
  // Scan every entry up front, so a dependency first met by a test never triggers a mid-run re-optimisation.
  optimizeDeps: { entries: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.html'] },
  // Chunks and the worker are found relative to the module that loads them, wherever the package is served from.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        // The script-tag bundle: defines all three elements.
        'credential-elements': 'src/index.ts',
        // One element each, for pages that use one.
        'credential-badge': 'src/credential-badge.ts',
        'clr-transcript': 'src/clr-transcript.ts',
        'credential-verify': 'src/credential-verify.ts',
        'credential-gallery': 'src/credential-gallery.ts',
        // The engine alone, and the client that runs it in a worker.
        verify: 'src/verify/index.ts',
        'verify-client': 'src/verify-client/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
  // The verification worker is its own module chunk beside the entries (never inlined as a data: URL, which a
  // strict Content-Security-Policy would block).
  worker: { format: 'es', plugins: () => [jsonldShimsPlugin()] },
});
