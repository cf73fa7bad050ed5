/**
 * `toCredentialView` for elements: the same choice of mapper, each mapper loaded on first use (a dynamic import),
 * so a page of OB 3.0 badges never downloads the Accredible or ibl.ai mappers.
 */
import type { CredentialView, Provider } from './types.js';
import type { JsonObject } from './values.js';

export async function loadCredentialView(provider: Provider, raw: JsonObject | string): Promise<CredentialView> {
  if (provider === 'accredible' && typeof raw !== 'string') return (await import('./accredible.js')).credentialViewFromAccredible(raw);
  if (provider === 'ibl' && typeof raw !== 'string') return (await import('./ibl.js')).credentialViewFromIbl(raw);
  return (await import('./ob3.js')).credentialViewFromOb3(raw, { provider });
}

/** Starts loading the mapper `loadCredentialView` will need for this provider (OB 3.0 unless told otherwise). */
export function preloadCredentialView(provider: string | undefined): void {
  const name = provider?.trim().toLowerCase();
  const mapper = name === 'accredible' ? import('./accredible.js') : name === 'ibl' ? import('./ibl.js') : Promise.all([import('./ob3.js'), import('./values.js')]);
  void mapper.catch(() => undefined);
}
