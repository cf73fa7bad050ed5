/** @jsxImportSource solid-js */
// Solid, with the generated typings (events as on:name).
import type {} from 'credential-elements/frameworks/solid';

export const Credentials = (props: { credential: object }) => (
  <div>
    <credential-badge layout="card" credential={props.credential} on:credential-verified={(event) => console.log(event.detail.status)} />
    <credential-verify lang="es" />
  </div>
);
