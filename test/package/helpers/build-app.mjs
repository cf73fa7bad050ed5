// `node build-app.mjs <bundler> <app> <out>`: a production build of the throwaway app (test/package/app) as its
// developer would run it, one page per entry. Vite and esbuild are the repository's own (declared devDependencies);
// Rollup and webpack are installed in the app. Run in a child process with NODE_ENV=production, as a real build is.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ENTRIES = ['main', 'credential-badge', 'clr-transcript', 'credential-verify'];

const page = (entry, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${entry}</title></head>
<body>${script}</body></html>
`;

/** One page per entry: Vite builds them itself from these; the other bundlers get them written beside their output. */
export function writePages(dir, { module = true, src = (entry) => `./${entry}.js` } = {}) {
  for (const entry of ENTRIES) writeFileSync(join(dir, `${entry}.html`), page(entry, `<script ${module ? 'type="module"' : 'defer'} src="${src(entry)}"></script>`));
}

const fromApp = async (app, name) => import(pathToFileURL(createRequire(join(app, 'package.json')).resolve(name)).href);

const bundlers = {
  async vite(app, out) {
    // Vite also builds the React 18 page (its build replaces process.env.NODE_ENV, which React reads).
    writePages(app);
    writeFileSync(join(app, 'react.html'), page('react', '<script type="module" src="./react.js"></script>'));
    const { build } = await import('vite');
    await build({
      root: app,
      configFile: false,
      logLevel: 'warn',
      build: { outDir: out, emptyOutDir: true, rolldownOptions: { input: Object.fromEntries([...ENTRIES, 'react'].map((entry) => [entry, join(app, `${entry}.html`)])) } },
    });
  },
  async esbuild(app, out) {
    const { build } = await import('esbuild');
    await build({
      absWorkingDir: app,
      entryPoints: ENTRIES.map((entry) => `./${entry}.js`),
      outdir: out,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      logLevel: 'warning',
    });
    writePages(out);
  },
  async rollup(app, out) {
    const { rollup } = await fromApp(app, 'rollup');
    const { nodeResolve } = await fromApp(app, '@rollup/plugin-node-resolve');
    const { default: commonjs } = await fromApp(app, '@rollup/plugin-commonjs');
    const bundle = await rollup({
      input: Object.fromEntries(ENTRIES.map((entry) => [entry, join(app, `${entry}.js`)])),
      plugins: [nodeResolve({ browser: true }), commonjs()],
      onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED' ? undefined : warn(warning)),
    });
    await bundle.write({ dir: out, format: 'es', entryFileNames: '[name].js' });
    await bundle.close();
    writePages(out);
  },
  async webpack(app, out) {
    const { default: webpack } = await fromApp(app, 'webpack');
    const stats = await new Promise((resolve, reject) =>
      webpack({
        mode: 'production',
        context: app,
        entry: Object.fromEntries(ENTRIES.map((entry) => [entry, `./${entry}.js`])),
        output: { path: out, filename: '[name].js', publicPath: 'auto', clean: true },
        performance: { hints: false },
        // Terser on the engine's libraries takes a minute on a 2-core machine; webpack's module-level tree-shaking
        // (`sideEffects`, which decides whether the elements are kept) runs without it.
        optimization: { minimize: false },
      }).run((error, result) => (error ? reject(error) : resolve(result))),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    writePages(out, { module: false });
  },
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [bundler, app, out] = process.argv.slice(2);
  await bundlers[bundler](app, out);
}
