// The script-tag build's plugin that flattens its lazy-loading waterfalls. A browser learns a chunk's static imports
// only once it has the chunk, so `import('./a.js')` where a.js imports b.js, which imports c.js, takes three round
// trips one after the other. This plugin writes each lazy import of a chunk as a lazy import of it and of every chunk
// it needs that the importing chunk does not already have, all at once (what Vite's preload helper does for an app,
// without <link> tags, so it works in a worker and under any Content-Security-Policy). Each module still runs once,
// after its own imports, as the language guarantees; only the downloads overlap.
//
// With `strictExecutionOrder` (the output option of that name, which the build then sets too: a module runs when the
// code that needs it first asks, not when its chunk is evaluated), an entry also imports every chunk of its static
// closure itself, so that those download side by side too.
import { posix } from 'node:path';

const LAZY_IMPORT = /\bimport\((["'`])(\.\.?\/[^"'`]+)\1\)/g;

/** `strictExecutionOrder`: the build's output option of that name is on (plugins are not told it). */
export function flattenLazyImportsPlugin({ strictExecutionOrder = false } = {}) {
  return {
    name: 'flatten-lazy-imports',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
      const closures = new Map();
      /** A chunk and every chunk it imports statically, transitively. */
      const closure = (name) => {
        let found = closures.get(name);
        if (found) return found;
        found = new Set([name]);
        closures.set(name, found);
        for (const imported of chunks.get(name)?.imports ?? []) for (const entry of closure(imported)) found.add(entry);
        return found;
      };
      const relativeTo = (dir, name) => {
        const relative = posix.relative(dir, name);
        return relative.startsWith('.') ? relative : `./${relative}`;
      };
      for (const chunk of chunks.values()) {
        const dir = posix.dirname(chunk.fileName);
        if (chunk.isEntry && strictExecutionOrder) {
          const deeper = [...closure(chunk.fileName)].filter((name) => name !== chunk.fileName && !chunk.imports.includes(name));
          if (deeper.length) chunk.code = deeper.map((name) => `import${JSON.stringify(relativeTo(dir, name))};`).join('') + chunk.code;
        }
        const loaded = closure(chunk.fileName);
        chunk.code = chunk.code.replace(LAZY_IMPORT, (match, quote, specifier) => {
          const target = posix.join(dir, specifier);
          if (!chunks.has(target)) return match;
          const needed = [...closure(target)].filter((name) => name !== target && !loaded.has(name));
          if (!needed.length) return match;
          const also = needed.map((name) => `import(${quote}${relativeTo(dir, name)}${quote})`);
          return `Promise.all([${match},${also.join(',')}]).then((m)=>m[0])`;
        });
      }
    },
  };
}
