/**
 * The `proof` and `key` checks for embedded proofs: Data Integrity (eddsa-rdfc-2022, legacy eddsa-2022,
 * ecdsa-rdfc-2019, and the JCS variants), Ed25519Signature2020, and the legacy Linked Data suites
 * Ed25519Signature2018 and JsonWebSignature2020 (a detached JWS, detached-jws.ts), each proof of a set or chain
 * reported on its own. A credential's proofs are for `assertionMethod` by its issuer; a presentation's for
 * `authentication` by its holder, with the challenge and domain the caller expects (ProofExpectation).
 * The algorithm (VC Data Integrity §4): hash the canonical proof options and the canonical document without its
 * proof, and verify the signature over proofHash ‖ documentHash. Every proof field is read from the credential's
 * meaning (the proof graph's view); RDFC suites hash that same meaning (meaning/secured.ts), JCS suites the JSON
 * bytes they signed, whose proof must say what the meaning says.
 */
import canonicalize from 'canonicalize';
import { idsOf, scalarsOf } from '../../shape/credential.js';
import { objectsOf, type JsonObject } from '../../shape/json.js';
import { NAMED_FORMATS, type NamedFormat } from '../../shape/named-formats.js';
import { canonizeQuads } from '../canonize.js';
import { concatBytes, multibaseDecode, utf8 } from '../crypto/encoding.js';
import { digest, verifySignature } from '../crypto/public-key.js';
import { resolveVerificationMethod, type KeyPurpose, type ResolvedKey } from '../keys/resolve.js';
import { limitReason, MAX_PROOFS } from '../limits.js';
import type { Meaning, ProofGraph } from '../meaning/read.js';
import { chainedProofs, proofOptions, securedDocument } from '../meaning/secured.js';
import type { VerifyContext } from '../options.js';
import type { Check, ReasonCode } from '../types.js';
import { ambiguous } from './ambiguous.js';
import { parseDetachedJws, verifyDetachedJws } from './detached-jws.js';
import { keyBindingCheck, type Signer } from './key.js';
import { keyLookupChecks } from './key-lookup.js';

/** What a proof must be for the document it secures. */
export interface ProofExpectation {
  purpose: KeyPurpose;
  /** Whom the key must belong to: the credential's issuer, or the presentation's holder. */
  signer: Signer;
  /** The challenge the caller expects the proof to carry (presentations). */
  challenge?: string;
  /** The domain the caller expects the proof to be for (presentations). */
  domain?: string;
}


interface Suite {
  canonical: 'rdfc' | 'jcs';
  /** Where the signature is: a multibase `proofValue` (Data Integrity), or a detached JWS in `jws` (legacy suites). */
  signature?: 'jws';
  /** Curves this suite signs with. */
  curves: Array<ResolvedKey['key']['curve']>;
  /** Reported as a warning even when valid. */
  legacy?: string;
}

const SUITES: Record<string, Suite> = {
  'eddsa-rdfc-2022': { canonical: 'rdfc', curves: ['Ed25519'] },
  'eddsa-2022': { canonical: 'rdfc', curves: ['Ed25519'], legacy: 'eddsa-2022 is the draft name of eddsa-rdfc-2022' },
  'eddsa-jcs-2022': { canonical: 'jcs', curves: ['Ed25519'] },
  'ecdsa-rdfc-2019': { canonical: 'rdfc', curves: ['P-256', 'P-384'] },
  'ecdsa-jcs-2019': { canonical: 'jcs', curves: ['P-256', 'P-384'] },
  Ed25519Signature2020: { canonical: 'rdfc', curves: ['Ed25519'] },
  Ed25519Signature2018: { canonical: 'rdfc', curves: ['Ed25519'], signature: 'jws', legacy: 'Ed25519Signature2018, a VC 1.1-era Linked Data suite' },
  JsonWebSignature2020: { canonical: 'rdfc', curves: ['Ed25519', 'P-256', 'P-384'], signature: 'jws', legacy: 'JsonWebSignature2020, a VC 1.1-era Linked Data suite' },
};
const PROOF_TYPES = ['DataIntegrityProof', 'Ed25519Signature2020', 'Ed25519Signature2018', 'JsonWebSignature2020'];
/** The single-valued proof fields, as the view names them. */
const FIELDS = ['cryptosuite', 'verificationMethod', 'proofPurpose', 'created', 'expires', 'proofValue', 'jws', 'challenge'] as const;
type Field = (typeof FIELDS)[number];

