/** Mounts the built-in mock APIs at /mock-api/ on Vite's dev server, so the demo and browser tests fetch them same-origin. */
import type { Plugin } from 'vite';
import type { MockApi } from './handler.js';

export const MOCK_API_PREFIX = '/mock-api';

export function mockApiPlugin(): Plugin {
  return {
    name: 'credential-mock-api',
    apply: 'serve',
    configureServer(server) {
      // Loaded through Vite so its TypeScript (and the signing libraries) load on first use, not at config time.
      let api: Promise<MockApi> | undefined;
      const load = () =>
        (api ??= server.ssrLoadModule('/demo/mock-api/handler.ts').then((module) => (module as typeof import('./handler.js')).createMockApi()));
      server.middlewares.use(MOCK_API_PREFIX, (req, res) => {
        load().then(
          (mock) => mock.handle(req, res),
          (error: unknown) => {
            res.statusCode = 500;
            res.setHeader('content-type', 'text/plain');
            res.end(`mock API failed to start: ${String(error)}`);
          },
        );
      });
    },
  };
}
