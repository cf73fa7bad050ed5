// Builds the Node-only parts (the credential-verify and credential-proxy commands) into dist/, with their npm
// dependencies left as imports. In a checkout the bin scripts run the TypeScript sources through tsx instead.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli/credential-verify.ts', 'proxy/index': 'src/proxy/index.ts', 'proxy/node': 'src/proxy/node.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

// The proxy's declarations (`credential-elements/proxy`), with Node's types for its Node entry.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.proxy.json'], { stdio: 'inherit' });