type Hash = 'SHA-256' | 'SHA-384';

interface ProofFields extends Partial<Record<Field, string>> {
  type?: string;
  previousProof: string[];
  /** The domains the proof is for (Data Integrity allows a list). */
  domain: string[];
}

/** The proof's fields, one value each, or the ambiguity that stops it being read. */
function readFields(proof: JsonObject, label: string): ProofFields | Check {
  const known = scalarsOf(proof.type).filter((type): type is string => typeof type === 'string');
  const types = known.filter((type) => PROOF_TYPES.includes(type));
  if (types.length > 1) return ambiguous('proof', 'type', types, `${label.toLowerCase()}`);
  const fields: ProofFields = { type: types[0] ?? known[0], previousProof: idsOf(proof.previousProof), domain: scalarsOf(proof.domain).map(String) };
  for (const field of FIELDS) {
    const values = field === 'verificationMethod' ? idsOf(proof[field]) : scalarsOf(proof[field]);
    if (values.length > 1) return ambiguous('proof', field, values, `${label.toLowerCase()}`);
    if (values.length) fields[field] = String(values[0]);
  }
  return fields;
}

function describeError(error: unknown): string {
  return ((error as Error)?.message ?? String(error)).replace(/\.$/, '');
}

/** The raw proof object a JCS proof signed: the one with this proofValue, which must say what the meaning says. */
function jcsProofObject(raw: JsonObject, fields: ProofFields): JsonObject | string {
  const matches = objectsOf(raw.proof).filter((candidate) => candidate.proofValue === fields.proofValue);
  if (matches.length !== 1) return 'its JSON proof object can’t be found under "proof"';
  const json = matches[0]!;
  const written = readFields(json, 'proof');
  if ('status' in written) return 'its JSON proof object is ambiguous';
  for (const field of ['type', ...FIELDS] as const) {
    if (written[field] !== fields[field]) return `its JSON says ${field} is ${JSON.stringify(written[field])}, its meaning ${JSON.stringify(fields[field])}`;
  }
  if (JSON.stringify([...written.previousProof].sort()) !== JSON.stringify([...fields.previousProof].sort())) return 'its JSON and its meaning chain to different proofs';
  if (JSON.stringify([...written.domain].sort()) !== JSON.stringify([...fields.domain].sort())) return 'its JSON and its meaning name different domains';
  return json;
}

/** proofHash ‖ documentHash: what the signature signs. */
async function signedData(raw: JsonObject, meaning: Meaning, proof: ProofGraph, fields: ProofFields, suite: Suite, hash: Hash): Promise<Uint8Array> {
  if (suite.canonical === 'rdfc') {
    // RDFC-1.0 labels blank nodes with the suite's hash: SHA-384 for ecdsa-rdfc-2019 on P-384.
    const messageDigestAlgorithm = hash === 'SHA-384' ? 'sha384' : 'sha256';
    const [options, document] = await Promise.all([canonizeQuads(proofOptions(proof), { messageDigestAlgorithm }), canonizeQuads(securedDocument(meaning, proof), { messageDigestAlgorithm })]);
    return concatBytes(await digest(hash, utf8(options)), await digest(hash, utf8(document)));
  }
  // JCS signs the JSON: the proof options with the document's @context, and the document without its proof (with
  // the proofs a chained proof names).
  const json = jcsProofObject(raw, fields);
  if (typeof json === 'string') throw new Error(json);
  const { proofValue: _value, ...options } = json;
  const { proof: _proofs, ...unsecured } = raw;
  const chained = chainedProofs(meaning, proof).map((entry) => objectsOf(raw.proof).find((candidate) => candidate.proofValue === entry.view.proofValue));
  if (chained.includes(undefined)) throw new Error('a proof it chains to is not in its JSON');
  const document = chained.length ? { ...unsecured, proof: chained.length === 1 ? chained[0] : chained } : unsecured;
  return concatBytes(
    await digest(hash, utf8(canonicalize({ ...options, '@context': raw['@context'] }) ?? '')),
    await digest(hash, utf8(canonicalize(document) ?? '')),
  );
}

