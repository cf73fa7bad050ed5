// Prints the script tag for the built bundle with its Subresource Integrity hash (run after `npm run build`).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const bundle = readFileSync(new URL('../dist/credential-elements.js', import.meta.url));
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
// Served from the site itself (copy dist/ there): a strict `script-src 'self'` allows no other origin.
console.log(`<!-- credential-elements ${version} -->
<script type="module" src="/credential-elements/credential-elements.js"
        integrity="${integrity}" crossorigin="anonymous"></script>`);
