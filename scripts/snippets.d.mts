import type { Plugin } from 'vite';
export const ENTRY: string;
export function sri(bytes: Uint8Array | string): string;
export function pageModules(dir: string): string[];
export interface Snippet {
  html: string;
  csp: string;
}
export function selfHostedSnippet(options: { dir: string; version: string; base?: string }): Snippet;
export function cdnSnippet(options: { dir: string; version: string; base?: string }): Snippet;
export function snippetFilePlugin(): Plugin;
