// The script-tag build (`vite build -c vite.cdn.config.ts` → cdn/): self-contained, Lit and every other dependency
// inlined, minified, for a page without a build step (README: "Use it on a page"). Copied to a site, or loaded
// from a public npm CDN at a pinned version with an integrity hash on every file (`npm run sri` prints both tags).
// The size targets of `npm run bench` measure this build. Its element entries are those of src/script-tag/: each
// element's class loads when the first one appears in the page, while its credential's request and the verifier
// worker start from the markup; the engine's entries are the npm build's.
import { defineConfig } from 'vite';
import { enginePlugins, entries, worker } from './vite.config.js';
import { flattenLazyImportsPlugin } from './scripts/flatten-lazy-imports.mjs';
import { snippetFilePlugin } from './scripts/snippets.mjs';
import { workerIntegrityPlugin } from './scripts/worker-integrity.mjs';

/** The modules of the 'element-core' chunk (see below). */
const ELEMENT_CORE = [
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/](reactive-element|task|localize))[\\/]/,
  /[\\/]src[\\/]elements[\\/]shared[\\/]/,
  /[\\/]src[\\/]load[\\/](pipeline|request|fetch-document|read-document|view|verification|verify-batch|early|yield)\.ts$/,
  /[\\/]src[\\/]model[\\/](ob3|values|types)\.ts$/,
  /[\\/]src[\\/]verify-client[\\/](index|batch|parallel|failed-report|protocol)\.ts$/,
  /[\\/]src[\\/]render[\\/]format-date\.ts$/,
];
const isElementCore = (id: string) => ELEMENT_CORE.some((pattern) => pattern.test(id));

const scriptTagEntries = {
  ...entries,
  'credential-elements': 'src/script-tag/credential-elements.ts',
  'credential-badge': 'src/script-tag/credential-badge.ts',
  'clr-transcript': 'src/script-tag/clr-transcript.ts',
  'credential-verify': 'src/script-tag/credential-verify.ts',
  'credential-gallery': 'src/script-tag/credential-gallery.ts',
};

export default defineConfig({
  plugins: [...enginePlugins(), flattenLazyImportsPlugin({ strictExecutionOrder: true }), workerIntegrityPlugin(), snippetFilePlugin()],
  base: './',
  build: {
    target: 'es2022',
    outDir: 'cdn',
    emptyOutDir: true,
    sourcemap: false,
    lib: { entry: scriptTagEntries, formats: ['es'] },
    rolldownOptions: {
      // The 'elements' group takes modules without their imports: entries may then export a little more than their
      // own names, and modules run in the order of their source imports whichever chunk they are in.
      preserveEntrySignatures: 'allow-extension',
      // A few modules imported lazily by one module are imported statically by another (the gallery's list reads
      // documents as the pipeline does; the OB 2.0 mapper uses OB 3.0's readers), so they stay with their static
      // importer: the chunks are chosen by the groups below, and that notice says nothing a reader of `npm start` needs.
      onLog(level, log, handler) {
        if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
      },
      output: {
        strictExecutionOrder: true,
        minify: true,
        codeSplitting: {
          groups: [
            // What the entries run in their first task, in one chunk: the request leaves after two downloads (an
            // entry, then this), not after a chain of small shared chunks each found in the one before.
            { name: 'boot', test: /[\\/]src[\\/]script-tag[\\/]/, priority: 20 },
            // The 'element-core' chunk: what every element needs to show and verify a credential (Lit, the shared element code, the loading
            // pipeline, the OB 3.0 mapper, the verify client), in one chunk rather than twenty: a page's first
            // element costs a few downloads side by side. The engine's own modules stay out, so that verify.js
            // does not bring Lit along.
            { name: 'element-core', test: isElementCore, priority: 10, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  worker,
});
