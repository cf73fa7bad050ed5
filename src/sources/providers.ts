/** The provider APIs a credential can be loaded from: the one list, for the sources, the elements and the proxy. */
export const PROVIDER_NAMES = ['clr', 'accredible', 'ibl'] as const;

export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** A `provider` attribute's value as a provider name (trimmed, any case), or undefined when it names none. */
export function providerName(value: string | null | undefined): ProviderName | undefined {
  const name = value?.trim().toLowerCase();
  return (PROVIDER_NAMES as readonly string[]).includes(name ?? '') ? (name as ProviderName) : undefined;
}
