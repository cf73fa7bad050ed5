// Builds the Node-only parts (the credential-verify and credential-proxy commands) into dist/ (or `--outdir DIR`),
// with their npm dependencies left as imports. In a checkout the bin scripts run the TypeScript sources through tsx.
import { build } from 'esbuild';

const outArg = process.argv.indexOf('--outdir');

await build({
  entryPoints: { cli: 'src/cli/credential-verify.ts', 'proxy/index': 'src/proxy/index.ts' },
  outdir: outArg > 0 ? process.argv[outArg + 1] : 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
