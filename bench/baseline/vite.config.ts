// Builds the baseline page script (bench/baseline/entry.ts) the way a site would ship the plain stack: with jsonld
// as published, not with this project's context-caching patch (scripts/patch-jsonld.mjs).
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pristineContext = new URL('../../node_modules/jsonld/lib/context.pristine.js', import.meta.url);

export default defineConfig({
  plugins: [
    {
      name: 'pristine-jsonld',
      load(id) {
        if (id.replace(/\\/g, '/').endsWith('/node_modules/jsonld/lib/context.js')) return readFileSync(pristineContext, 'utf8');
        return undefined;
      },
    },
  ],
  build: {
    target: 'es2022',
    outDir: 'bench/dist-baseline',
    emptyOutDir: true,
    lib: { entry: { baseline: 'bench/baseline/entry.ts' }, formats: ['es'] },
    rolldownOptions: { output: { minify: true } },
  },
});
