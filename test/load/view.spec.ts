// load/view.ts: the display model of a loaded document, and (after verification) of what was verified.
import { describe, expect, it } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { readDocument } from '../../src/load/read-document.js';
import { cardView, credentialView, transcriptView } from '../../src/load/view.js';

const CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

function badge(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': CONTEXTS,
    id: `urn:uuid:${name.replace(/\W/g, '-')}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:example:issuer', type: ['Profile'], name: 'Signed Issuer' },
    validFrom: '2025-03-01T00:00:00Z',
    name,
    credentialSubject: { type: ['AchievementSubject'], achievement: { id: 'urn:example:a', type: ['Achievement'], name, criteria: { narrative: 'Signed criteria' } } },
    ...extra,
  };
}

const signed = badge('Signed Title');
const inline = (credential: unknown) => readDocument({ source: 'input', input: { kind: 'json', credential: credential as Record<string, unknown> } });

describe('load/view: provider records with an embedded signed credential', () => {
  const record = {
    credential: {
      id: 61450099,
      name: 'API Title (unsigned)',
      issued_on: '2020-01-01',
      recipient: { name: 'Someone Else' },
      issuer: { name: 'API Issuer' },
      custom_attributes: { cohort: 'Spring' },
    },
    verifiable_credential: signed,
  };

  it('shows what the signature covers, and keeps the provider’s extras', async () => {
    const view = await credentialView(await readDocument({ source: 'accredible', record }));
    expect(view.title).to.equal('Signed Title');
    expect(view.issuer?.name).to.equal('Signed Issuer');
    expect(view.issued?.slice(0, 10)).to.equal('2025-03-01');
    expect(view.verifiable).to.deep.equal(signed);
    expect(view.attributes).to.deep.equal({ cohort: 'Spring' });
  });

  it('after verification, takes the signed fields from what was verified, not from the record’s copy', async () => {
    const loaded = await readDocument({ source: 'accredible', record });
    const verified = { ...signed, name: 'Verified Title', credentialSubject: { type: ['AchievementSubject'], achievement: { id: 'urn:example:a', type: ['Achievement'], name: 'Verified Title' } } };
    const view = await credentialView(loaded, verified);
    expect(view.title).to.equal('Verified Title');
    expect(view.attributes).to.deep.equal({ cohort: 'Spring' });
    // What is verified and downloaded stays the record's embedded credential as served.
    expect(view.verifiable).to.deep.equal(signed);
  });

  it('maps a record with no embedded credential from the API record alone', async () => {
    const view = await credentialView(await readDocument({ source: 'accredible', record: { credential: { id: 1, name: 'API Title', issuer: { name: 'API Issuer' } } } }));
    expect(view.title).to.equal('API Title');
    expect(view.verifiable).to.equal(undefined);
  });
});

describe('load/view: one credential', () => {
  it('is read from the document until there is a verified credential, then from that', async () => {
    const loaded = await inline(signed);
    expect((await cardView(loaded)).title).to.equal('Signed Title');
    const view = await cardView(loaded, badge('What the signature says', { validUntil: '2026-01-01T00:00:00Z' }));
    expect(view.title).to.equal('What the signature says');
    expect(view.expires?.slice(0, 10)).to.equal('2026-01-01');
    expect(view.raw).to.equal(signed);
    expect(view.verifiable).to.equal(signed);
  });

  it('shows a ClrCredential as the record (its own name and description), from the verified credential too', async () => {
    const clr = { ...badge('First achievement'), type: ['VerifiableCredential', 'ClrCredential'], name: 'Transcript of Maya', description: 'All of it' };
    const loaded = await inline(clr);
    const view = await cardView(loaded);
    expect([view.title, view.description, view.provider]).to.deep.equal(['Transcript of Maya', 'All of it', 'clr']);
    expect((await cardView(loaded, { ...clr, name: 'Verified name' })).title).to.equal('Verified name');
  });

  it('refuses JSON that is no credential on a card, but gives the verifier a view of it', async () => {
    const loaded = await inline({ hello: 'world' });
    expect((await rejection(cardView(loaded))).code).to.equal('UNSUPPORTED_FORMAT');
    expect((await credentialView(loaded)).title).to.equal('Untitled credential');
  });
});

describe('load/view: transcripts', () => {
  const clr = {
    '@context': CONTEXTS,
    id: 'urn:example:clr',
    type: ['VerifiableCredential', 'ClrCredential'],
    name: 'As served',
    issuer: { id: 'did:example:issuer', name: 'School' },
    credentialSubject: { type: ['ClrSubject'], verifiableCredential: [badge('Course A')] },
  };

  it('makes a transcript of a CLR only', async () => {
    expect((await transcriptView(await inline(clr))).entries.map((entry) => entry.credential.title)).to.deep.equal(['Course A']);
    expect((await rejection(transcriptView(await inline(signed)))).code).to.equal('UNSUPPORTED_FORMAT');
  });

  it('reads the verified record after verification, keeping the record as served for download', async () => {
    const loaded = await inline(clr);
    const view = await transcriptView(loaded, { ...clr, name: 'As verified' });
    expect(view.title).to.equal('As verified');
    expect(view.raw).to.equal(clr);
  });
});
