// Hostile inputs under the size limits get a clear failed report with the reason that names the bound, never a hang.
// Each size is one the engine before these bounds needed more than 10 s for (or, for the memory classes, hundreds
// of MB): the runner's per-test timeout is the guard; nothing here measures time. `npm run bench` measures.
import { describe, expect, it } from '../helpers/harness.js';
import { verifyCredential } from '../../src/verify/index.js';
import { extractFromSvg } from '../../src/verify/baked.js';
import { base64url } from 'jose';
import { HOSTILE, hostileBadge } from './helpers/hostile.js';

/** The size each class is tested at (the unit is the class's own), and what the engine before the bounds did with it. */
const SIZES: Record<string, number> = {
  'png-inflate': 512 * 1024 * 1024, // 0.5 MB of PNG: inflated whole, ~2 GB at peak
  'png-chunks': 100_000, // 4.4 MB of PNG: ~70 s, one inflater per chunk
  'proof-value': 200_000, // base58-decoded in ~40 s
  'did-key': 200_000, // ~40 s
  'key-fragment': 200_000, // ~40 s
  'svg-scan': 64_000, // ~43 s
  'blank-nodes': 40_000, // ~60 s in jsonld's node map
  values: 40_000, // ~30 s
  'merged-subject': 20_000, // ~15 s
  'inline-contexts': 4_000, // ~15 s and 2 GB
  'context-urls': 3_000, // ~21 s
  'scoped-contexts': 15_000,
  proofs: 2_000, // ~36 s and 1.4 GB
  'proofs-by-iri': 3_000, // past the JSON count: one canonicalization each in the meaning layer, ~11 s
  'status-entries': 20_000, // ~40 s
  'json-depth': 4_000_000, // 8 MB: parsed whole, 500 MB at peak
  'json-width': 2_000_000, // 6 MB
  'jwt-header': 2_000_000, // 5 MB
  'did-jwk': 1_000_000,
};

describe('hostile input under the size limits', () => {
  for (const hostile of HOSTILE) {
    it(`${hostile.name}: ${SIZES[hostile.name]} ${hostile.unit} fail the ${hostile.check} check as ${hostile.reason}`, async () => {
      const report = await verifyCredential(await hostile.build(SIZES[hostile.name]), { network: false, now: new Date('2025-07-01T00:00:00Z') });
      expect(report.verified).to.equal(false);
      expect(report.status).to.equal('failed');
      const failed = report.checks.find((check) => check.id === hostile.check && check.status === 'failure');
      expect(failed, JSON.stringify(report.checks.map(({ id, status, reason, message }) => ({ id, status, reason, message: message.slice(0, 200) })))).to.not.equal(undefined);
      expect(failed!.reason).to.equal(hostile.reason);
      // The message says what was refused, in a few lines, whatever the size of what was refused.
      expect(failed!.message.length).to.be.below(400);
    });
  }

  it('quotes a bounded part of a huge JWT header value in its message', async () => {
    const jwt = `${base64url.encode(JSON.stringify({ alg: 'X'.repeat(1_000_000) }))}.${base64url.encode(JSON.stringify({ vc: hostileBadge() }))}.c2ln`;
    const report = await verifyCredential(jwt, { network: false });
    const proof = report.checks.find((check) => check.id === 'proof')!;
    expect(proof.status).to.equal('failure');
    expect(proof.message).to.match(/algorithm X+… is not supported/);
    expect(proof.message.length).to.be.below(200);
  });

  it('accepts every class at a size real credentials have', async () => {
    // The bounds refuse only what no credential needs: each class at a small size gets past them.
    const small: Record<string, number> = { 'blank-nodes': 50, values: 50, 'merged-subject': 100, 'inline-contexts': 3, 'context-urls': 2, 'scoped-contexts': 30, proofs: 2, 'status-entries': 2 };
    for (const [name, size] of Object.entries(small)) {
      const hostile = HOSTILE.find((entry) => entry.name === name)!;
      const report = await verifyCredential(await hostile.build(size), { network: false, now: new Date('2025-07-01T00:00:00Z') });
      const reasons = report.checks.map((check) => check.reason);
      expect(reasons, name).to.not.include('too-complex');
      expect(reasons, name).to.not.include('too-large');
    }
  });
});

describe('baked SVG', () => {
  it('reads the first credential element in one pass, quoted ">" and Open Badges 2.0 assertions included', () => {
    expect(extractFromSvg('<svg><openbadges:credential data-x="a>b" verify="x.y.z"/></svg>')).to.equal('x.y.z');
    expect(extractFromSvg('<svg><openbadges:credential data-x=\'verify="no"\'>{"a":1}</openbadges:credential></svg>')).to.equal('{"a":1}');
    expect(extractFromSvg('<svg><OpenBadges:Credential><![CDATA[{"b":2}]]></OpenBadges:Credential></svg>')).to.equal('{"b":2}');
    expect(extractFromSvg('<svg><openbadges:assertion verify="https://issuer.example/assertions/1"></openbadges:assertion></svg>')).to.equal('https://issuer.example/assertions/1');
    expect(extractFromSvg('<svg><openbadges:credentials>{"c":3}</openbadges:credentials></svg>')).to.equal(undefined);
    expect(extractFromSvg('<svg><openbadges:credential verify="unterminated></svg>')).to.equal(undefined);
    // Non-ASCII text that changes length when lower-cased does not shift what is read.
    expect(extractFromSvg('<svg><title>İİİİ</title><openbadges:credential>{"d":4}</openbadges:credential></svg>')).to.equal('{"d":4}');
  });
});
