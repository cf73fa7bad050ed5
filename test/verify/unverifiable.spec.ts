// Issue 10 §5: "could not be checked" is not "forged". A look-up that decides authenticity (the DID document, the key)
// and cannot complete (network use off, a timeout, DNS/CORS, a busy host) makes the check `unverifiable`, with a
// reason naming the look-up, and the report follows (failed > unverifiable > warning > verified). An answer that
// decides (no such DID, a wrong signature, revoked, expired) still fails; a status list that can't be fetched stays a
// warning.
import { before, describe, expect, it } from '../helpers/harness.js';
import { clearNetworkCache, verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { clrCredential, ed25519Issuer, ed25519PrivateCryptoKey, openBadge, signEddsaRdfc2022, signJwt, type TestIssuer } from './helpers/signing.js';
import { REVOCATION_LIST, SET_INDEX, statusEntry } from './helpers/status-lists.js';

type Json = Record<string, any>;

const NOW = '2026-01-01T00:00:00Z';
const DID = 'did:web:university.example';
const DID_URL = 'https://university.example/.well-known/did.json';
const check = (report: VerificationReport, id: string) => report.checks.find((entry) => entry.id === id)!;
const outcome = (report: VerificationReport, id: string) => [check(report, id).status, check(report, id).reason];

type Answer = 'document' | 'unreachable' | 'hang' | 'busy' | 'missing';

/** A fetch for the DID document that answers as told (the status list is always unreachable). */
function lookups(answer: Answer, document: Json): typeof fetch {
  return ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url !== DID_URL || answer === 'unreachable') return Promise.reject(new TypeError('Failed to fetch'));
    if (answer === 'hang') {
      // Node does not wait for a timeout signal's timer alone: a timer of the test's keeps it waiting for the abort.
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      const alive = setTimeout(() => undefined, 10_000);
      return new Promise((_, reject) => signal?.addEventListener('abort', () => (clearTimeout(alive), reject(signal.reason))));
    }
    if (answer === 'busy') return Promise.resolve(new Response('busy', { status: 503 }));
    if (answer === 'missing') return Promise.resolve(new Response('not found', { status: 404 }));
    return Promise.resolve(new Response(JSON.stringify(document), { headers: { 'content-type': 'application/json' } }));
  }) as typeof fetch;
}

describe('a look-up that could not complete', () => {
  let issuer: TestIssuer;
  let didDocument: Json;
  let badge: Json;
  before(async () => {
    // A did:web issuer: its key is in its DID document, which only the network gives.
    issuer = await ed25519Issuer();
    issuer.keyPair.controller = DID;
    issuer.keyPair.id = `${DID}#key-1`;
    didDocument = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: DID,
      verificationMethod: [{ id: `${DID}#key-1`, type: 'Multikey', controller: DID, publicKeyMultibase: issuer.publicKeyMultibase }],
      assertionMethod: [`${DID}#key-1`],
    };
    badge = await signEddsaRdfc2022(openBadge(issuer, { issuer: { id: DID, type: ['Profile'], name: 'University' } }), issuer);
  });

  const verify = (input: unknown, answer: Answer, options: Json = {}) => {
    clearNetworkCache();
    return verifyCredential(input, { now: NOW, network: true, fetch: lookups(answer, didDocument), timeoutMs: 200, ...options });
  };

  it('verifies when the DID document answers', async () => {
    expect((await verify(badge, 'document')).status).to.equal('verified');
  });

  it('is unverifiable, naming the DID document, when it is unreachable, times out, or its host is busy', async () => {
    for (const answer of ['unreachable', 'hang', 'busy'] as const) {
      const report = await verify(badge, answer);
      expect(report.status, `${answer}: ${JSON.stringify(report.checks)}`).to.equal('unverifiable');
      expect(report.verified).to.equal(false);
      expect(outcome(report, 'proof')).to.deep.equal(['unverifiable', 'did-unreachable']);
      expect(outcome(report, 'key')).to.deep.equal(['unverifiable', 'did-unreachable']);
      expect(check(report, 'proof').message).to.match(/could not be looked up right now/);
    }
  });

  it('is unverifiable when network use is off', async () => {
    const report = await verify(badge, 'document', { network: false });
    expect(report.status).to.equal('unverifiable');
  });

  it('fails when the answer decides: no DID document there, or a signature that does not match', async () => {
    const missing = await verify(badge, 'missing');
    expect(missing.status).to.equal('failed');
    expect(outcome(missing, 'key')).to.deep.equal(['failure', 'key-not-found']);
    const changed = await verify({ ...badge, name: 'Advanced Biology' }, 'document');
    expect(outcome(changed, 'proof')).to.deep.equal(['failure', 'signature-invalid']);
  });

  it('stays failed when something else failed: an expired credential whose key could not be looked up', async () => {
    const expired = await signEddsaRdfc2022(openBadge(issuer, { issuer: { id: DID, type: ['Profile'], name: 'University' }, validUntil: '2025-12-01T00:00:00Z' }), issuer);
    const report = await verify(expired, 'unreachable');
    expect(report.status).to.equal('failed');
    expect(outcome(report, 'dates')).to.deep.equal(['failure', 'expired']);
    expect(check(report, 'proof').status).to.equal('unverifiable');
  });

  it('keeps a status list that could not be fetched a warning (the key answered)', async () => {
    const listed = await signEddsaRdfc2022(openBadge(issuer, { issuer: { id: DID, type: ['Profile'], name: 'University' }, credentialStatus: statusEntry(REVOCATION_LIST, 'revocation', SET_INDEX) }), issuer);
    const report = await verify(listed, 'document');
    expect(report.status).to.equal('warning');
    expect(outcome(report, 'status')).to.deep.equal(['warning', 'status-unreachable']);
  });

  it('is unverifiable for a VC-JWT whose kid is in an unreachable DID document', async () => {
    const jwt = await signJwt(openBadge(issuer, { issuer: { id: DID, type: ['Profile'], name: 'University' } }), 'EdDSA', { kid: `${DID}#key-1`, privateKey: await ed25519PrivateCryptoKey(issuer) });
    expect((await verify(jwt, 'document')).status).to.equal('verified');
    const report = await verify(jwt, 'unreachable');
    expect(report.status).to.equal('unverifiable');
    expect(outcome(report, 'key')).to.deep.equal(['unverifiable', 'did-unreachable']);
  });

  it('names the key, not a DID document, when an https key document is unreachable', async () => {
    const keyIssuer = await ed25519Issuer();
    keyIssuer.keyPair.controller = 'https://university.example/issuer';
    keyIssuer.keyPair.id = 'https://university.example/keys/1';
    const signed = await signEddsaRdfc2022(openBadge(keyIssuer, { issuer: { id: 'https://university.example/issuer', type: ['Profile'], name: 'University' } }), keyIssuer);
    const report = await verify(signed, 'unreachable');
    expect(outcome(report, 'key')).to.deep.equal(['unverifiable', 'key-unreachable']);
  });

  it('makes a record whose nested credential could not be checked unverifiable; a failed one wins', async () => {
    const home = await ed25519Issuer();
    const record = (nested: Json[]) => signEddsaRdfc2022(clrCredential(home, nested), home);
    const report = await verify(await record([badge]), 'unreachable');
    expect(report.status).to.equal('unverifiable');
    expect(outcome(report, 'nested')).to.deep.equal(['unverifiable', 'nested-unverifiable']);
    const local = await signEddsaRdfc2022(openBadge(home), home);
    const failing = await verify(await record([badge, { ...local, name: 'Forged' }]), 'unreachable');
    expect(failing.status).to.equal('failed');
  });
});
