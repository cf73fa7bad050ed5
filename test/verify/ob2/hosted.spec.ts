// Open Badges 2.0 hosted verification: the issuer's hosted copy is authoritative, the BadgeClass and Issuer come
// from their own URLs, and the assertion (and every redirect to it) must be where the Issuer says its badges are.
import { describe, expect, it } from '../../helpers/harness.js';
import { verifyCredential } from '../../../src/verify/index.js';
import { BADGE, browserRedirect, checkOf, createWorld, EVIL, ISSUER, OB2, RECIPIENT, redirect, status, UNI } from './helpers/world.js';

describe('OB 2.0 hosted badges', () => {
  it('verifies a hosted assertion, and reports it as the issuer hosts it, with its BadgeClass and Issuer', async () => {
    const world = await createWorld();
    const assertion = world.hosted('1');
    const report = await verifyCredential(assertion, world.options());
    expect(report.status, JSON.stringify(report.checks)).to.equal('verified');
    expect(report.verified).to.equal(true);
    expect(report.kind).to.equal('json-ld');
    expect(checkOf(report, 'format')!.details).to.deep.include({ format: 'open-badges-2.0', verification: 'hosted' });
    expect(checkOf(report, 'proof')!.status).to.equal('success');
    expect(checkOf(report, 'key')!.status).to.equal('success');
    expect(checkOf(report, 'status')!.status).to.equal('success');
    expect(checkOf(report, 'dates')!.status).to.equal('success');
    const credential = report.credential as Record<string, any>;
    expect(credential['@context']).to.equal(OB2);
    expect(credential.id).to.equal(assertion.id);
    expect(credential.badge.name).to.equal('Data Science I');
    expect(credential.badge.issuer.name).to.equal('Example University');
    expect(report.summary).to.deep.include({ id: assertion.id, name: 'Data Science I', validFrom: '2024-01-15T12:00:00Z' });
    expect(report.summary.issuer).to.deep.equal({ id: ISSUER, name: 'Example University' });
    // The hosted copy, the BadgeClass and the Issuer were fetched (the revocation list too: the Issuer names one).
    expect(world.requested).to.include.members([String(assertion.id), BADGE, ISSUER]);
  });

  it('shows and judges the hosted copy, not the copy presented: one that differs in what it asserts fails', async () => {
    const world = await createWorld();
    const hosted = world.hosted('2');
    for (const [field, value] of [
      ['recipient', { type: 'email', hashed: false, identity: 'mallory@example.org' }],
      ['badge', `${UNI}/badges/classes/other`],
      ['issuedOn', '2023-01-01T00:00:00Z'],
      ['expires', '2099-01-01T00:00:00Z'],
    ] as const) {
      const report = await verifyCredential({ ...hosted, [field]: value }, world.options());
      const proof = checkOf(report, 'proof')!;
      expect(proof.status, field).to.equal('failure');
      expect(proof.reason, field).to.equal('copy-differs');
      expect(proof.message).to.contain(field);
      expect((report.credential as Record<string, any>)[field] ?? null, field).to.not.deep.equal(value);
    }
    // The same moment written another way asserts the same date.
    const same = await verifyCredential({ ...hosted, issuedOn: '2024-01-15T13:00:00+01:00' }, world.options());
    expect(same.status).to.equal('verified');
  });

  it('fails an assertion the issuer has revoked, with its reason', async () => {
    const world = await createWorld();
    const assertion = world.hosted('revoked', { revoked: true, revocationReason: 'Academic misconduct' });
    const report = await verifyCredential(assertion, world.options());
    const status = checkOf(report, 'status')!;
    expect(report.status).to.equal('failed');
    expect(status.reason).to.equal('revoked');
    expect(status.message).to.contain('Academic misconduct');
  });

  it('fails an expired badge, and one said to be issued in the future', async () => {
    const world = await createWorld();
    const expired = await verifyCredential(world.hosted('old', { expires: '2025-01-01T00:00:00Z' }), world.options());
    expect(checkOf(expired, 'dates')!.reason).to.equal('expired');
    expect(expired.status).to.equal('failed');
    const future = await verifyCredential(world.hosted('future', { issuedOn: '2026-01-01T00:00:00Z' }), world.options());
    expect(checkOf(future, 'dates')!.reason).to.equal('not-yet-valid');
    expect(future.status).to.equal('failed');
  });

  it('fails when the assertion id answers 404, and when the hosted copy says another id', async () => {
    const world = await createWorld();
    const gone = await verifyCredential({ ...world.hosted('x'), id: `${UNI}/badges/assertions/missing` }, world.options());
    expect(checkOf(gone, 'proof')!.reason).to.equal('assertion-not-found');
    expect(gone.status).to.equal('failed');
    expect(gone.credential).to.equal(undefined);
    const elsewhere = `${UNI}/badges/assertions/moved`;
    world.serve(elsewhere, { ...world.hosted('y'), id: `${UNI}/badges/assertions/y` });
    const moved = await verifyCredential({ ...world.hosted('y'), id: elsewhere }, world.options());
    expect(checkOf(moved, 'proof')!.reason).to.equal('id-mismatch');
    expect(moved.status).to.equal('failed');
  });

  it("says it could not be checked (unverifiable), not forged, when a look-up that decides can't complete", async () => {
    const world = await createWorld();
    const assertion = world.hosted('offline');
    world.unreachable(String(assertion.id));
    const report = await verifyCredential(assertion, world.options());
    expect(report.status).to.equal('unverifiable');
    expect(report.verified).to.equal(false);
    expect(checkOf(report, 'proof')).to.deep.include({ status: 'unverifiable', reason: 'assertion-unreachable' });
    const off = await verifyCredential(world.hosted('off'), world.options({ network: false }));
    expect(checkOf(off, 'proof')).to.deep.include({ status: 'unverifiable', reason: 'assertion-unreachable' });
    const busy = await createWorld();
    const answer = busy.hosted('busy');
    busy.serve(String(answer.id), status(503, 'busy'));
    expect(checkOf(await verifyCredential(answer, busy.options()), 'proof')!.status).to.equal('unverifiable');
    for (const [url, reason] of [
      [BADGE, 'badge-unreachable'],
      [ISSUER, 'issuer-unreachable'],
    ] as const) {
      const other = await createWorld();
      other.unreachable(url);
      const partly = await verifyCredential(other.hosted('z'), other.options());
      expect(checkOf(partly, 'key'), url).to.deep.include({ status: 'unverifiable', reason });
      expect(partly.status).to.equal('unverifiable');
    }
  });

  it('fails an assertion outside the issuer\'s verification scope', async () => {
    const world = await createWorld();
    const outside = [
      `${UNI}/other/1`, // not under startsWith https://uni.edu/badges
      `${UNI}/badges-evil/1`, // a prefix, but not at a path boundary
      'https://uni.edu.evil.com/badges/1', // a prefix of the host
      'https://uni.edu:8443/badges/1', // another port
      'https://uni.edu./badges/1', // a trailing dot is another host name
      `${UNI}/badges/..%2Fusers%2Fmallory/1`, // an encoded separator a server may decode
    ];
    for (const id of outside) {
      world.serve(id, { ...world.hosted('template'), id });
      const report = await verifyCredential({ ...world.hosted('template'), id }, world.options());
      const key = checkOf(report, 'key')!;
      expect(key.status, id).to.equal('failure');
      expect(key.reason, id).to.equal('out-of-scope');
      expect(report.status, id).to.equal('failed');
    }
  });

  it('admits the same address spelt another way (host case, default port)', async () => {
    const world = await createWorld();
    const hosted = world.hosted('3');
    for (const id of ['https://UNI.EDU/badges/assertions/3', 'https://uni.edu:443/badges/assertions/3']) {
      world.serve(id, hosted);
      const report = await verifyCredential({ ...hosted, id }, world.options());
      expect(report.status, `${id}: ${JSON.stringify(report.checks)}`).to.equal('verified');
    }
  });

  it('takes the default scope from the Issuer id when it states none, and never the assertion\'s own say', async () => {
    const world = await createWorld();
    world.serve(ISSUER, { ...world.issuer, verification: undefined });
    const home = await verifyCredential(world.hosted('4'), world.options());
    expect(home.status).to.equal('verified');
    const id = `${EVIL}/badges/4`;
    world.serve(id, { ...world.hosted('4'), id });
    const away = await verifyCredential({ ...world.hosted('4'), id }, world.options());
    expect(checkOf(away, 'key')!.reason).to.equal('out-of-scope');
  });

  it('judges every redirect on the way to the assertion: in scope it passes, out of scope it fails', async () => {
    const world = await createWorld();
    const assertion = world.hosted('5');
    const final = `${UNI}/badges/v2/assertions/5`;
    world.serve(String(assertion.id), redirect(final));
    world.serve(final, assertion);
    const inside = await verifyCredential(assertion, world.options());
    expect(inside.status, JSON.stringify(inside.checks)).to.equal('verified');
    expect(checkOf(inside, 'key')!.details!['redirects']).to.deep.equal([final]);

    const cdn = 'https://cdn.evil.example/5';
    world.serve(String(assertion.id), redirect(`${UNI}/badges/hop/5`, 301));
    world.serve(`${UNI}/badges/hop/5`, redirect(cdn, 307));
    world.serve(cdn, assertion);
    const outside = await verifyCredential(assertion, world.options());
    expect(checkOf(outside, 'key')!.reason).to.equal('out-of-scope');
    expect(checkOf(outside, 'key')!.message).to.contain(cdn);
  });

  it('judges where a browser\'s hidden redirects ended, and follows no more than three', async () => {
    const world = await createWorld();
    const assertion = world.hosted('6');
    world.serve(String(assertion.id), browserRedirect('https://cdn.evil.example/6', assertion));
    const hidden = await verifyCredential(assertion, world.options());
    expect(checkOf(hidden, 'key')!.reason).to.equal('out-of-scope');

    const other = await createWorld();
    const loop = other.hosted('7');
    other.serve(String(loop.id), redirect(String(loop.id)));
    const looped = await verifyCredential(loop, other.options());
    expect(checkOf(looped, 'proof')).to.deep.include({ status: 'unverifiable', reason: 'assertion-unreachable' });
    expect(other.requested.filter((url) => url === loop.id).length).to.equal(4);
  });

  it('checks the recipient: the right one matches its hashed identity, a wrong one fails', async () => {
    const world = await createWorld();
    const assertion = world.hosted('8');
    const right = await verifyCredential(assertion, world.options({ recipient: RECIPIENT.toUpperCase() }));
    expect(checkOf(right, 'recipient')!.status).to.equal('success');
    const wrong = await verifyCredential(assertion, world.options({ recipient: 'bob@example.org' }));
    expect(checkOf(wrong, 'recipient')!.reason).to.equal('recipient-mismatch');
    expect(wrong.status).to.equal('failed');
  });
});
