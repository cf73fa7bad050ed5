/** The mock APIs' credentials. Public on purpose: they open nothing but this demo's made-up data. */
export const MOCK_SECRETS = {
  /** A CLR bearer token accepted as is (tokens from the OAuth route are accepted too). */
  clrToken: 'mock-clr-access-token',
  /** OAuth 2.0 client-credentials pair for `POST /clr/oauth/token`. */
  clrClientId: 'riverside-demo-client',
  clrClientSecret: 'riverside-demo-secret',
  accredibleKey: 'mock-accredible-api-key',
  iblKey: 'mock-ibl-api-key',
} as const;

export type MockSecrets = { -readonly [K in keyof typeof MOCK_SECRETS]: string };
