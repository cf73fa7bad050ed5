/** @jsxImportSource solid-js */
// Must not type-check: "poster" is not a layout of <credential-badge>.
import type {} from 'credential-elements/frameworks/solid';

export const Poster = () => <credential-badge layout="poster" />;
