// One set of test functions for specs that run in Node (node:test) and in Chromium (mocha, via @web/test-runner).
import { expect } from 'chai';

type Body = () => unknown | Promise<unknown>;
interface Runner {
  describe(name: string, body: () => void): void;
  it(name: string, body: Body): void;
  before(body: Body): void;
}

export const isNode = typeof window === 'undefined' && typeof process !== 'undefined' && !!process.versions?.node;

/** A Node built-in module, loaded without an import statement the browser bundle would have to resolve. */
export function nodeBuiltin<T>(name: string): T {
  return (process as unknown as { getBuiltinModule(id: string): T }).getBuiltinModule(name);
}

const runner: Runner = isNode ? nodeBuiltin<Runner>('node:test') : (globalThis as unknown as Runner);

export const describe = runner.describe.bind(runner);
export const it = runner.it.bind(runner);
export const before = runner.before.bind(runner);
export { expect };
