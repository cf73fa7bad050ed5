#!/usr/bin/env node
// `npx credential-proxy --config proxy.json`: serves the read routes of the configured providers with their secrets
// added server-side. See "Secrets proxy" in README.md.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    config: { type: 'string', short: 'c', default: 'proxy.json' },
    port: { type: 'string', short: 'p' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('Usage: credential-proxy --config proxy.json [--port 8787] [--check]');
  console.log('  --check  validate the configuration (keys, URLs, env: variables) and exit');
  process.exit(0);
}

/** The built proxy when there is one; the TypeScript source (through tsx) in a checkout. */
async function loadProxy() {
  try {
    return await import('../dist/proxy/node.js');
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return import('../src/proxy/node.ts');
  }
}

const { readProxyConfig, startProxy } = await loadProxy();
const path = resolve(values.config);
/** Config errors name the field, never a secret's value. */
const fail = (error) => {
  console.error(`credential-proxy: cannot use ${path}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
};

let config;
try {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  if (values.port) json.port = Number(values.port);
  config = readProxyConfig(json, process.env);
} catch (error) {
  fail(error);
}
if (values.check) {
  console.log(`credential-proxy: ${path} is valid (${Object.keys(config.providers).join(', ')})`);
  process.exit(0);
}

const proxy = await startProxy(config).catch(fail);
console.error(`credential-proxy: listening on ${proxy.url} for ${Object.keys(config.providers).join(', ')}; allowed origins: ${config.allowedOrigins.join(', ') || '(none)'}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => proxy.close().finally(() => process.exit(0)));
