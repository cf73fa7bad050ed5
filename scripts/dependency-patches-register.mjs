// `node --import ./scripts/dependency-patches-register.mjs`: applies patches/ to the dependencies the Node tests load
// (through a require hook: jsonld is CommonJS), as the Vite plugin does for the bundles and the dev server.
import { addHook } from 'pirates';
import { applyDependencyPatch, patchFor } from './dependency-patches.mjs';

addHook((code, filename) => applyDependencyPatch(filename, code), {
  exts: ['.js'],
  ignoreNodeModules: false,
  matcher: (filename) => !!patchFor(filename),
});
