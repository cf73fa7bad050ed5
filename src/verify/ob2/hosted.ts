/**
 * Hosted verification (OB 2.0 `HostedBadge`): the assertion is what the issuer serves at its id. Fetch the id; the
 * hosted copy is authoritative (its id must be that URL, and a presented copy that says otherwise in what it
 * asserts is not the issuer's); then the BadgeClass and the Issuer, whose verification policy says where its
 * assertions may be hosted: the assertion's address and every redirect on the way to it must be there.
 *
 * Checks: `proof` (the assertion is served at its id), `key` (that address is the issuer's), `status` (revoked).
 */
import type { VerifyContext } from '../options.js';
import type { Check } from '../types.js';
import { differences } from './compare.js';
import { readAssertion, type AssertionFields } from './fields.js';
import { lookUpIssuer } from './issuer.js';
import { lookUp } from './lookup.js';
import type { Ob2Document } from './read.js';
import { outOfScope, scopeOf } from './scope.js';
import { checkOb2Status } from './status.js';
import type { Verified } from './verified.js';

const isHttp = (value: string) => /^https?:\/\//i.test(value);

/** The hosted assertion's address and the redirects to it, judged against the Issuer's scope. */
function scopeCheck(address: string, redirects: string[], hidden: boolean, issuer: Ob2Document): Check {
  const scope = scopeOf(issuer.view);
  const issuerId = issuer.id ?? '';
  if ('ambiguous' in scope) {
    return { id: 'key', status: 'failure', reason: 'ambiguous-value', message: `The Issuer profile states more than one verification policy, so where its badges are hosted can't be told.`, details: { term: 'verification' } };
  }
  const details = { issuer: issuerId, allowedHosts: scope.hosts, startsWith: scope.prefixes, redirects, ...(scope.unusable.length && { unusable: scope.unusable }) };
  for (const [index, hop] of [address, ...redirects].entries()) {
    const why = outOfScope(hop, scope);
    if (why) {
      const where = index === 0 ? 'The assertion is not where its issuer says its badges are' : `The assertion's address redirects to ${hop}, which is not where its issuer says its badges are`;
      return { id: 'key', status: 'failure', reason: 'out-of-scope', message: `${where}: ${why}.`, details: { ...details, address: hop } };
    }
  }
  const host = new URL(address).host;
  const followed = hidden ? ' The browser followed redirects it does not show; where they ended is in scope.' : redirects.length ? ` So is every redirect on the way (${redirects.length}).` : '';
  const policy = scope.defaulted ? 'the host of its id' : `its allowed hosts${scope.prefixes.length ? ` and address prefixes` : ''}`;
  return { id: 'key', status: 'success', message: `${host} is where the issuer ${issuerId} hosts its badges (${policy}).${followed}`, details: { ...details, address } };
}

function verificationProblem(fields: AssertionFields): Check | undefined {
  if (fields.verification === 'HostedBadge') return undefined;
  if (fields.verification === 'SignedBadge') {
    return { id: 'proof', status: 'failure', reason: 'no-proof', message: "The issuer's copy says this badge is signed, but its signature (the JWS) is not here, so it can't be verified.", details: { problem: 'signed-as-json' } };
  }
  return { id: 'proof', status: 'failure', reason: 'malformed', message: "The issuer's copy states no verification method (HostedBadge or SignedBadge).", details: { problem: 'no-verification' } };
}

/**
 * Verifies the assertion hosted at `address` (its id); `presented` is the copy given, when one was (none for a
 * badge baked with its URL alone).
 */
export async function verifyHosted(address: string | undefined, presented: AssertionFields | undefined, context: VerifyContext): Promise<Verified> {
  if (!address || !isHttp(address)) {
    const message = `A hosted badge's id must be the http(s) URL the issuer hosts it at${address ? `; this one's is ${address.slice(0, 200)}` : '; this one has none'}.`;
    return { checks: [{ id: 'proof', status: 'failure', reason: 'malformed', message, details: { problem: 'hosted-id', ...(address && { id: address.slice(0, 200) }) } }], documents: [] };
  }
  const found = await lookUp(address, 'Assertion', context, { label: 'The hosted assertion', unreachable: 'assertion-unreachable', notFound: 'assertion-not-found' }, false);
  if (!found.ok) return { checks: [{ id: 'proof', status: found.status, reason: found.reason, message: found.message, details: { id: address, ...found.details } }], documents: [] };
  const read = readAssertion(found.document.view, 'proof');
  if (!read.fields) return { checks: [read.problem!], documents: [found.document] };
  const fields = read.fields;
  const checks: Check[] = [];
  const differ = presented ? differences(presented, fields) : [];
  const problem = verificationProblem(fields);
  if (problem) checks.push(problem);
  else if (differ.length) {
    checks.push({ id: 'proof', status: 'failure', reason: 'copy-differs', message: `This copy of the badge differs from the one its issuer hosts (in ${differ.join(', ')}): it is not the badge the issuer issued.`, details: { id: address, differ } });
  } else {
    checks.push({ id: 'proof', status: 'success', message: `The assertion is served at its id (${address})${presented ? ', and the copy here says the same' : ''}.`, details: { id: address } });
  }

  const issued = await lookUpIssuer(fields.badge, context, 'key');
  const documents = [found.document];
  if ('status' in issued) checks.push(issued);
  else {
    documents.push(issued.badge, issued.issuer);
    checks.push(scopeCheck(address, found.redirects, found.hiddenRedirects, issued.issuer));
  }
  checks.push(await checkOb2Status(fields, 'status' in issued ? undefined : issued.issuer.view, context, true));
  return { checks, fields, assertion: found.document, ...('status' in issued ? {} : { issued }), documents };
}
