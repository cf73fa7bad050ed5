// Open Badges 2.0 signed verification: an RS256 JWS whose payload is the assertion, its key the CryptographicKey at
// verification.creator, owned by and listed by the Issuer that the BadgeClass names; the Issuer's revocation list.
import { describe, expect, it } from '../../helpers/harness.js';
import { verifyCredential } from '../../../src/verify/index.js';
import { base64urlDecode } from '../../../src/verify/crypto/encoding.js';
import { BADGE, checkOf, createWorld, EVIL, ISSUER, KEY, LIST, RECIPIENT, sign, UNI } from './helpers/world.js';

const b64 = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const payloadOf = (jws: string) => JSON.parse(new TextDecoder().decode(base64urlDecode(jws.split('.')[1]!))) as Record<string, unknown>;

describe('OB 2.0 signed badges', () => {
  it('verifies a signed badge: signature, key ownership, revocation list; and reports its payload', async () => {
    const world = await createWorld();
    const jws = await world.signed();
    const report = await verifyCredential(jws, world.options());
    expect(report.status, JSON.stringify(report.checks)).to.equal('verified');
    expect(report.kind).to.equal('jws');
    expect(checkOf(report, 'format')!.details).to.deep.include({ verification: 'signed' });
    expect(checkOf(report, 'proof')!.status).to.equal('success');
    expect(checkOf(report, 'key')!.status).to.equal('success');
    expect(checkOf(report, 'status')).to.deep.include({ status: 'success' });
    const credential = report.credential as Record<string, any>;
    expect(credential.id).to.equal(payloadOf(jws)['id']);
    expect(credential.badge.name).to.equal('Data Science I');
    expect(credential.badge.issuer.id).to.equal(ISSUER);
    expect(world.requested).to.include.members([KEY, BADGE, ISSUER, LIST]);
  });

  it('fails a payload changed after signing', async () => {
    const world = await createWorld();
    const [header, , signature] = (await world.signed()).split('.');
    const altered = world.signedPayload({ issuedOn: '2020-01-01T00:00:00Z' });
    const report = await verifyCredential(`${header}.${b64(JSON.stringify(altered))}.${signature}`, world.options());
    expect(checkOf(report, 'proof')!.reason).to.equal('signature-invalid');
    expect(report.status).to.equal('failed');
  });

  it('fails a key owned by another issuer, and a key the issuer does not list', async () => {
    const world = await createWorld();
    world.serve(KEY, { ...world.key, owner: `${EVIL}/issuer` });
    const owned = await verifyCredential(await world.signed(), world.options());
    expect(checkOf(owned, 'key')!.reason).to.equal('key-not-issuers');
    expect(owned.status).to.equal('failed');

    const other = await createWorld();
    const second = `${UNI}/keys/2`;
    other.serve(second, { ...other.key, id: second, publicKeyPem: other.keys.other.pem });
    const jws = await sign(other.signedPayload({ verification: { type: 'SignedBadge', creator: second } }), other.keys.other.privateKey);
    const unlisted = await verifyCredential(jws, other.options());
    expect(checkOf(unlisted, 'proof')!.status).to.equal('success');
    expect(checkOf(unlisted, 'key')!.reason).to.equal('key-not-listed');
    expect(unlisted.status).to.equal('failed');
  });

  it("fails an attacker's own key that names the issuer as its owner: the issuer does not list it", async () => {
    const world = await createWorld();
    const theirs = `${EVIL}/keys/1`;
    world.serve(theirs, { ...world.key, id: theirs, owner: ISSUER, publicKeyPem: world.keys.evil.pem });
    const jws = await sign(world.signedPayload({ verification: { type: 'SignedBadge', creator: theirs } }), world.keys.evil.privateKey);
    const report = await verifyCredential(jws, world.options());
    expect(checkOf(report, 'proof')!.status).to.equal('success');
    expect(checkOf(report, 'key')!.reason).to.equal('key-not-listed');
    expect(report.status).to.equal('failed');
  });

  it('fails a badge on the issuer\'s revocation list, listed by id or with a reason', async () => {
    const world = await createWorld();
    const byId = await verifyCredential(await world.signed({ id: 'urn:uuid:revoked-by-id' }), world.options());
    expect(checkOf(byId, 'status')!.reason).to.equal('revoked');
    const withReason = await verifyCredential(await world.signed({ id: 'urn:uuid:revoked-with-reason' }), world.options());
    expect(checkOf(withReason, 'status')!.reason).to.equal('revoked');
    expect(checkOf(withReason, 'status')!.message).to.contain('Issued in error');
    expect(withReason.status).to.equal('failed');
  });

  it('warns, never "not revoked", when the revocation list can\'t be fetched', async () => {
    const world = await createWorld();
    world.unreachable(LIST);
    const report = await verifyCredential(await world.signed(), world.options());
    expect(checkOf(report, 'status')).to.deep.include({ status: 'warning', reason: 'status-unreachable' });
    expect(report.status).to.equal('warning');
    expect(report.verified).to.equal(true);
  });

  it("never says the issuer keeps no revocation list when its profile can't be read", async () => {
    const world = await createWorld();
    world.unreachable(ISSUER);
    const report = await verifyCredential(await world.signed(), world.options());
    expect(checkOf(report, 'key')).to.deep.include({ status: 'unverifiable', reason: 'issuer-unreachable' });
    expect(checkOf(report, 'status')).to.deep.include({ status: 'warning', reason: 'status-unchecked' });
    expect(report.status).to.equal('unverifiable');
    const listless = await createWorld();
    listless.serve(ISSUER, { ...listless.issuer, revocationList: undefined });
    const none = await verifyCredential(await listless.signed(), listless.options());
    expect(checkOf(none, 'status')!.status).to.equal('skipped');
    expect(none.status).to.equal('verified');
  });

  it("says it could not be checked when the key can't be fetched, and fails when it is gone", async () => {
    const world = await createWorld();
    world.unreachable(KEY);
    const unreachable = await verifyCredential(await world.signed(), world.options());
    expect(checkOf(unreachable, 'proof')).to.deep.include({ status: 'unverifiable', reason: 'key-unreachable' });
    expect(unreachable.status).to.equal('unverifiable');
    const gone = await createWorld();
    gone.serve(KEY, () => new Response('', { status: 410 }));
    const report = await verifyCredential(await gone.signed(), gone.options());
    expect(checkOf(report, 'proof')).to.deep.include({ status: 'failure', reason: 'key-not-found' });
  });

  it('accepts RS256 only, and never a key the JWS carries (jwk, jku, x5u, kid)', async () => {
    const world = await createWorld();
    const { exportJWK, generateKeyPair } = await import('jose');
    const ps = await generateKeyPair('PS256');
    const other = await verifyCredential(await sign(world.signedPayload(), ps.privateKey, { alg: 'PS256' }), world.options());
    expect(checkOf(other, 'proof')!.reason).to.equal('unsupported-suite');
    // Signed by the attacker, with their key in the header and links to more: the issuer's key decides.
    const header = { jwk: await exportJWK(ps.publicKey), jku: `${EVIL}/jwks.json`, x5u: `${EVIL}/cert.pem`, kid: `${EVIL}/key` };
    const forged = await verifyCredential(await sign(world.signedPayload(), world.keys.evil.privateKey, header), world.options());
    expect(checkOf(forged, 'proof')!.reason).to.equal('signature-invalid');
    expect(world.requested.some((url) => url.startsWith(EVIL))).to.equal(false);
  });

  it('refuses a signed badge given as JSON: only its JWS can be verified', async () => {
    const world = await createWorld();
    const report = await verifyCredential(world.signedPayload(), world.options());
    expect(checkOf(report, 'proof')!.reason).to.equal('no-proof');
    expect(report.status).to.equal('failed');
  });

  it('shows the BadgeClass as its own URL serves it, never as the payload embeds it', async () => {
    const world = await createWorld();
    const jws = await world.signed({ badge: { id: BADGE, type: 'BadgeClass', name: 'Honorary Doctorate', issuer: ISSUER } });
    const report = await verifyCredential(jws, world.options());
    expect(report.status).to.equal('verified');
    expect((report.credential as Record<string, any>).badge.name).to.equal('Data Science I');
    expect(report.summary.name).to.equal('Data Science I');
  });

  it('judges dates and recipient on the payload', async () => {
    const world = await createWorld();
    expect(checkOf(await verifyCredential(await world.signed({ expires: '2025-05-01T00:00:00Z' }), world.options()), 'dates')!.reason).to.equal('expired');
    expect(checkOf(await verifyCredential(await world.signed({ issuedOn: '2030-01-01T00:00:00Z' }), world.options()), 'dates')!.reason).to.equal('not-yet-valid');
    const jws = await world.signed();
    expect(checkOf(await verifyCredential(jws, world.options({ recipient: RECIPIENT })), 'recipient')!.status).to.equal('success');
    expect(checkOf(await verifyCredential(jws, world.options({ recipient: 'eve@example.org' })), 'recipient')!.reason).to.equal('recipient-mismatch');
  });
});
