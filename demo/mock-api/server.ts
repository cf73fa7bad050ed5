/** The mock APIs on their own HTTP server: for Node tests (ephemeral port) and scripts. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApi, type MockApi, type MockApiOptions } from './handler.js';
import { mockData } from './data/index.js';

export interface RunningMockApi {
  /** The root URL, e.g. http://127.0.0.1:49152 (no trailing slash). */
  url: string;
  api: MockApi;
  server: Server;
  close(): Promise<void>;
}

/** Starts the mock APIs on `port` (0, the default, picks a free one) and waits until the data is generated. */
export async function startMockApi(options: MockApiOptions & { port?: number; host?: string } = {}): Promise<RunningMockApi> {
  await mockData();
  const api = createMockApi(options);
  const server = createServer((req, res) => void api.handle(req, res));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    api,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
