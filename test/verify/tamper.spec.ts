// Change each leaf value of a signed credential in turn: every change must make verification fail.
import { before, describe, expect, it } from '../helpers/harness.js';
import { verifyCredential } from '../../src/verify/index.js';
import { ed25519Issuer, openBadge, signEd25519Signature2020, signEddsaRdfc2022 } from './helpers/signing.js';

type Json = Record<string, any>;

/** Paths to every primitive value in a JSON document. */
function leafPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...path, Array.isArray(value) ? Number(key) : key]));
}

function withLeafChanged(document: Json, path: Array<string | number>): Json {
  const copy = JSON.parse(JSON.stringify(document));
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path.at(-1)!;
  const old = parent[last];
  parent[last] = typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : `${String(old).slice(0, -1)}${String(old).endsWith('0') ? '1' : '0'}`;
  return copy;
}

describe('tampering', () => {
  const signed: Record<string, Json> = {};
  before(async () => {
    const issuer = await ed25519Issuer();
    const credential = openBadge(issuer, { validUntil: '2030-01-01T00:00:00Z' });
    credential.credentialSubject.result = [{ type: ['Result'], value: 'A', status: 'Completed' }];
    credential.credentialSubject.achievement.creditsAvailable = 4;
    signed['eddsa-rdfc-2022'] = await signEddsaRdfc2022(credential, issuer);
    signed.Ed25519Signature2020 = await signEd25519Signature2020(
      { ...credential, '@context': [...credential['@context'], 'https://w3id.org/security/suites/ed25519-2020/v1'] },
      issuer,
    );
  });

  for (const suite of ['eddsa-rdfc-2022', 'Ed25519Signature2020']) {
    it(`fails every single-leaf change of a ${suite} credential`, async () => {
      const document = signed[suite];
      expect((await verifyCredential(document, { network: false, now: '2026-01-01T00:00:00Z' })).verified).to.equal(true);
      const paths = leafPaths(document);
      expect(paths.length).to.be.greaterThan(20);
      const undetected: string[] = [];
      for (const path of paths) {
        const report = await verifyCredential(withLeafChanged(document, path), { network: false, now: '2026-01-01T00:00:00Z' });
        if (report.verified) undetected.push(path.join('.'));
      }
      expect(undetected).to.deep.equal([]);
    });
  }
});
