// Issue 9 §4: did:web identifiers as the did:web method defines them (a domain name, an optional %3A port,
// colon-separated path segments); nothing percent-encoded may change the host or the path.
import { before, describe, expect, it } from '../../helpers/harness.js';
import { clearNetworkCache, verifyCredential } from '../../../src/verify/index.js';
import { didWebUrl } from '../../../src/verify/keys/did-web.js';
import { isCredentialError } from '../../../src/errors.js';
import { ed25519Issuer, openBadge, signEddsaRdfc2022, type TestIssuer } from '../helpers/signing.js';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

const codeOf = (did: string) => {
  try {
    didWebUrl(did);
    return 'accepted';
  } catch (error) {
    return isCredentialError(error) ? error.code : String(error);
  }
};

describe('did:web identifiers', () => {
  it('maps well-formed DIDs to their DID document URLs', () => {
    expect(didWebUrl('did:web:example.com')).to.equal('https://example.com/.well-known/did.json');
    expect(didWebUrl('did:web:w3c-ccg.github.io:user:alice')).to.equal('https://w3c-ccg.github.io/user/alice/did.json');
    expect(didWebUrl('did:web:example.com%3A3000:user:alice')).to.equal('https://example.com:3000/user/alice/did.json');
    expect(didWebUrl('did:web:localhost%3a8443')).to.equal('https://localhost:8443/.well-known/did.json');
    expect(didWebUrl('did:web:Example.COM:Issuers:dept_1.x~y')).to.equal('https://example.com/Issuers/dept_1.x~y/did.json');
  });

  it('refuses percent-encoding that changes the host or the path, and hosts that are not domain names', () => {
    const hostile = [
      'did:web:university.edu%2F~attacker%2Fdid.json%3F',
      'did:web:evil.example%40university.edu',
      'did:web:university.edu%23fragment',
      'did:web:university.edu:a%2Fb',
      'did:web:university.edu:a%3Fb',
      'did:web:university.edu:a%5Cb',
      'did:web:university.edu:..:admin',
      'did:web:university.edu:.',
      'did:web:university.edu:%2e%2e',
      'did:web:university.edu::empty',
      'did:web:university.edu:',
      'did:web:127.0.0.1',
      'did:web:[::1]',
      'did:web:%5B%3A%3A1%5D',
      'did:web:university.edu%3A99999',
      'did:web:university.edu%3A',
      'did:web:university.edu%3A80%3A81',
      'did:web:user%3Apass%40university.edu',
      'did:web:-bad.example',
      'did:web:bad..example',
      'did:web:exa mple.com',
      'did:web:',
      'did:web:university.edu:a b',
      'did:web:university.edu:%00',
    ];
    expect(hostile.map((did) => `${did} → ${codeOf(did)}`)).to.deep.equal(hostile.map((did) => `${did} → INVALID_DID`));
  });
});

describe('did:web issuers that point elsewhere', () => {
  let attacker: TestIssuer;
  before(async () => {
    attacker = await ed25519Issuer();
  });

  /** A credential "issued" by `did` and signed by the attacker, whose DID document the stub serves for any URL on the host. */
  async function forge(did: string) {
    const vm = `${did}#key-1`;
    const exported = await attacker.keyPair.export({ publicKey: true, secretKey: true, includeContext: true });
    const keyPair = await Ed25519Multikey.from({ ...exported, id: vm, controller: did });
    const signed = await signEddsaRdfc2022(openBadge(attacker, { issuer: { id: did, type: ['Profile'], name: 'University' } }), { ...attacker, verificationMethod: vm, keyPair });
    const document = { '@context': ['https://www.w3.org/ns/did/v1'], id: did, verificationMethod: [{ id: vm, type: 'Multikey', controller: did, publicKeyMultibase: attacker.publicKeyMultibase }], assertionMethod: [vm] };
    const requested: string[] = [];
    const stub = (async (input: RequestInfo | URL) => {
      requested.push(String(input));
      return new Response(JSON.stringify(document), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    clearNetworkCache();
    return { report: await verifyCredential(signed, { network: true, fetch: stub, now: '2026-01-01T00:00:00Z' }), requested };
  }

  for (const did of ['did:web:university.edu%2F~attacker%2Fdid.json%3F', 'did:web:evil.example%40university.edu']) {
    it(`fails ${did} with invalid-did, without fetching anything`, async () => {
      const { report, requested } = await forge(did);
      const key = report.checks.find((check) => check.id === 'key')!;
      expect(key.status).to.equal('failure');
      expect(key.reason).to.equal('invalid-did');
      expect(report.verified).to.equal(false);
      expect(requested).to.deep.equal([]);
    });
  }

  it('still verifies a well-formed did:web with a port and a path', async () => {
    const { report, requested } = await forge('did:web:localhost%3A8443:issuers:one');
    expect(report.status, JSON.stringify(report.checks)).to.equal('verified');
    expect(requested).to.deep.equal(['https://localhost:8443/issuers/one/did.json']);
  });
});
