/** @jsxImportSource preact */
// Preact, with the generated typings.
import type {} from 'credential-elements/frameworks/preact';

export const Credentials = ({ credential }: { credential: object }) => (
  <div>
    <credential-badge layout="card" credential={credential} oncredential-verified={(event) => console.log(event.detail.status)} />
    <clr-transcript api-base="/api/clr" provider="clr" />
  </div>
);
