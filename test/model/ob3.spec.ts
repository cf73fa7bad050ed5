import { describe, it, expect } from '../helpers/harness.js';
import { credentialViewFromOb3 } from '../../src/model/index.js';
import { fixtureJson } from '../helpers/shared-fixtures.js';

describe('model/ob3: OB 3.0 credentials to CredentialView', () => {
  it('maps the 1EdTech OB 3.0 sample (VC 2.0)', async () => {
    const credential = await fixtureJson('vectors/1edtech-impl-guide/obv3p0/signed.json');
    const view = credentialViewFromOb3(credential);
    expect(view.id).to.equal('http://example.com/credentials/3527');
    expect(view.provider).to.equal('ob3');
    expect(view.title).to.equal('Teamwork');
    expect(view.description).to.match(/capacity to collaborate/);
    expect(view.criteria?.narrative).to.match(/nominated for this badge/);
    expect(view.issuer).to.deep.include({ id: 'https://example.edu/issuers/565049', name: 'Example Corp', url: 'https://www.imsglobal.org' });
    expect(view.recipient?.id).to.equal('did:example:ebfeb1f712ebc6f1c276e12ec21');
    expect(view.issued).to.equal('2010-01-01T00:00:00Z');
    expect(view.verifiable).to.equal(credential);
    expect(view.links[0]).to.deep.equal({ rel: 'page', url: 'http://example.com/credentials/3527' });
  });

  it('maps a VC 1.1 credential: issuanceDate, achievementType, string image', async () => {
    const credential = await fixtureJson('credentials/dcc-vc-test-fixtures/verifiableCredentials/v1/bothSignatureTypes/didKey/noRegistry-noStatus-noExpiry.json');
    const view = credentialViewFromOb3(credential);
    expect(view.issued).to.equal('2025-01-09T15:06:31Z');
    expect(view.achievementType).to.equal('Diploma');
    expect(view.image?.url).to.match(/^https:\/\/user-images/);
    expect(view.issuer?.image?.url).to.match(/^https:\/\/user-images/);
    expect(view.recipient?.name).to.equal('Jane Doe');
  });

  it('reads a language-tagged name and a language map', async () => {
    const credential = await fixtureJson('conformance/vc-data-model-2.0-test-suite/input/names-and-descriptions/credential-name-language-direction-en-ok.json');
    expect(credentialViewFromOb3(credential).title).to.equal('Example Credential');
    const mapped = credentialViewFromOb3({ name: { fr: 'Insigne', en: 'Badge' }, issuer: 'did:example:issuer' });
    expect(mapped.title).to.equal('Badge');
    expect(credentialViewFromOb3({ name: { fr: 'Insigne', en: 'Badge' } }, { language: 'fr' }).title).to.equal('Insigne');
    expect(mapped.issuer).to.deep.equal({ id: 'did:example:issuer', name: 'did:example:issuer' });
  });

  it('looks results up in resultDescription, and reads credits, alignment, evidence and endorsement', () => {
    const view = credentialViewFromOb3({
      id: 'urn:uuid:c',
      credentialSubject: {
        creditsEarned: 3,
        identifier: [
          { identityType: 'emailAddress', identityHash: 'sha256$abc', hashed: true },
          { identityType: 'name', identityHash: 'Ada Lovelace', hashed: false },
        ],
        result: [
          { resultDescription: 'urn:rd:grade', value: 'A' },
          { resultDescription: 'urn:rd:level', achievedLevel: 'urn:level:3' },
        ],
        achievement: {
          name: 'Algebra',
          resultDescription: [
            { id: 'urn:rd:grade', name: 'Final grade', resultType: 'LetterGrade' },
            { id: 'urn:rd:level', name: 'Mastery', resultType: 'RubricCriterionLevel', rubricCriterionLevel: [{ id: 'urn:level:3', name: 'Exceeds' }] },
          ],
          alignment: [{ targetName: 'CCSS.Math', targetUrl: 'https://example.org/ccss', targetCode: 'A.1', targetFramework: 'CCSS' }, { targetUrl: 'https://nameless.example' }],
          endorsement: [{ id: 'https://endorser.example/e/1', issuer: { id: 'did:example:e', name: 'State Board' }, credentialSubject: { endorsementComment: 'Rigorous.' }, validFrom: '2024-01-01T00:00:00Z' }],
          tag: ['math', null],
        },
      },
      evidence: [{ id: 'https://portfolio.example/1', name: 'Project', narrative: 'Built a thing.' }, { id: 'javascript:alert(1)', name: 'Bad link' }],
    });
    expect(view.results).to.deep.equal([
      { label: 'Final grade', value: 'A', type: 'LetterGrade' },
      { label: 'Mastery', value: 'Exceeds', type: 'RubricCriterionLevel' },
    ]);
    expect(view.credits).to.equal(3);
    expect(view.recipient).to.deep.equal({ name: 'Ada Lovelace' });
    expect(view.alignments).to.deep.equal([{ name: 'CCSS.Math', url: 'https://example.org/ccss', framework: 'CCSS', code: 'A.1' }]);
    expect(view.endorsements[0]).to.deep.include({ comment: 'Rigorous.', url: 'https://endorser.example/e/1', date: '2024-01-01T00:00:00Z' });
    expect(view.endorsements[0]?.issuer?.name).to.equal('State Board');
    expect(view.evidence).to.deep.equal([{ name: 'Project', narrative: 'Built a thing.', url: 'https://portfolio.example/1' }, { name: 'Bad link' }]);
    expect(view.tags).to.deep.equal(['math']);
  });

  it('maps a VC-JWT by its payload and keeps the JWT to verify', () => {
    const payload = { vc: { name: 'JWT badge', credentialSubject: { achievement: { name: 'From JWT' } } }, jti: 'urn:uuid:jwt' };
    const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const jwt = `${encode({ alg: 'EdDSA' })}.${encode(payload)}.c2ln`;
    const view = credentialViewFromOb3(jwt);
    expect(view.title).to.equal('From JWT');
    expect(view.id).to.equal('urn:uuid:jwt');
    expect(view.verifiable).to.equal(jwt);
  });

  it('never throws on empty or odd input', () => {
    for (const input of [{}, { credentialSubject: null }, { credentialSubject: [[]], issuer: 5, name: [] }, 'not.a.jwt']) {
      const view = credentialViewFromOb3(input as Record<string, unknown>);
      expect(view.title).to.equal('Untitled credential');
    }
  });
});

describe('model/values: loose values', () => {
  it('reads language maps, but not ordinary objects, as text', async () => {
    const { textOf, isoDate } = await import('../../src/model/index.js');
    expect(textOf({ 'en-US': 'Badge', de: 'Abzeichen' })).to.equal('Badge');
    expect(textOf({ de: 'Abzeichen', fr: 'Insigne' }, 'fr')).to.equal('Insigne');
    expect(textOf({ de: 'Abzeichen' })).to.equal('Abzeichen');
    expect(textOf({ id: 'urn:x', type: 'Image' })).to.equal(undefined);
    expect(textOf({ id: 'urn:x' })).to.equal(undefined);
    expect(textOf([{ '@value': 'Hola', '@language': 'es' }, { '@value': 'Hello', '@language': 'en' }])).to.equal('Hello');
    expect(isoDate('31/12/2024')).to.equal('2024-12-31');
    expect(isoDate('2024-02-30')).to.equal(undefined);
    expect(isoDate('yesterday')).to.equal(undefined);
  });
});
