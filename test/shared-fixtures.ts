// Reads ../shared/fixtures where it is: from disk in Node, through the test server's /__fixtures__/ route in Chromium.
import { isNode, nodeBuiltin } from './harness.js';

export async function fixtureBytes(path: string): Promise<Uint8Array> {
  if (isNode) {
    const { readFile } = nodeBuiltin<typeof import('node:fs/promises')>('node:fs/promises');
    return new Uint8Array(await readFile(new URL(`../../shared/fixtures/${path}`, import.meta.url)));
  }
  const response = await fetch(`/__fixtures__/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fixtureText(path: string): Promise<string> {
  return new TextDecoder().decode(await fixtureBytes(path));
}

export async function fixtureJson<T = any>(path: string): Promise<T> {
  return JSON.parse(await fixtureText(path)) as T;
}
