/** One entry point for callers that know the provider but not the mapper. */
import { credentialViewFromAccredible } from './accredible.js';
import { credentialViewFromIbl } from './ibl.js';
import { credentialViewFromOb3 } from './ob3.js';
import type { CredentialView, Provider } from './types.js';
import type { JsonObject } from './values.js';

export function toCredentialView(provider: Provider, raw: JsonObject | string): CredentialView {
  if (provider === 'accredible' && typeof raw !== 'string') return credentialViewFromAccredible(raw);
  if (provider === 'ibl' && typeof raw !== 'string') return credentialViewFromIbl(raw);
  return credentialViewFromOb3(raw, { provider });
}
