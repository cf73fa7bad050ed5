// `npm start`: Vite's dev server on the repository, opening the demo; the mock APIs are mounted at /mock-api/.
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const server = await createServer({
  root: new URL('..', import.meta.url).pathname,
  server: { port, host: process.env.HOST ?? 'localhost', open: process.env.CI ? false : '/demo/index.html' },
});
await server.listen();
server.printUrls();
console.log(`  mock APIs: http://localhost:${server.config.server.port ?? port}/mock-api/`);
