// React 18: the @lit/react wrappers (credential-elements/react).
import { ClrTranscript, CredentialBadge, CredentialVerify } from 'credential-elements/react';

export function Credentials({ credential }: { credential: unknown }) {
  return (
    <>
      <CredentialBadge layout="certificate" credential={credential} onCredentialVerified={(event) => console.log(event.detail.verified)} />
      <ClrTranscript provider="clr" apiBase="/api/clr" onCredentialError={(event) => console.warn(event.detail.code)} />
      <CredentialVerify />
    </>
  );
}
