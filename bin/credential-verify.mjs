#!/usr/bin/env node
// The credential-verify command. In a checkout it runs the TypeScript source through tsx; a published package
// runs the built dist/cli.js.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
let cli;
if (existsSync(built)) {
  cli = await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/cli/credential-verify.ts', import.meta.url).href);
}
process.exitCode = await cli.main(process.argv.slice(2));
