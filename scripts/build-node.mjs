// Builds the Node-only parts (the credential-verify and credential-proxy commands) into dist/ (or `--outdir DIR`),
// with their npm dependencies left as imports. In a checkout the bin scripts run the TypeScript sources through tsx.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const outArg = process.argv.indexOf('--outdir');

await build({
  entryPoints: { cli: 'src/cli/credential-verify.ts', 'proxy/index': 'src/proxy/index.ts', 'proxy/node': 'src/proxy/node.ts' },
  outdir: outArg > 0 ? process.argv[outArg + 1] : 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

// The proxy's declarations (`credential-elements/proxy`), with Node's types for its Node entry.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.proxy.json'], { stdio: 'inherit' });
