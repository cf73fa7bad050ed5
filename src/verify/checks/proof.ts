/**
 * The `proof` and `key` checks for embedded proofs: Data Integrity (eddsa-rdfc-2022, legacy eddsa-2022,
 * ecdsa-rdfc-2019, and the JCS variants) and Ed25519Signature2020, each proof of a set or chain reported on its own.
 * The algorithm (VC Data Integrity §4): hash the canonical proof options and the canonical document without
 * its proof, and verify the signature over proofHash ‖ documentHash.
 */
import canonicalize from 'canonicalize';
import { canonizeJsonLd } from '../canonize.js';
import type { VerifyContext } from '../context.js';
import { concatBytes, multibaseDecode, utf8 } from '../crypto/encoding.js';
import { digest, verifySignature } from '../crypto/public-key.js';
import { asArray, issuerId } from '../credential-fields.js';
import { resolveVerificationMethod, type ResolvedKey } from '../keys/resolve.js';
import type { Check } from '../types.js';
import { keyBindingCheck } from './key.js';

type Json = Record<string, unknown>;

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

function suiteName(proof: Json): string {
  return proof.type === 'DataIntegrityProof' ? String(proof.cryptosuite ?? '(no cryptosuite)') : String(proof.type ?? '(no type)');
}

type Hash = 'SHA-256' | 'SHA-384';

async function canonicalBytes(document: Json, suite: Suite, hash: Hash, context: VerifyContext): Promise<Uint8Array> {
  if (suite.canonical === 'jcs') return utf8(canonicalize(document) ?? '');
  // RDFC-1.0 labels blank nodes with the suite's hash: SHA-384 for ecdsa-rdfc-2019 on P-384.
  const nquads = await canonizeJsonLd(document, { documentLoader: context.documentLoader, messageDigestAlgorithm: hash === 'SHA-384' ? 'sha384' : 'sha256' });
  return utf8(nquads);
}

/** The document a proof signed: without proofs, or for a chained proof with the proofs it names in `previousProof`. */
function securedInput(credential: Json, proof: Json, allProofs: Json[]): Json {
  const { proof: _ignored, ...unsecured } = credential;
  const previous = asArray<string>(proof.previousProof);
  if (!previous.length) return unsecured;
  const matching = allProofs.filter((candidate) => previous.includes(candidate.id as string));
  if (matching.length !== previous.length) throw new Error(`a proof it chains to (${previous.join(', ')}) is missing`);
  return { ...unsecured, proof: matching.length === 1 ? matching[0] : matching };
}

function describeError(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  if (/safe mode/i.test(message) || (error as { name?: string })?.name === 'jsonld.ValidationError') {
    const term = (error as { details?: { event?: { details?: { property?: string; term?: string } } } }).details?.event?.details;
    return `the credential uses terms its @context does not define${term?.property ? ` ("${term.property}")` : term?.term ? ` ("${term.term}")` : ''}, so it can't be canonicalized safely`;
  }
  return message.replace(/\.$/, '');
}

async function verifyOne(credential: Json, proof: Json, allProofs: Json[], context: VerifyContext, label: string): Promise<Check[]> {
  const name = suiteName(proof);
  const details: Json = { type: proof.type, cryptosuite: proof.cryptosuite, verificationMethod: proof.verificationMethod, created: proof.created };
  const fail = (message: string): Check[] => [{ id: 'proof', status: 'failure', message: `${label}: ${message}`, details }];
  const suite = SUITES[name];
  if (!suite || (proof.type !== 'DataIntegrityProof' && proof.type !== 'Ed25519Signature2020')) {
    return fail(`the proof type ${name} is not supported (supported: ${Object.keys(SUITES).join(', ')}).`);
  }
  if (proof.proofPurpose !== 'assertionMethod') return fail(`the proof's purpose is "${String(proof.proofPurpose)}", not "assertionMethod".`);
  if (typeof proof.proofValue !== 'string') return fail('the proof has no proofValue.');
  if (typeof proof.verificationMethod !== 'string') return fail('the proof names no verificationMethod.');
  // A proof may state its own end (VC Data Integrity `expires`): past it, the signature no longer vouches for anything.
  if (typeof proof.expires === 'string' && Date.parse(proof.expires) <= context.now.getTime()) return fail(`the proof expired on ${proof.expires.slice(0, 10)}.`);

  let key: ResolvedKey;
  try {
    key = await resolveVerificationMethod(proof.verificationMethod, context);
  } catch (error) {
    return [
      ...fail(`the signing key could not be found, so the signature can't be checked.`),
      { id: 'key', status: 'failure', message: (error as Error).message, details: { verificationMethod: proof.verificationMethod, code: (error as { code?: string }).code } },
    ];
  }
  if (!suite.curves.includes(key.key.curve)) return fail(`${name} does not sign with ${key.key.curve} keys.`);

  let valid: boolean;
  try {
    const { proofValue: _value, ...options } = proof;
    // The proof options are canonicalized in the document's context (VC Data Integrity §4.2).
    const proofOptions = { ...options, '@context': credential['@context'] } as Json;
    const hash: Hash = key.key.curve === 'P-384' ? 'SHA-384' : 'SHA-256';
    const [optionsHash, documentHash] = await Promise.all([
      canonicalBytes(proofOptions, suite, hash, context).then((bytes) => digest(hash, bytes)),
      canonicalBytes(securedInput(credential, proof, allProofs), suite, hash, context).then((bytes) => digest(hash, bytes)),
    ]);
    valid = await verifySignature(key.key, multibaseDecode(proof.proofValue), concatBytes(optionsHash, documentHash));
  } catch (error) {
    return [...fail(`the signature could not be checked: ${describeError(error)}.`), keyBindingCheck(key, issuerId(credential))];
  }
  const checks: Check[] = [];
  if (!valid) checks.push(...fail(`the ${name} signature does not match: the credential was changed after it was signed, or signed by another key.`));
  else if (suite.legacy) checks.push({ id: 'proof', status: 'warning', message: `${label}: the signature is valid, but uses a legacy cryptosuite (${suite.legacy}).`, details });
  else checks.push({ id: 'proof', status: 'success', message: `${label}: the ${name} signature is valid.`, details });
  checks.push(keyBindingCheck(key, issuerId(credential)));
  return checks;
}

/** Checks every embedded proof; a credential with none fails. */
export async function checkEmbeddedProofs(credential: Json, context: VerifyContext): Promise<Check[]> {
  const entries = asArray<Json>(credential.proof);
  const proofs = entries.filter((proof) => proof && typeof proof === 'object' && !Array.isArray(proof));
  if (!entries.length) return [{ id: 'proof', status: 'failure', message: 'The credential has no proof: it is not signed.' }];
  if (proofs.length !== entries.length) return [{ id: 'proof', status: 'failure', message: 'A proof entry is not a proof object.' }];
  const results = await Promise.all(
    proofs.map((proof, index) => verifyOne(credential, proof, proofs, context, proofs.length > 1 ? `Proof ${index + 1} of ${proofs.length}` : 'Proof')),
  );
  return results.flat();
}
