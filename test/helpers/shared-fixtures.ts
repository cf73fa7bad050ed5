// Reads ../shared/fixtures where it is: from disk in Node, through the test server's /__fixtures__/ route in Chromium.
// Those third-party test vectors are not part of the repository: without the folder (a fresh clone) the test runners
// leave out every suite that reads it (scripts/shared-fixtures.mjs finds them by their import of this module) and
// say so; a suite run by hand without it fails here, with this reason.
import { isNode, nodeBuiltin } from './harness.js';

const MISSING = 'is not there: ../shared/fixtures (third-party test vectors, not part of this repository) must be beside the repository';

export async function fixtureBytes(path: string): Promise<Uint8Array> {
  if (isNode) {
    const { readFile } = nodeBuiltin<typeof import('node:fs/promises')>('node:fs/promises');
    const { existsSync } = nodeBuiltin<typeof import('node:fs')>('node:fs');
    const url = new URL(`../../../shared/fixtures/${path}`, import.meta.url);
    if (!existsSync(new URL('../../../shared/fixtures/', import.meta.url))) throw new Error(`fixture ${path} ${MISSING}`);
    return new Uint8Array(await readFile(url));
  }
  const response = await fetch(`/__fixtures__/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}; perhaps the folder ${MISSING}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fixtureText(path: string): Promise<string> {
  return new TextDecoder().decode(await fixtureBytes(path));
}

export async function fixtureJson<T = any>(path: string): Promise<T> {
  return JSON.parse(await fixtureText(path)) as T;
}