/** Whether the proof says what the caller expects of it (purpose, challenge, domain); a failure when not. */
function expectationProblem(fields: ProofFields, expect: ProofExpectation): { reason: ReasonCode; message: string; details: JsonObject } | undefined {
  if (fields.proofPurpose !== expect.purpose) {
    return { reason: 'wrong-purpose', message: `the proof's purpose is "${String(fields.proofPurpose)}", not "${expect.purpose}".`, details: { proofPurpose: fields.proofPurpose, expectedPurpose: expect.purpose } };
  }
  if (expect.challenge !== undefined && fields.challenge !== expect.challenge) {
    return {
      reason: 'challenge-mismatch',
      message: fields.challenge === undefined ? `the proof has no challenge; "${expect.challenge}" was expected.` : `the proof's challenge is not the one expected ("${expect.challenge}").`,
      details: { expected: expect.challenge, stated: fields.challenge !== undefined },
    };
  }
  if (expect.domain !== undefined && !fields.domain.includes(expect.domain)) {
    return {
      reason: 'domain-mismatch',
      message: fields.domain.length ? `the proof is for ${fields.domain.map((domain) => `"${domain}"`).join(', ')}, not for "${expect.domain}".` : `the proof names no domain; "${expect.domain}" was expected.`,
      details: { expected: expect.domain, stated: fields.domain.length > 0, domains: fields.domain.slice(0, 4) },
    };
  }
  return undefined;
}

/** Which proof of how many (`index` from 1). */
interface Position {
  index: number;
  count: number;
}

