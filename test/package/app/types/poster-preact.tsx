/** @jsxImportSource preact */
// Must not type-check: "poster" is not a layout of <credential-badge>.
import type {} from 'credential-elements/frameworks/preact';

export const Poster = () => <credential-badge layout="poster" />;
