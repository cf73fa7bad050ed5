// Issue 10 §4: formats outside the scope are recognised and named (Blockcerts, bbs-2023, ecdsa-sd-2023, SD-JWT VC,
// mdoc), never reported as an unbundled context, a JWT without a credential, or a file that is not text. The
// ecdsa-sd-2023 credentials are made by Digital Bazaar's suite (a base proof, and one derived from it); the mdoc is
// encoded by cborg.
import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { createDiscloseCryptosuite, createSignCryptosuite } from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { encode } from 'cborg';
import { base64url, SignJWT, generateKeyPair } from 'jose';
import { before, describe, expect, it } from '../helpers/harness.js';
import { verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { createDocumentLoader } from '../../src/verify/contexts/index.js';
import { classifyBytes, classifyText } from '../../src/sources/classify.js';
import { isCredentialError } from '../../src/errors.js';
import { ed25519Issuer, openBadge, signEddsaRdfc2022 } from '../verify/helpers/signing.js';

type Json = Record<string, any>;

const offline = { network: false, now: '2026-01-01T00:00:00Z' };
const documentLoader = createDocumentLoader();
const format = (report: VerificationReport) => report.checks.find((check) => check.id === 'format')!;

/** The report names `name` in its format check, with the one sentence, and nowhere says "context not bundled". */
function expectNamed(report: VerificationReport, name: string, sentence: RegExp) {
  expect(report.verified).to.equal(false);
  expect(format(report).reason).to.equal('unsupported-format');
  expect(format(report).details?.format).to.equal(name);
  expect(format(report).message).to.match(sentence);
  expect(report.checks.some((check) => check.reason === 'context-not-bundled')).to.equal(false);
}

const BLOCKCERTS_V3 = {
  '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/blockcerts/v3'],
  id: 'urn:uuid:bbba8553-8ec1-445f-82c9-a57251dd731c',
  type: ['VerifiableCredential', 'BlockcertsCredential'],
  issuer: 'https://www.blockcerts.org/samples/3.0/issuer-blockcerts.json',
  issuanceDate: '2022-08-18T21:17:12Z',
  credentialSubject: { id: 'did:example:ebfeb1f712ebc6f1c276e12ec21', name: 'Julien Fraichot' },
  proof: {
    type: 'MerkleProof2019',
    created: '2022-08-18T21:17:14.586212',
    proofValue: 'z7veGu1qoKR3AS5Aa8eYuTZ9MyoUnZJdo8SzKcBu9tPBSfq7Zd2Jv2QDpUe8aqK5sUMqnEd1B6XbUucs9iFAu',
    proofPurpose: 'assertionMethod',
    verificationMethod: 'https://www.blockcerts.org/samples/3.0/issuer-blockcerts.json#key-1',
  },
};

const BLOCKCERTS_V2 = {
  '@context': ['https://w3id.org/openbadges/v2', 'https://w3id.org/blockcerts/v2'],
  type: 'Assertion',
  id: 'urn:uuid:3bc1a96a-3501-46ed-8f75-49612bbac257',
  badge: { type: 'BadgeClass', name: 'Certificate of Accomplishment' },
  signature: { type: ['MerkleProof2017', 'Extension'], merkleRoot: '68f3ede17fdb67ffd4a5164b5687a71f9fbb68da803b803935720f2aa38f7728', anchors: [{ sourceId: 'x', type: 'ETHData', chain: 'ethereumRopsten' }] },
};

