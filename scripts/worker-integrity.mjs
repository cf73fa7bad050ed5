// The script-tag build's plugin that writes the verifier worker's Subresource Integrity hash into the module that
// starts it (src/verify-client/worker-script.ts), over a placeholder of the same length, so that a page loading
// the package from a CDN fetches the worker with integrity too. Same length: the chunk's source map stays exact.
import { sri } from './snippets.mjs';

export const PLACEHOLDER = 'sha384-credential-elements-worker-integrity-placeholder-000000000000000';

export function workerIntegrityPlugin() {
  return {
    name: 'worker-integrity',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const workers = Object.values(bundle).filter((file) => /^assets\/worker-[^/]*\.js$/.test(file.fileName));
      if (workers.length !== 1) this.error(`expected one verifier worker in the bundle, found ${workers.length}`);
      const worker = workers[0];
      const hash = sri(worker.type === 'asset' ? worker.source : worker.code);
      if (hash.length !== PLACEHOLDER.length) this.error('the integrity placeholder must be as long as a sha384 hash');
      let written = 0;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.code.includes(PLACEHOLDER)) continue;
        file.code = file.code.replaceAll(PLACEHOLDER, hash);
        written++;
      }
      if (written !== 1) this.error(`expected the worker's integrity placeholder in one chunk, found it in ${written}`);
    },
  };
}
