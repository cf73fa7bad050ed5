// Builds the baseline page script (bench/baseline/entry.ts) the way a site would ship the plain stack: with jsonld
// as published. node_modules holds jsonld unpatched; the project's fix (patches/) is applied only by the plugin
// in the project's own builds (scripts/dependency-patches.mjs), which this config leaves out.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'bench/dist-baseline',
    emptyOutDir: true,
    lib: { entry: { baseline: 'bench/baseline/entry.ts' }, formats: ['es'] },
    rolldownOptions: { output: { minify: true } },
  },
});
