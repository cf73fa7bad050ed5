// Must not type-check: "poster" is not a layout of <credential-badge>.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'credential-elements/frameworks/svelte';

export const badge: SvelteHTMLElements['credential-badge'] = { layout: 'poster' };
