/**
 * Verifying an Open Badges 2.0 assertion, as the 1EdTech specification ("Verification") and its reference validator
 * do: hosted (fetch the assertion at its id) or signed (a JWS). Whatever form it came in (its JSON, the JWS, a
 * baked PNG or SVG holding either, or the URL older bakers wrote), what every check judges and the report shows is
 * what was verified: the issuer's hosted copy, or the signed payload — with the BadgeClass and Issuer as their own
 * addresses serve them. A presented copy is only compared with the hosted one.
 */
import { idOf } from '../../shape/credential.js';
import type { JsonObject } from '../../shape/json.js';
import { text } from '../../shape/text.js';
import { checkIssuer } from '../checks/issuer.js';
import type { Decoded } from '../decode.js';
import type { VerifyContext } from '../options.js';
import { buildReport } from '../report.js';
import type { Check, CredentialKind, CredentialSummary, VerificationReport } from '../types.js';
import { checkOb2Dates } from './dates.js';
import { readAssertion, type AssertionFields } from './fields.js';
import { verifyHosted } from './hosted.js';
import { Ob2ReadError, readOb2, type Ob2Document } from './read.js';
import { checkOb2Recipient } from './recipient.js';
import { verifySigned } from './signed.js';
import type { Verified } from './verified.js';
import { OB2_CONTEXT } from './vocabulary.js';

const FORM: Partial<Record<CredentialKind, string>> = { 'baked-png': ', baked into a PNG', 'baked-svg': ', baked into an SVG' };

function formatCheck(kind: CredentialKind, how: 'hosted' | 'signed' | 'url'): Check {
  const what = how === 'signed' ? 'a signed Open Badges 2.0 assertion (a JWS)' : how === 'url' ? 'the address of a hosted Open Badges 2.0 assertion' : 'an Open Badges 2.0 assertion';
  return { id: 'format', status: 'success', message: `Read ${what}${FORM[kind] ?? ''}.`, details: { format: 'open-badges-2.0', verification: how === 'signed' ? 'signed' : 'hosted', ...(how === 'url' && { address: true }) } };
}

/** The `context` check: what the documents read say in terms the OB 2.0 context defines, and what could not be read. */
function contextCheck(documents: Ob2Document[]): Check {
  const contexts = [...new Set(documents.flatMap((document) => document.unread.contexts))];
  const extensions = [...new Set(documents.flatMap((document) => document.unread.extensions))];
  const terms = [...new Set(documents.flatMap((document) => document.unread.terms))];
  const details = { contexts, extensions, terms };
  if (contexts.length) {
    const message = `Some of what the badge's documents say could not be read: they use JSON-LD contexts this verifier does not bundle (${contexts.join(', ')}), which are never fetched. The checks read the Open Badges 2.0 terms alone.`;
    return { id: 'context', status: 'warning', reason: 'context-not-bundled', message, details };
  }
  const left = [...(extensions.length ? [`extensions' own terms (${extensions.join(', ')})`] : []), ...(terms.length ? [`terms no context defines (${terms.join(', ')})`] : [])];
  return { id: 'context', status: 'success', message: `Read with the bundled Open Badges 2.0 context${left.length ? `; not read, as nothing checked depends on them: ${left.join('; ')}` : ''}.`, details };
}

/** The assertion as verified, its BadgeClass (and the Issuer in it) embedded as their own addresses serve them. */
function verifiedCredential({ assertion, issued }: Verified): JsonObject | undefined {
  if (!assertion) return undefined;
  const badge = issued ? { ...issued.badge.view, issuer: issued.issuer.view } : assertion.view['badge'];
  return { '@context': OB2_CONTEXT, ...assertion.view, ...(badge !== undefined && { badge }) };
}

