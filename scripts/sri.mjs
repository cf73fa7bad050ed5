// Prints the two script tags for this build (run after `npm run build`), each with its Subresource Integrity hashes
// and the Content-Security-Policy it needs: self-hosted (cdn/ copied to the site) and from a public npm CDN.
// The script-tag build also writes them to cdn/snippet.html.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cdnSnippet, selfHostedSnippet } from './snippets.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dir = fileURLToPath(new URL('../cdn', import.meta.url));
const self = selfHostedSnippet({ dir, version });
const cdn = cdnSnippet({ dir, version });
console.log(`${self.html}\n\nContent-Security-Policy: ${self.csp}\n\n${cdn.html}\n\nContent-Security-Policy: ${cdn.csp}`);
