// Bad input of every kind gives a failed report with a clear reason: never an exception, never a hang.
import { describe, expect, it } from '../helpers/harness.js';
import { verifyCredential } from '../../src/verify/index.js';

const formatMessage = async (input: unknown) => {
  const report = await verifyCredential(input, { network: false });
  expect(report.verified, String(input).slice(0, 40)).to.equal(false);
  expect(report.status).to.equal('failed');
  return report.checks.find((check) => check.status === 'failure')!.message;
};

describe('bad input', () => {
  it('explains text that is not a credential', async () => {
    expect(await formatMessage('hello')).to.match(/not a credential/);
    expect(await formatMessage('')).to.match(/empty/);
    expect(await formatMessage('{"name": ')).to.match(/not valid JSON/);
    expect(await formatMessage('[1, 2, 3]')).to.match(/not a credential object/);
    expect(await formatMessage(42)).to.match(/Nothing to verify/);
    expect(await formatMessage(null)).to.match(/Nothing to verify/);
    expect(await formatMessage(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).to.match(/neither text nor a PNG/);
  });

  it('explains a JWT whose three parts are garbage', async () => {
    expect(await formatMessage('abc.def.ghi')).to.match(/not valid base64url JSON/);
    const noVc = `${btoa('{"alg":"EdDSA"}')}.${btoa('{"iss":"x"}')}.sig`.replace(/=/g, '');
    expect(await formatMessage(noVc)).to.match(/no "vc" claim/);
  });

  it('refuses 50 MB of text without parsing it', async () => {
    expect(await formatMessage('{' + ' '.repeat(50 * 1024 * 1024))).to.match(/larger than 8 MB|50\.0 MB/);
  });

  it('refuses nesting 10,000 deep, objects that refer to themselves, and __proto__ keys', async () => {
    expect(await formatMessage('['.repeat(10_000) + ']'.repeat(10_000))).to.match(/deeper than/);
    expect(await formatMessage(`{"a":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`)).to.match(/deeper than/);
    const cyclic: Record<string, unknown> = { '@context': [] };
    cyclic.self = cyclic;
    expect(await formatMessage(cyclic)).to.match(/cycle/);
    expect(await formatMessage('{"@context":[],"__proto__":{"polluted":true}}')).to.match(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('fails a credential whose context is not bundled, without fetching it', async () => {
    let fetched = 0;
    const report = await verifyCredential(
      { '@context': ['https://www.w3.org/ns/credentials/v2', 'https://evil.example/context.json'], type: ['VerifiableCredential'], issuer: 'did:example:1', credentialSubject: {}, proof: { type: 'DataIntegrityProof' } },
      { network: true, fetch: (async () => { fetched++; return new Response('{}'); }) as typeof fetch },
    );
    expect(report.checks.find((check) => check.id === 'context')?.message).to.match(/does not bundle \(https:\/\/evil\.example\/context\.json\)/);
    expect(report.verified).to.equal(false);
    expect(fetched).to.equal(0);
  });

  it('gives a key failure, not a hang, when a did:web document cannot be reached', async () => {
    // A server that never answers. (The timer only keeps Node's event loop alive, as a real socket would.)
    const neverAnswers = ((_: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        const keepAlive = setTimeout(() => undefined, 10_000);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(keepAlive);
          reject(init.signal!.reason);
        });
      })) as typeof fetch;
    const report = await verifyCredential(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiableCredential'],
        issuer: 'did:web:slow.example',
        validFrom: '2024-01-01T00:00:00Z',
        credentialSubject: { id: 'did:example:1' },
        proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: 'did:web:slow.example#key-1', proofValue: 'z1111' },
      },
      { network: true, fetch: neverAnswers, timeoutMs: 200 },
    );
    expect(report.verified).to.equal(false);
    expect(report.checks.find((check) => check.id === 'key')?.message).to.match(/did not answer within 0.2 s/);
  });
});
