// The attacker's versions of the OB 2.0 checks: one meaning written other ways (aliases, IRIs, value objects) gets
// the same verdict; a single-valued term written twice fails as ambiguous, never picks the convenient value; a key
// written twice decides nothing; a redirect can't lend another host the issuer's voice; hostile sizes are refused
// with the bound that stopped them, and a revocation list that can't be read is never "not revoked".
import { describe, expect, it } from '../../helpers/harness.js';
import { verifyCredential } from '../../../src/verify/index.js';
import { checkOf, createWorld, EVIL, ISSUER, KEY, LIST, redirect, UNI } from './helpers/world.js';

const OBI = 'https://w3id.org/openbadges#';
const XSD_BOOLEAN = 'http://www.w3.org/2001/XMLSchema#boolean';

describe('OB 2.0: the attacker\'s versions', () => {
  it('reads a revocation however it is written (term, compact IRI, full IRI, value object, string)', async () => {
    const world = await createWorld();
    const spellings: Array<Record<string, unknown>> = [
      { revoked: true },
      { revoked: 'true' },
      { 'obi:revoked': true },
      { [`${OBI}revoked`]: { '@value': 'true', '@type': XSD_BOOLEAN } },
      { 'obi:revoked': 'true' },
      { revokedAssertions: 'true' },
    ];
    for (const [index, spelling] of spellings.entries()) {
      const report = await verifyCredential(world.hosted(`revoked-${index}`, spelling), world.options());
      expect(checkOf(report, 'status')!.reason, JSON.stringify(spelling)).to.equal('revoked');
    }
  });

  it('gives an alias or an IRI the meaning of its term (verify for verification, sec:expiration for expires)', async () => {
    const world = await createWorld();
    const { verification, ...rest } = world.hosted('alias');
    const aliased = await verifyCredential({ ...rest, verify: verification }, world.options());
    expect(aliased.status, JSON.stringify(aliased.checks)).to.equal('verified');
    const expired = await verifyCredential(world.hosted('iri', { 'https://w3id.org/security#expiration': { '@value': '2025-01-01T00:00:00Z', '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' } }), world.options());
    expect(checkOf(expired, 'dates')!.reason).to.equal('expired');
  });

  it('fails a single-valued term written twice instead of picking one', async () => {
    const world = await createWorld();
    for (const changes of [
      { expires: ['2030-01-01T00:00:00Z', '2025-01-01T00:00:00Z'] },
      { 'obi:issueDate': '2024-02-01T00:00:00Z' }, // beside issuedOn: two issue dates
      { badge: [`${UNI}/badges/classes/data-science`, `${EVIL}/badges/classes/1`] },
      { verification: [{ type: 'HostedBadge' }, { type: 'SignedBadge', creator: KEY }] },
    ]) {
      const report = await verifyCredential(world.hosted('twice', changes), world.options());
      expect(report.status, JSON.stringify(changes)).to.equal('failed');
      expect(report.checks.some((check) => check.reason === 'ambiguous-value'), JSON.stringify(report.checks)).to.equal(true);
    }
  });

  it('decides nothing on a key or a policy written twice', async () => {
    const world = await createWorld();
    world.serve(KEY, { ...world.key, publicKeyPem: [world.keys.evil.pem, world.keys.uni.pem] });
    expect(checkOf(await verifyCredential(await world.signed(), world.options()), 'proof')!.reason).to.equal('ambiguous-value');
    world.serve(KEY, { ...world.key, owner: [ISSUER, `${EVIL}/issuer`] });
    expect(checkOf(await verifyCredential(await world.signed(), world.options()), 'key')!.reason).to.equal('ambiguous-value');
    const other = await createWorld();
    other.serve(ISSUER, { ...other.issuer, verification: [other.issuer['verification'], { allowedOrigins: 'evil.example' }] });
    const id = `${EVIL}/badges/1`;
    other.serve(id, { ...other.hosted('p'), id });
    const report = await verifyCredential({ ...other.hosted('p'), id }, other.options());
    expect(checkOf(report, 'key')!.reason).to.equal('ambiguous-value');
  });

  it('matches a key, an owner and an issuer by address, however the URL is spelt', async () => {
    const world = await createWorld();
    world.serve(ISSUER, { ...world.issuer, publicKey: 'https://UNI.edu/keys/1' });
    world.serve(KEY, { ...world.key, owner: 'https://uni.edu:443/issuer' });
    const report = await verifyCredential(await world.signed(), world.options());
    expect(report.status, JSON.stringify(report.checks)).to.equal('verified');
  });

  it('lets no redirect take a BadgeClass, an Issuer or a key to another host', async () => {
    for (const url of [`${UNI}/badges/classes/data-science`, ISSUER, KEY]) {
      const world = await createWorld();
      const copy = `${EVIL}/copy`;
      const original = url === ISSUER ? world.issuer : url === KEY ? world.key : world.badgeClass;
      world.serve(url, redirect(copy));
      world.serve(copy, original);
      const report = await verifyCredential(await world.signed(), world.options());
      expect(report.checks.find((check) => check.reason === 'out-of-scope'), url).to.not.equal(undefined);
      expect(report.status, url).to.equal('failed');
    }
  });

  it('refuses hostile sizes with the bound that stopped them', async () => {
    const world = await createWorld();
    const big = world.hosted('big', { narrative: 'x'.repeat(2.2 * 1024 * 1024) });
    const tooLarge = await verifyCredential({ ...big, narrative: 'short' }, world.options());
    expect(checkOf(tooLarge, 'proof')!.reason).to.equal('too-large');
    const deep = world.hosted('deep');
    world.serve(String(deep.id), '['.repeat(200_000));
    expect(checkOf(await verifyCredential(deep, world.options()), 'proof')!.reason).to.equal('too-complex');
    // A revocation list too large to read is not a list that says "not revoked".
    world.serve(LIST, { ...world.list, revokedAssertions: Array.from({ length: 25_000 }, (_, index) => ({ id: `urn:uuid:${index}` })) });
    const listed = await verifyCredential(await world.signed(), world.options());
    expect(checkOf(listed, 'status')).to.deep.include({ status: 'warning', reason: 'status-list-untrusted' });
    // An address no badge has is neither fetched nor quoted whole.
    const long = `${UNI}/badges/${'a'.repeat(100_000)}`;
    const before = world.requested.length;
    const far = await verifyCredential({ ...world.hosted('long'), id: long }, world.options());
    expect(checkOf(far, 'proof')!.reason).to.equal('too-large');
    expect(checkOf(far, 'proof')!.message.length).to.be.lessThan(500);
    expect(world.requested.length).to.equal(before);
    // A long salt is hashed, not refused.
    const salted = world.hosted('salt', { recipient: { type: 'email', hashed: false, identity: 'alice@example.org', salt: 'y'.repeat(100_000) } });
    expect(checkOf(await verifyCredential(salted, world.options({ recipient: 'alice@example.org' })), 'recipient')!.status).to.equal('success');
  });

  it('reads an md5 identity and a plain one, as older issuers wrote them', async () => {
    const world = await createWorld();
    const { md5 } = await import('@noble/hashes/legacy.js');
    const { toHex, utf8 } = await import('../../../src/verify/crypto/encoding.js');
    const identity = `md5$${toHex(md5(utf8('carol@example.org' + 'pepper')))}`;
    const hashed = world.hosted('md5', { recipient: { type: 'email', hashed: true, salt: 'pepper', identity } });
    expect(checkOf(await verifyCredential(hashed, world.options({ recipient: 'Carol@Example.org' })), 'recipient')!.status).to.equal('success');
    expect(checkOf(await verifyCredential(hashed, world.options({ recipient: 'dave@example.org' })), 'recipient')!.status).to.equal('failure');
    const url = world.hosted('url', { recipient: { type: 'url', hashed: false, identity: 'https://carol.example/' } });
    expect(checkOf(await verifyCredential(url, world.options({ recipient: 'https://carol.example/' })), 'recipient')!.status).to.equal('success');
  });
});
