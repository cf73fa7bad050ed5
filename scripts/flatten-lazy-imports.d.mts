import type { Plugin } from 'vite';
export function flattenLazyImportsPlugin(options?: { strictExecutionOrder?: boolean }): Plugin;
