// Builds the plain page's script (bench/baseline/page.ts: the plain stack and the page's own code, one file) beside the
// baseline bundle, as bench/baseline/vite.config.ts builds that: jsonld as published, none of the project's patches.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'bench/dist-baseline',
    emptyOutDir: false,
    lib: { entry: { 'plain-page': 'bench/baseline/page.ts' }, formats: ['es'] },
    rolldownOptions: { output: { minify: true } },
  },
});