async function verifyOne(raw: JsonObject, meaning: Meaning, proof: ProofGraph, context: VerifyContext, position: Position, expect: ProofExpectation): Promise<Check[]> {
  const label = position.count > 1 ? `Proof ${position.index} of ${position.count}` : 'Proof';
  const read = readFields(proof.view, label);
  if ('status' in read) return [read];
  const fields = read;
  const name = fields.type === 'DataIntegrityProof' ? (fields.cryptosuite ?? '(no cryptosuite)') : (fields.type ?? '(no type)');
  const details: JsonObject = {
    type: fields.type,
    cryptosuite: fields.cryptosuite,
    verificationMethod: fields.verificationMethod,
    created: fields.created,
    ...(position.count > 1 && { proofIndex: position.index, proofCount: position.count }),
  };
  /** A failure; `more` adds what its sentence names (the purpose, the expiry, …) to the details. */
  const fail = (reason: ReasonCode, message: string, more?: JsonObject): Check[] => [{ id: 'proof', status: 'failure', reason, message: `${label}: ${message}`, details: { ...details, ...more } }];
  const suite = SUITES[name];
  if (!suite || !fields.type || !PROOF_TYPES.includes(fields.type)) {
    // A selective-disclosure suite beside a supported proof: named, as the format check names it alone.
    if (name in NAMED_FORMATS) return fail('unsupported-format', `the proof is ${NAMED_FORMATS[name as NamedFormat]}, which this verifier does not check.`);
    return fail('unsupported-suite', `the proof type ${name} is not supported (supported: ${Object.keys(SUITES).join(', ')}).`);
  }
  const problem = expectationProblem(fields, expect);
  if (problem) return fail(problem.reason, problem.message, problem.details);
  const signature = suite.signature === 'jws' ? fields.jws : fields.proofValue;
  const field = suite.signature === 'jws' ? 'jws' : 'proofValue';
  if (!signature) return fail('malformed', `the proof has no ${field}.`, { problem: 'no-signature', field });
  if (!fields.verificationMethod) return fail('malformed', 'the proof names no verificationMethod.', { problem: 'no-method' });
  // A proof may state its own end (VC Data Integrity `expires`): past it, the signature no longer vouches for anything.
  if (fields.expires !== undefined && !(Date.parse(fields.expires) > context.now.getTime())) {
    return fail('proof-expired', Number.isNaN(Date.parse(fields.expires)) ? `the proof's expiry "${fields.expires}" is not a date.` : `the proof expired on ${fields.expires.slice(0, 10)}.`, {
      expires: fields.expires.slice(0, 64),
    });
  }

  let key: ResolvedKey;
  try {
    key = await resolveVerificationMethod(fields.verificationMethod, context, expect.purpose);
  } catch (error) {
    return keyLookupChecks(error, fields.verificationMethod, label, details);
  }
  if (!suite.curves.includes(key.key.curve)) return fail('unsupported-suite', `${name} does not sign with ${key.key.curve} keys.`, { curve: key.key.curve });

  let valid: boolean;
  try {
    // Refused as malformed or too large before the work of canonicalizing: the JWS's form, the multibase's length.
    const jws = suite.signature === 'jws' ? parseDetachedJws(signature, key.key) : undefined;
    const bytes = jws ? undefined : multibaseDecode(signature);
    // The legacy suites hash with SHA-256 whatever the curve; ecdsa-rdfc-2019 with the curve's own hash.
    const hash: Hash = key.key.curve === 'P-384' && !jws ? 'SHA-384' : 'SHA-256';
    const data = await signedData(raw, meaning, proof, fields, suite, hash);
    valid = jws ? await verifyDetachedJws(jws, data, key.key) : await verifySignature(key.key, bytes!, data);
  } catch (error) {
    return [...fail(limitReason(error) ?? 'signature-invalid', `the signature could not be checked: ${describeError(error)}.`, { problem: 'unreadable' }), keyBindingCheck(key, expect.signer)];
  }
  const checks: Check[] = [];
  const noun = expect.purpose === 'authentication' ? 'presentation' : 'credential';
  if (!valid) checks.push(...fail('signature-invalid', `the ${name} signature does not match: the ${noun} was changed after it was signed, or signed by another key.`));
  else if (suite.legacy) checks.push({ id: 'proof', status: 'warning', reason: 'legacy-suite', message: `${label}: the signature is valid, but uses a legacy cryptosuite (${suite.legacy}).`, details });
  else checks.push({ id: 'proof', status: 'success', message: `${label}: the ${name} signature is valid.`, details });
  checks.push(keyBindingCheck(key, expect.signer));
  return checks;
}

/** Checks every proof the document's meaning holds, each against `expect`; a document with none fails. */
export async function checkEmbeddedProofs(raw: JsonObject, meaning: Meaning, context: VerifyContext, expect: ProofExpectation): Promise<Check[]> {
  const { proofs } = meaning;
  const noun = expect.purpose === 'authentication' ? 'presentation' : 'credential';
  if (!proofs.length) return [{ id: 'proof', status: 'failure', reason: 'no-proof', message: `The ${noun} has no proof: it is not signed.` }];
  // Each proof canonicalizes the document again; the format check counts the JSON's `proof`, this the meaning's (any key).
  if (proofs.length > MAX_PROOFS) {
    return [{ id: 'proof', status: 'failure', reason: 'too-complex', message: `The ${noun} carries ${proofs.length} proofs; at most ${MAX_PROOFS} are checked.`, details: { limit: 'proofs', count: proofs.length, max: MAX_PROOFS } }];
  }
  const results = await Promise.all(proofs.map((proof, index) => verifyOne(raw, meaning, proof, context, { index: index + 1, count: proofs.length }, expect)));
  return results.flat();
}
