// Builds the baseline page script (bench/baseline/entry.ts) the way a site would ship the plain stack.
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
