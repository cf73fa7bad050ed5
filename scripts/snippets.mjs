// The two script tags for a page without a build step, made from a script-tag build (cdn/), each with the
// Content-Security-Policy it needs. `npm run sri` prints them; the script-tag build writes cdn/snippet.html.
//
// Self-hosted: cdn/ copied to the site (strict `script-src 'self'`); the entry's integrity hash covers it, its
// chunks are same-origin. From a public npm CDN at a pinned version: the entry's integrity attribute, plus an
// import map whose `integrity` section gives every chunk's hash (the browser refuses a chunk that differs); the
// verifier worker cannot start from another origin, so the library fetches it with its own hash and starts it
// from a blob: URL (see src/verify-client/worker-script.ts), hence `worker-src blob:` and `connect-src` for the CDN.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ENTRY = 'credential-elements.js';
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every module the page may load from a script-tag build: its top-level .js files (the worker is fetched apart). */
export function pageModules(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort();
}

const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html credential-elements";

export function selfHostedSnippet({ dir, version, base = '/credential-elements/' }) {
  const integrity = sri(readFileSync(join(dir, ENTRY)));
  return {
    html: `<!-- credential-elements ${version} -->
<script type="module" src="${base}${ENTRY}"
        integrity="${integrity}" crossorigin="anonymous"></script>`,
    csp: `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; ${TRUSTED_TYPES}`,
  };
}

export function cdnSnippet({ dir, version, base = `https://cdn.jsdelivr.net/npm/credential-elements@${version}/cdn/` }) {
  const integrity = Object.fromEntries(pageModules(dir).map((name) => [`${base}${name}`, sri(readFileSync(join(dir, name)))]));
  const importMap = `\n${JSON.stringify({ integrity }, null, 2)}\n`;
  const origin = new URL(base).origin;
  return {
    html: `<!-- credential-elements ${version}, from a public npm CDN: every file integrity-checked -->
<script type="importmap">${importMap}</script>
<script type="module" src="${base}${ENTRY}"
        integrity="${integrity[`${base}${ENTRY}`]}" crossorigin="anonymous"></script>`,
    csp:
      `default-src 'self'; script-src ${origin} ${cspHash(importMap)}; connect-src 'self' ${origin}; worker-src blob:; ` +
      `style-src 'self'; img-src 'self' data:; ${TRUSTED_TYPES}`,
  };
}

/** The script-tag build's plugin that writes both snippets, with their policies, to snippet.html beside the bundle. */
export function snippetFilePlugin() {
  return {
    name: 'script-tag-snippets',
    apply: 'build',
    writeBundle({ dir }) {
      const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
      const self = selfHostedSnippet({ dir, version });
      const cdn = cdnSnippet({ dir, version });
      const page = `<!doctype html>
<!-- The script tags for credential-elements ${version} (README: "Use it on a page"). Copy one into your page's <head>. -->
<html lang="en"><head><meta charset="utf-8"><title>credential-elements ${version}: script tags</title></head><body>
<h1>credential-elements ${version}</h1>
<h2>Self-hosted (copy cdn/ to your site as /credential-elements/)</h2>
<pre>${escape(self.html)}</pre>
<p>Content-Security-Policy:</p>
<pre>${escape(self.csp)}</pre>
<h2>From a public npm CDN</h2>
<pre>${escape(cdn.html)}</pre>
<p>Content-Security-Policy:</p>
<pre>${escape(cdn.csp)}</pre>
</body></html>
`;
      writeFileSync(join(dir, 'snippet.html'), page);
    },
  };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
