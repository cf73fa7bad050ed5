/**
 * The `proof` and `key` checks for embedded proofs: Data Integrity (eddsa-rdfc-2022, legacy eddsa-2022,
 * ecdsa-rdfc-2019, and the JCS variants) and Ed25519Signature2020, each proof of a set or chain reported on its own.
 * The algorithm (VC Data Integrity §4): hash the canonical proof options and the canonical document without its
 * proof, and verify the signature over proofHash ‖ documentHash. Every proof field is read from the credential's
 * meaning (the proof graph's view); RDFC suites hash that same meaning (meaning/secured.ts), JCS suites the JSON
 * bytes they signed, whose proof must say what the meaning says.
 */
import canonicalize from 'canonicalize';
import { idsOf, issuerId, scalarsOf } from '../../shape/credential.js';
import { objectsOf, type JsonObject } from '../../shape/json.js';
import { canonizeQuads } from '../canonize.js';
import { concatBytes, multibaseDecode, utf8 } from '../crypto/encoding.js';
import { digest, verifySignature } from '../crypto/public-key.js';
import { keyFailureReason, resolveVerificationMethod, type ResolvedKey } from '../keys/resolve.js';
import { limitReason, MAX_PROOFS } from '../limits.js';
import type { Meaning, ProofGraph } from '../meaning/read.js';
import { chainedProofs, proofOptions, securedDocument } from '../meaning/secured.js';
import type { VerifyContext } from '../options.js';
import type { Check, ReasonCode } from '../types.js';
import { ambiguous } from './ambiguous.js';
import { keyBindingCheck } from './key.js';


interface Suite {
  canonical: 'rdfc' | 'jcs';
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
};
const PROOF_TYPES = ['DataIntegrityProof', 'Ed25519Signature2020'];
/** The single-valued proof fields, as the view names them. */
const FIELDS = ['cryptosuite', 'verificationMethod', 'proofPurpose', 'created', 'expires', 'proofValue'] as const;
type Field = (typeof FIELDS)[number];

type Hash = 'SHA-256' | 'SHA-384';

interface ProofFields extends Partial<Record<Field, string>> {
  type?: string;
  previousProof: string[];
}

/** The proof's fields, one value each, or the ambiguity that stops it being read. */
function readFields(proof: JsonObject, label: string): ProofFields | Check {
  const known = scalarsOf(proof.type).filter((type): type is string => typeof type === 'string');
  const types = known.filter((type) => PROOF_TYPES.includes(type));
  if (types.length > 1) return ambiguous('proof', 'type', types, `${label.toLowerCase()}`);
  const fields: ProofFields = { type: types[0] ?? known[0], previousProof: idsOf(proof.previousProof) };
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

async function verifyOne(raw: JsonObject, meaning: Meaning, proof: ProofGraph, context: VerifyContext, label: string): Promise<Check[]> {
  const read = readFields(proof.view, label);
  if ('status' in read) return [read];
  const fields = read;
  const name = fields.type === 'DataIntegrityProof' ? (fields.cryptosuite ?? '(no cryptosuite)') : (fields.type ?? '(no type)');
  const details: JsonObject = { type: fields.type, cryptosuite: fields.cryptosuite, verificationMethod: fields.verificationMethod, created: fields.created };
  const fail = (reason: ReasonCode, message: string): Check[] => [{ id: 'proof', status: 'failure', reason, message: `${label}: ${message}`, details }];
  const suite = SUITES[name];
  if (!suite || !fields.type || !PROOF_TYPES.includes(fields.type)) {
    return fail('unsupported-suite', `the proof type ${name} is not supported (supported: ${Object.keys(SUITES).join(', ')}).`);
  }
  if (fields.proofPurpose !== 'assertionMethod') return fail('wrong-purpose', `the proof's purpose is "${String(fields.proofPurpose)}", not "assertionMethod".`);
  if (!fields.proofValue) return fail('malformed', 'the proof has no proofValue.');
  if (!fields.verificationMethod) return fail('malformed', 'the proof names no verificationMethod.');
  // A proof may state its own end (VC Data Integrity `expires`): past it, the signature no longer vouches for anything.
  if (fields.expires !== undefined && !(Date.parse(fields.expires) > context.now.getTime())) {
    return fail('proof-expired', Number.isNaN(Date.parse(fields.expires)) ? `the proof's expiry "${fields.expires}" is not a date.` : `the proof expired on ${fields.expires.slice(0, 10)}.`);
  }

  let key: ResolvedKey;
  try {
    key = await resolveVerificationMethod(fields.verificationMethod, context);
  } catch (error) {
    const reason = keyFailureReason(error);
    return [
      ...fail(reason, `the signing key could not be found, so the signature can't be checked.`),
      { id: 'key', status: 'failure', reason, message: (error as Error).message, details: { verificationMethod: fields.verificationMethod, code: (error as { code?: string }).code } },
    ];
  }
  if (!suite.curves.includes(key.key.curve)) return fail('unsupported-suite', `${name} does not sign with ${key.key.curve} keys.`);

  let valid: boolean;
  try {
    const signature = multibaseDecode(fields.proofValue); // before canonicalizing: it may be refused as too large
    const hash: Hash = key.key.curve === 'P-384' ? 'SHA-384' : 'SHA-256';
    valid = await verifySignature(key.key, signature, await signedData(raw, meaning, proof, fields, suite, hash));
  } catch (error) {
    return [...fail(limitReason(error) ?? 'signature-invalid', `the signature could not be checked: ${describeError(error)}.`), keyBindingCheck(key, issuerId(meaning.view))];
  }
  const checks: Check[] = [];
  if (!valid) checks.push(...fail('signature-invalid', `the ${name} signature does not match: the credential was changed after it was signed, or signed by another key.`));
  else if (suite.legacy) checks.push({ id: 'proof', status: 'warning', reason: 'legacy-suite', message: `${label}: the signature is valid, but uses a legacy cryptosuite (${suite.legacy}).`, details });
  else checks.push({ id: 'proof', status: 'success', message: `${label}: the ${name} signature is valid.`, details });
  checks.push(keyBindingCheck(key, issuerId(meaning.view)));
  return checks;
}

/** Checks every proof the credential's meaning holds; a credential with none fails. */
export async function checkEmbeddedProofs(raw: JsonObject, meaning: Meaning, context: VerifyContext): Promise<Check[]> {
  const { proofs } = meaning;
  if (!proofs.length) return [{ id: 'proof', status: 'failure', reason: 'no-proof', message: 'The credential has no proof: it is not signed.' }];
  // Each proof canonicalizes the document again; the format check counts the JSON's `proof`, this the meaning's (any key).
  if (proofs.length > MAX_PROOFS) return [{ id: 'proof', status: 'failure', reason: 'too-complex', message: `The credential carries ${proofs.length} proofs; at most ${MAX_PROOFS} are checked.` }];
  const results = await Promise.all(
    proofs.map((proof, index) => verifyOne(raw, meaning, proof, context, proofs.length > 1 ? `Proof ${index + 1} of ${proofs.length}` : 'Proof')),
  );
  return results.flat();
}
