/**
 * Bundle sizes: for each entry of the script-tag build (cdn/), the sum of each file's gzip -9 size over its static
 * import closure (what the browser downloads before any lazy chunk); then what loads on first use of each element,
 * the worker, the engine alone and the plain stack's bundle.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { kb, root } from '../lib/env.js';
import type { Section } from '../lib/section.js';
import { lazyImports, sizeOf, staticClosure, type Size } from '../lib/sizes.js';

/** The targets for the two script-tag entries (gzip, static closure). */
export const SIZE_TARGETS: Record<string, number> = { 'credential-elements.js': 25 * 1024, 'credential-badge.js': 10 * 1024 };

const ELEMENTS = ['credential-badge', 'clr-transcript', 'credential-verify', 'credential-gallery'];

/** The chunks an entry's closure imports lazily whose name says they hold `element`'s class. */
function elementChunk(closure: string[], element: string): string | undefined {
  const lazy = closure.flatMap(lazyImports);
  return lazy.find((file) => file.split('/').pop()!.startsWith(`${element}-`));
}

export function measureSizes(): Record<string, Size & { target?: number }> {
  const cdn = join(root, 'cdn');
  const table: Record<string, Size & { target?: number }> = {};
  const add = (label: string, files: string[], target?: number) => {
    if (files.length && files.every((file) => existsSync(file))) table[label] = { ...sizeOf(files), ...(target ? { target } : {}) };
  };
  for (const entry of ['credential-elements.js', 'credential-badge.js', 'clr-transcript.js', 'credential-verify.js', 'credential-gallery.js']) {
    if (existsSync(join(cdn, entry))) add(`${entry} (static closure)`, staticClosure(join(cdn, entry)), SIZE_TARGETS[entry]);
  }
  // What an element's first use adds to the main entry: its class chunk and what that imports, less what is loaded.
  const main = existsSync(join(cdn, 'credential-elements.js')) ? staticClosure(join(cdn, 'credential-elements.js')) : [];
  for (const element of ELEMENTS) {
    const chunk = elementChunk(main, element);
    if (!chunk) continue;
    const loaded = new Set(main);
    add(`  + on first <${element}> (class and its imports)`, staticClosure(chunk).filter((file) => !loaded.has(file)));
  }
  const assets = join(cdn, 'assets');
  const worker = existsSync(assets) ? readdirSync(assets).find((name) => /^worker-.*\.js$/.test(name)) : undefined;
  if (worker) add('the verifier worker (engine, JSON-LD, contexts, schemas)', [join(assets, worker)]);
  add('the engine alone (verify.js)', existsSync(join(cdn, 'verify.js')) ? staticClosure(join(cdn, 'verify.js')) : []);
  add('baseline: the plain stack (baseline.js)', existsSync(join(root, 'bench/dist-baseline/baseline.js')) ? staticClosure(join(root, 'bench/dist-baseline/baseline.js')) : []);
  return table;
}

export const sizes: Section = {
  name: 'sizes',
  description: 'gzip -9 sizes of the script-tag build: each entry\'s static closure, each element\'s class, the worker',
  async run(context) {
    await context.built();
    const table = measureSizes();
    const lines = ['Bundle sizes: the sum of each file\'s gzip -9 size over the static import closure (raw and brotli in results.json)'];
    for (const [label, size] of Object.entries(table)) {
      const target = size.target ? `  target ≤ ${kb(size.target)}: ${size.gzip <= size.target ? 'met' : 'NOT met'}` : '';
      lines.push(`  ${label.padEnd(62)} ${kb(size.gzip).padStart(9)}  (${size.files} files, raw ${kb(size.raw)})${target}`);
    }
    return { lines, results: table };
  },
};
