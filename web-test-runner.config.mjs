// Browser tests: Debian Chromium, headless; test modules are served through Vite's dev server (in middleware mode),
// which handles TypeScript and the CommonJS JSON-LD packages that the runner's own server cannot.
import { chromeLauncher } from '@web/test-runner-chrome';
import { createServer } from 'vite';
import { findChrome, installHint } from './scripts/find-chrome.mjs';
import { fixturesNotice, haveSharedFixtures, NOTICE_PRINTED, suitesNeedingFixtures, testFiles } from './scripts/shared-fixtures.mjs';
import { cspPages } from './test/render/helpers/csp-server.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error(installHint);

const vite = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  clearScreen: false,
  logLevel: 'warn',
});

// Without ../shared/fixtures (a fresh clone), the suites that read it are left out, and one line says which.
const withoutFixtures = haveSharedFixtures() ? [] : suitesNeedingFixtures(testFiles(/\.(spec|browser\.test)\.ts$/));
if (withoutFixtures.length && !process.env[NOTICE_PRINTED]) console.log(fixturesNotice(withoutFixtures));

const runnerOwnPath = (path) => path === '/' || path.startsWith('/__web-dev-server') || path.startsWith('/__web-test-runner');

/** Koa middleware: everything but the runner's own pages and scripts goes to Vite. */
function viteMiddleware(ctx, next) {
  if (runnerOwnPath(ctx.path)) return next();
  return new Promise((resolve, reject) => {
    ctx.respond = false;
    ctx.res.once('finish', resolve);
    vite.middlewares(ctx.req, ctx.res, () => {
      ctx.respond = true;
      next().then(resolve, reject);
    });
  });
}

export default {
  files: ['test/**/*.spec.ts', 'test/**/*.browser.test.ts', ...withoutFixtures.map((file) => `!${file}`)],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  middleware: [cspPages, viteMiddleware],
  plugins: [{ name: 'close-vite', serverStop: () => vite.close() }],
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.startsWith('[vite]')),
  browsers: [
    chromeLauncher({
      // Each test file in a window of its own: a background tab gets no rendering steps, so no animation frames and
      // no IntersectionObserver callbacks, and tests that rely on them stall when another file has the foreground.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
