// custom-elements.json is generated from the elements' JSDoc (`npm run analyze`), never edited by hand:
// this test regenerates it into a temporary folder and fails when the committed file is out of date.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cem = join(root, 'node_modules/.bin/cem');

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Array<{ name: string }>;
  members?: Array<{ name: string; kind: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
  cssStates?: Array<{ name: string }>;
  slots?: Array<{ name: string }>;
}

function elements(manifest: { modules: Array<{ declarations?: Declaration[] }> }): Map<string, Declaration> {
  const found = new Map<string, Declaration>();
  for (const module of manifest.modules) for (const declaration of module.declarations ?? []) if (declaration.tagName) found.set(declaration.tagName, declaration);
  return found;
}

describe('custom-elements.json', () => {
  it('is what `npm run analyze` generates from the source', { timeout: 120_000 }, () => {
    const packageJson = readFileSync(join(root, 'package.json'), 'utf8');
    assert.match(JSON.parse(packageJson).scripts.analyze, /^cem analyze\b/);
    // cem joins --outdir to the working directory: give it the temporary folder relative to the repository.
    const outdir = mkdtempSync(join(tmpdir(), 'cem-'));
    try {
      const result = spawnSync(cem, ['analyze', '--outdir', relative(root, outdir)], { cwd: root, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
      const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
      assert.ok(fresh === committed, 'custom-elements.json is out of date: run `npm run analyze` and commit the result');
      assert.equal(readFileSync(join(root, 'package.json'), 'utf8'), packageJson, 'the analyzer must not rewrite package.json');
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('lists every element with the shared API, its events, parts, slots, custom properties and states', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const found = elements(manifest);
    assert.deepEqual([...found.keys()].sort(), ['clr-transcript', 'credential-badge', 'credential-gallery', 'credential-verify']);
    const providerAttributes = ['provider', 'api-base', 'credential-id', 'org', 'user-id'];
    // A gallery lists: no one credential's id, a `credentials` list instead of one `credential`, and the list selectors.
    const galleryAttributes = ['provider', 'api-base', 'org', 'user-id', 'recipient-email', 'recipient-id', 'group-id', 'course', 'program', 'max', 'search', 'sort'];
    for (const [tag, element] of found) {
      // <credential-verify> verifies what it is given: it has no provider to load from, so no provider attributes.
      const fromProviders = tag !== 'credential-verify';
      const gallery = tag === 'credential-gallery';
      const attributes = new Set(element.attributes?.map((a) => a.name));
      for (const name of ['src', 'verify', 'timeout', 'lang', 'state', 'verification', ...(gallery ? galleryAttributes : fromProviders ? providerAttributes : [])]) {
        assert.ok(attributes.has(name), `${tag} lacks the ${name} attribute`);
      }
      if (!fromProviders) for (const name of providerAttributes) assert.ok(!attributes.has(name), `${tag} must not have the ${name} attribute`);
      assert.ok(!attributes.has('token'), `${tag}: token must never be an attribute`);
      const members = new Set(element.members?.map((m) => m.name));
      for (const name of [gallery ? 'credentials' : 'credential', 'fetch', 'verifyFetch', 'trustedIssuers', ...(fromProviders ? ['token'] : [])]) assert.ok(members.has(name), `${tag} lacks the ${name} property`);
      if (!fromProviders) assert.ok(!members.has('token'), `${tag} must not have a token property`);
      assert.deepEqual(element.events?.map((e) => e.name).sort(), ['credential-error', 'credential-load', 'credential-verified']);
      assert.ok(element.cssParts?.some((p) => p.name === 'base'), `${tag} has no base part`);
      assert.ok((element.cssParts?.length ?? 0) >= 4, `${tag} has too few parts`);
      assert.ok(element.cssProperties?.every((p) => p.name.startsWith('--credential-')), `${tag}: custom properties must start with --credential-`);
      assert.ok(element.cssStates?.some((s) => s.name === 'verified'), `${tag} documents no custom states`);
      assert.ok(element.slots?.length, `${tag} documents no slot`);
    }
    assert.ok(found.get('credential-badge')!.attributes!.some((a) => a.name === 'layout'));
  });
});
