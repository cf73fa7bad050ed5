// The script-tag build (`vite build -c vite.cdn.config.ts` → cdn/): self-contained, Lit and every other dependency
// inlined, minified, for a page without a build step (README: "Use it on a page"). Copied to a site, or loaded
// from a public npm CDN at a pinned version with an integrity hash on every file (`npm run sri` prints both tags).
// The size targets of `npm run bench` measure this build.
import { defineConfig } from 'vite';
import { enginePlugins, entries, worker } from './vite.config.js';
import { snippetFilePlugin } from './scripts/snippets.mjs';
import { workerIntegrityPlugin } from './scripts/worker-integrity.mjs';

export default defineConfig({
  plugins: [...enginePlugins(), workerIntegrityPlugin(), snippetFilePlugin()],
  base: './',
  build: {
    target: 'es2022',
    outDir: 'cdn',
    emptyOutDir: true,
    sourcemap: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: { output: { minify: true } },
  },
  worker,
});
