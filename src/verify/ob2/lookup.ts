/**
 * The look-ups an OB 2.0 badge needs (its hosted assertion, BadgeClass, Issuer, CryptographicKey, revocation list),
 * each read as its class and held to the URL it came from: the document's id must be that URL. An outcome says
 * what a check must say when a look-up does not give a document: a look-up that could not complete (offline, a
 * timeout, DNS, CORS, a busy or refusing host) is "could not be checked" (unverifiable); an answer that the
 * document is gone (404, 410) or is not one (not JSON, not that class, another id) is a failure.
 */
import { CredentialError } from '../../errors.js';
import { fetchJsonTracked, isUnreachable } from '../net.js';
import type { VerifyContext } from '../options.js';
import type { JsonObject } from '../../shape/json.js';
import type { CheckStatus, ReasonCode } from '../types.js';
import { Ob2ReadError, readOb2, type Ob2Document } from './read.js';
import type { Ob2Class } from './vocabulary.js';

export interface Found {
  ok: true;
  url: string;
  document: Ob2Document;
  /** Where redirects led, in order (the document came from the last). */
  redirects: string[];
  /** A browser followed redirects it does not show. */
  hiddenRedirects: boolean;
}

export interface NotFound {
  ok: false;
  status: Extract<CheckStatus, 'failure' | 'unverifiable'>;
  reason: ReasonCode;
  message: string;
  /** For the check's details: which document (its class), its address, and what was found there (an HTTP status, another id, a redirect). */
  details: JsonObject;
}

export interface LookupNames {
  /** The document in words, capitalised: "The hosted assertion", "The BadgeClass". */
  label: string;
  /** The reason when the look-up could not complete, and when the document is gone. */
  unreachable: ReasonCode;
  notFound: ReasonCode;
}

/** Longest address fetched (a badge's documents live at short URLs; a long one is not asked for, nor quoted). */
export const MAX_URL_CHARS = 2048;

/** Two spellings of one URL (`https://UNI.edu:443/a` and `https://uni.edu/a`) are the same address. */
export function sameAddress(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}

const hostOf = (address: string) => {
  try {
    return new URL(address).host;
  } catch {
    return undefined;
  }
};

function failedLookUp(url: string, kind: Ob2Class, error: unknown, names: LookupNames): NotFound {
  const status = (error as CredentialError)?.status;
  const why = (error as Error)?.message ?? String(error);
  const details = { document: kind, url, ...(typeof status === 'number' && { httpStatus: status }) };
  if (status === 404 || status === 410) {
    return { ok: false, status: 'failure', reason: names.notFound, message: `${names.label} is gone: ${url} answered HTTP ${status}.`, details };
  }
  const code = (error as CredentialError)?.code;
  if (code === 'RESPONSE_TOO_LARGE') return { ok: false, status: 'failure', reason: 'too-large', message: `${names.label} can't be read: ${why}`, details };
  if (code === 'INPUT_TOO_COMPLEX') return { ok: false, status: 'failure', reason: 'too-complex', message: `${names.label} can't be read: ${why}`, details };
  if (code === 'INVALID_INPUT' || (code === 'BAD_RESPONSE' && status === undefined)) {
    return { ok: false, status: 'failure', reason: 'malformed', message: `${names.label} can't be read: ${why}`, details: { ...details, problem: 'document' } };
  }
  // No answer, or one that is not about the document (a busy host, a refusal, a bot wall, a redirect loop).
  const detail = isUnreachable(error) ? why : `${url} answered HTTP ${status ?? '?'}`;
  return { ok: false, status: 'unverifiable', reason: names.unreachable, message: `${names.label} could not be fetched, so it can't be checked right now: ${detail.replace(/\.$/, '')}.`, details };
}

/**
 * Fetches `url` and reads it as a `kind`. `sameHost`: every redirect must stay on the URL's host (an open redirect
 * there must not let another host speak for the issuer); otherwise the caller judges the redirects.
 */
export async function lookUp(url: string, kind: Ob2Class, context: VerifyContext, names: LookupNames, sameHost: boolean): Promise<Found | NotFound> {
  if (url.length > MAX_URL_CHARS) {
    return { ok: false, status: 'failure', reason: 'too-large', message: `${names.label}'s address is longer than ${MAX_URL_CHARS} characters, which no badge's is.`, details: { document: kind, problem: 'address', max: MAX_URL_CHARS } };
  }
  let answer;
  try {
    answer = await fetchJsonTracked(url, context);
  } catch (error) {
    return failedLookUp(url, kind, error, names);
  }
  if (sameHost) {
    const elsewhere = answer.redirects.find((hop) => hostOf(hop) !== hostOf(url));
    if (elsewhere) {
      return { ok: false, status: 'failure', reason: 'out-of-scope', message: `${names.label} at ${url} redirects to another host (${elsewhere}), which can't speak for it.`, details: { document: kind, url, redirect: elsewhere } };
    }
  }
  let document: Ob2Document;
  try {
    document = await readOb2(answer.value, kind, { documentLoader: context.documentLoader, label: `${names.label} at ${url}`, expectedId: url });
  } catch (error) {
    if (error instanceof Ob2ReadError) return { ok: false, status: 'failure', reason: error.reason, message: error.message, details: { document: kind, url, problem: 'document' } };
    throw error;
  }
  if (!document.id || !sameAddress(document.id, url)) {
    return {
      ok: false,
      status: 'failure',
      reason: 'id-mismatch',
      message: `${names.label} fetched from ${url} says its id is ${document.id ?? '(none)'}: a document must be what its address says.`,
      details: { document: kind, url, ...(document.id && { id: document.id.slice(0, MAX_URL_CHARS) }) },
    };
  }
  return { ok: true, url, document, redirects: answer.redirects, hiddenRedirects: answer.hiddenRedirects };
}
