// Svelte 5: the elements' attributes, properties and events in markup.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'credential-elements/frameworks/svelte';

export const badge: SvelteHTMLElements['credential-badge'] = { layout: 'card', credential: {}, 'oncredential-verified': (event) => console.log(event.detail.status) };
export const verify: SvelteHTMLElements['credential-verify'] = { lang: 'es', class: 'wide' };
