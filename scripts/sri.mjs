// Prints the two script tags for this build (run after `npm run build`), each with its Subresource Integrity hashes
// and the Content-Security-Policy it needs: self-hosted (cdn/ copied to the site) and from a public npm CDN.
// The script-tag build also writes them to cdn/snippet.html. `--write` puts the self-hosted hash into README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cdnSnippet, selfHostedSnippet } from './snippets.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dir = fileURLToPath(new URL('../cdn', import.meta.url));
const self = selfHostedSnippet({ dir, version });
const cdn = cdnSnippet({ dir, version });
if (process.argv.includes('--write')) {
  // The README's self-hosted tag carries this build's hash (a test checks it): rewrite the first one.
  const readme = new URL('../README.md', import.meta.url);
  const hash = /integrity="(sha384-[^"]+)"/.exec(self.html)[1];
  writeFileSync(readme, readFileSync(readme, 'utf8').replace(/integrity="sha384-[A-Za-z0-9+/=]+"/, `integrity="${hash}"`));
}
console.log(`${self.html}\n\nContent-Security-Policy: ${self.csp}\n\n${cdn.html}\n\nContent-Security-Policy: ${cdn.csp}`);
