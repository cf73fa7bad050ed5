// React 18 with the @lit/react wrappers (credential-elements/react): properties set as properties, events as props.
// Plain createElement, so that the page builds without a JSX transform.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CredentialBadge } from 'credential-elements/react';

const credentials = await (await fetch(new URL('./credentials.json', document.baseURI))).json();
const events = [];
const root = document.createElement('div');
document.body.append(root);
createRoot(root).render(
  createElement(CredentialBadge, {
    credential: credentials.badge,
    layout: 'card',
    onCredentialVerified: (event) => events.push(event.detail.status),
  }),
);
window.report = () => ({
  defined: ['credential-badge', 'clr-transcript', 'credential-verify'].filter((tag) => customElements.get(tag)),
  verification: { 'credential-badge': document.querySelector('credential-badge')?.getAttribute('verification') ?? null },
  layout: document.querySelector('credential-badge')?.layout,
  events,
  litCopies: (globalThis.litElementVersions ?? []).length,
});