function summaryOf(credential: JsonObject | undefined, fields: AssertionFields | undefined): CredentialSummary {
  if (!credential) return { type: [] };
  const badge = credential['badge'] as JsonObject | undefined;
  const issuer = typeof badge === 'object' ? (badge['issuer'] as JsonObject | string | undefined) : undefined;
  const recipient = fields?.recipient && !fields.recipient.hashed ? fields.recipient.identity : undefined;
  return {
    ...(typeof credential['id'] === 'string' && { id: credential['id'] }),
    type: ['Assertion'],
    ...(typeof badge === 'object' && text(badge['name']) && { name: text(badge['name']) }),
    issuer: { id: idOf(issuer), name: typeof issuer === 'object' ? text(issuer['name']) : undefined },
    subject: recipient,
    validFrom: fields?.issuedOn,
    validUntil: fields?.expires,
  };
}

function report(kind: CredentialKind, format: Check, verified: Verified): VerificationReport {
  const checks = [format, contextCheck(verified.documents), ...verified.checks];
  const credential = verifiedCredential(verified);
  return { ...buildReport(kind, credential, checks, []), summary: summaryOf(credential, verified.fields) };
}

async function verifyChecks(verified: Verified, context: VerifyContext): Promise<Verified> {
  const { fields, issued } = verified;
  if (!fields) return verified;
  const checks = [...verified.checks, checkOb2Dates(fields, context)];
  if (issued?.issuer.id) checks.push(checkIssuer({ issuer: issued.issuer.id }, context));
  if (context.level === 0) checks.push(await checkOb2Recipient(fields.recipient, context));
  return { ...verified, checks };
}

const failed = (kind: CredentialKind, check: Check): VerificationReport => buildReport(kind, undefined, [check], []);

/** Verifies what the decode step read as an OB 2.0 assertion (its JSON or JWS), or the URL a baked image holds. */
export async function verifyOb2(decoded: Decoded, context: VerifyContext): Promise<VerificationReport> {
  const kind: CredentialKind = decoded.jwt && decoded.kind === 'vc-jwt' ? 'jws' : decoded.kind;
  if (decoded.url) return report(kind, formatCheck(kind, 'url'), await verifyChecks(await verifyHosted(decoded.url, undefined, context), context));

  let presented: Ob2Document;
  try {
    presented = await readOb2(decoded.credential, 'Assertion', { documentLoader: context.documentLoader, label: decoded.jwt ? "The JWS's payload" : 'The badge' });
  } catch (error) {
    if (!(error instanceof Ob2ReadError)) throw error;
    return failed(kind, { id: 'format', status: 'failure', reason: error.reason, message: `This is an Open Badges 2.0 document, but it can't be verified: ${error.message}`, details: { format: 'open-badges-2.0' } });
  }
  const read = readAssertion(presented.view, 'format');
  if (!read.fields) return failed(kind, read.problem!);
  const fields = read.fields;
  if (decoded.jwt && fields.verification === 'SignedBadge') {
    return report(kind, formatCheck(kind, 'signed'), await verifyChecks(await verifySigned(decoded.jwt, presented, fields, context), context));
  }
  if (decoded.jwt && !fields.verification) {
    const message = 'The signed badge states no verification method (SignedBadge, naming its key as creator).';
    return report(kind, formatCheck(kind, 'signed'), { checks: [{ id: 'proof', status: 'failure', reason: 'malformed', message, details: { problem: 'no-verification' } }], documents: [presented] });
  }
  if (fields.verification === 'SignedBadge') {
    const message = 'This is a signed Open Badges 2.0 badge given as JSON: only its signed form (the JWS) can be verified.';
    return report(kind, formatCheck(kind, 'hosted'), { checks: [{ id: 'proof', status: 'failure', reason: 'no-proof', message, details: { problem: 'signed-as-json' } }], documents: [presented] });
  }
  // Hosted (or unsaid, as some issuers leave it: the hosted copy will say). The issuer's copy decides; the copy
  // presented is only compared with it, so what could not be read in it is no concern.
  return report(kind, formatCheck(kind, 'hosted'), await verifyChecks(await verifyHosted(fields.id, fields, context), context));
}
