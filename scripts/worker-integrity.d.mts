import type { Plugin } from 'vite';
export const PLACEHOLDER: string;
export function workerIntegrityPlugin(): Plugin;
