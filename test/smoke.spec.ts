import { describe, it, expect } from './harness.js';
import { fixtureJson } from './shared-fixtures.js';

describe('test harness', () => {
  it('reads the shared fixtures', async () => {
    const expected = await fixtureJson<{ entries: unknown[] }>('EXPECTED.json');
    expect(expected.entries.length).to.be.greaterThan(100);
  });
});
