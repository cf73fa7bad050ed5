/**
 * `toCredentialView` for elements: the same choice of mapper, each mapper loaded on first use (a dynamic import),
 * so a page of OB 3.0 badges never downloads the Accredible or ibl.ai mappers.
 */
import type { CredentialView, Provider } from './types.js';
import type { JsonObject } from './values.js';

export async function loadCredentialView(provider: Provider, raw: JsonObject | string): Promise<CredentialView> {
  if ((provider === 'accredible' || provider === 'ibl') && typeof raw !== 'string') {
    const view = provider === 'accredible' ? (await import('./accredible.js')).credentialViewFromAccredible(raw) : (await import('./ibl.js')).credentialViewFromIbl(raw);
    const signed = embeddedCredential(raw);
    return signed ? withSignedFields(view, (await import('./ob3.js')).credentialViewFromOb3(signed as JsonObject | string, { provider })) : view;
  }
  return (await import('./ob3.js')).credentialViewFromOb3(raw, { provider });
}

/** The signed OB 3.0 credential some Accredible and ibl.ai records embed (what the elements verify), if any. */
export function embeddedCredential(document: JsonObject | string): unknown {
  if (typeof document === 'string') return undefined;
  for (const key of ['verifiable_credential', 'verifiableCredential', 'open_badge_v3', 'ob3']) {
    const value = document[key];
    if (value && (typeof value === 'string' || typeof value === 'object')) return value;
  }
  return undefined;
}

/**
 * A provider record shown beside a "verified" chip must say what the signature covers: the fields the signed
 * credential states replace the API record's (which nobody signed); the provider's own extras (template, links,
 * custom attributes, signatories) stay.
 */
export function withSignedFields(view: CredentialView, signed: CredentialView): CredentialView {
  const merged: CredentialView = { ...view, verifiable: signed.verifiable ?? view.verifiable };
  const keys = ['title', 'description', 'image', 'achievementType', 'criteria', 'issuer', 'recipient', 'issued', 'expires', 'credits'] as const;
  for (const key of keys) if (signed[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = signed[key];
  if (signed.results.length) merged.results = signed.results;
  if (signed.evidence.length) merged.evidence = signed.evidence;
  if (signed.endorsements.length) merged.endorsements = signed.endorsements;
  if (signed.alignments.length) merged.alignments = signed.alignments;
  return merged;
}

/** Starts loading the mapper `loadCredentialView` will need for this provider (OB 3.0 unless told otherwise). */
export function preloadCredentialView(provider: string | undefined): void {
  const name = provider?.trim().toLowerCase();
  const mapper = name === 'accredible' ? import('./accredible.js') : name === 'ibl' ? import('./ibl.js') : Promise.all([import('./ob3.js'), import('./values.js')]);
  void mapper.catch(() => undefined);
}