describe('formats outside the scope, named', () => {
  let ecdsaSd: { base: Json; derived: Json };
  before(async () => {
    const keyPair = await EcdsaMultikey.generate({ curve: 'P-256' });
    const did = `did:key:${keyPair.publicKeyMultibase}`;
    keyPair.controller = did;
    keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
    const credential = openBadge({ did } as any);
    const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: createSignCryptosuite({ mandatoryPointers: ['/issuer'] }) });
    const base = JSON.parse(JSON.stringify(await jsigs.sign(credential, { suite, purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader })));
    const disclose = new DataIntegrityProof({ cryptosuite: createDiscloseCryptosuite({ selectivePointers: ['/credentialSubject/achievement/name'] }) });
    const derived = JSON.parse(JSON.stringify(await jsigs.derive(base, { suite: disclose, purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader })));
    ecdsaSd = { base, derived };
  });

  it('names Blockcerts (v3 MerkleProof2019 and v2 MerkleProof2017), whose contexts are not bundled', async () => {
    expectNamed(await verifyCredential(BLOCKCERTS_V3, offline), 'blockcerts', /^This is a Blockcerts credential \(MerkleProof2019 on a blockchain\), which this verifier does not check\.$/);
    expectNamed(await verifyCredential(JSON.stringify(BLOCKCERTS_V2), offline), 'blockcerts', /Blockcerts/);
  });

  it('names ecdsa-sd-2023, base and derived, and bbs-2023', async () => {
    expect(ecdsaSd.derived.proof.cryptosuite).to.equal('ecdsa-sd-2023');
    expectNamed(await verifyCredential(ecdsaSd.base, offline), 'ecdsa-sd-2023', /ECDSA selective-disclosure credential \(ecdsa-sd-2023\)/);
    expectNamed(await verifyCredential(ecdsaSd.derived, offline), 'ecdsa-sd-2023', /ecdsa-sd-2023/);
    const bbs = { ...ecdsaSd.derived, proof: { ...ecdsaSd.derived.proof, cryptosuite: 'bbs-2023' } };
    expectNamed(await verifyCredential(bbs, offline), 'bbs-2023', /BBS selective-disclosure credential \(bbs-2023\)/);
  });

  it('names a selective-disclosure proof beside a supported one in the proof check, and checks the other', async () => {
    const issuer = await ed25519Issuer();
    const signed = await signEddsaRdfc2022(openBadge(issuer), issuer);
    const set = { ...signed, proof: [signed.proof, { ...ecdsaSd.derived.proof }] };
    const report = await verifyCredential(set, offline);
    const proofs = report.checks.filter((check) => check.id === 'proof');
    expect(proofs.map((check) => check.reason ?? check.status)).to.deep.equal(['success', 'unsupported-format']);
    expect(proofs[1]!.message).to.match(/ecdsa-sd-2023\), which this verifier does not check/);
  });

  it('names an SD-JWT VC, with disclosures or by its type and claims', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const jwt = await new SignJWT({ iss: 'https://issuer.example', vct: 'https://credentials.example/identity', _sd: ['CrQe7S5kqBAHt-nMYXgc6bdt2SH5aTY1sU_M-PgkjPI'], _sd_alg: 'sha-256' })
      .setProtectedHeader({ alg: 'ES256', typ: 'dc+sd-jwt' })
      .sign(privateKey);
    const disclosure = base64url.encode(JSON.stringify(['2GLC42sKQveCfGfryNRN9w', 'given_name', 'Erika']));
    expectNamed(await verifyCredential(`${jwt}~${disclosure}~`, offline), 'sd-jwt-vc', /^This is an SD-JWT VC/);
    expectNamed(await verifyCredential(jwt, offline), 'sd-jwt-vc', /SD-JWT VC/);
  });

  it('names an mdoc, as CBOR bytes or base64url text', async () => {
    const deviceResponse = encode({
      version: '1.0',
      documents: [{ docType: 'org.iso.18013.5.1.mDL', issuerSigned: { nameSpaces: { 'org.iso.18013.5.1': [new Uint8Array([1, 2, 3])] }, issuerAuth: [new Uint8Array([0xa1, 0x01, 0x26]), {}, null, new Uint8Array(64)] } }],
      status: 0,
    });
    expectNamed(await verifyCredential(deviceResponse, offline), 'mdoc', /ISO mdoc/);
    expectNamed(await verifyCredential(base64url.encode(deviceResponse), offline), 'mdoc', /ISO mdoc/);
    // A CBOR map that is no mdoc is not named one.
    const other = await verifyCredential(encode({ hello: 'world', list: [1, 2, 3, 4, 5, 6, 7, 8] }), offline);
    expect(format(other).details?.format).to.equal(undefined);
  });

  it('names them before loading, for the elements (a typed error carrying the format)', () => {
    const named = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isCredentialError(error) ? [error.code, error.format] : ['thrown', String(error)];
      }
      return ['accepted'];
    };
    const mdoc = encode({ docType: 'org.iso.18013.5.1.mDL', issuerSigned: { nameSpaces: {}, issuerAuth: [] } });
    expect(named(() => classifyBytes(mdoc))).to.deep.equal(['UNSUPPORTED_FORMAT', 'mdoc']);
    expect(named(() => classifyText('eyJhbGciOiJFUzI1NiJ9.eyJ2Y3QiOiJ4In0.c2ln~WyJhIiwiYiIsImMiXQ~'))).to.deep.equal(['UNSUPPORTED_FORMAT', 'sd-jwt-vc']);
    expect(named(() => classifyText('eyJhbGciOiJFUzI1NiJ9.eyJ2YyI6e319.c2ln'))).to.deep.equal(['accepted']);
  });
});
