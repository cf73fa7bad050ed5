// React 19 renders custom elements itself; the generated typings make TypeScript know them, with each attribute's
// and property's type and the events' classes.
import type {} from 'credential-elements/frameworks/react';
import type { CredentialErrorEvent, CredentialVerifiedEvent } from 'credential-elements';

export function Credentials({ credential }: { credential: unknown }) {
  return (
    <>
      <credential-badge
        layout="card"
        credential={credential}
        api-base="/api/accredible"
        trustedIssuers={['did:web:www.example.edu']}
        oncredential-verified={(event: CredentialVerifiedEvent) => console.log(event.detail.status)}
      />
      <clr-transcript provider="clr" apiBase="/api/clr" timeout={8000} oncredential-error={(event: CredentialErrorEvent) => console.warn(event.detail.code)} />
      <credential-verify lang="es" verify="auto" />
    </>
  );
}
