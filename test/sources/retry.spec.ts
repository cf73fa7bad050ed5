import { describe, it, expect } from '../helpers/harness.js';
import { backoffMs, retryAfterMs } from '../../src/sources/index.js';

describe('sources/retry: Retry-After and backoff', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).to.equal(3000);
    expect(retryAfterMs(new Date(10_000 + 5_000).toUTCString(), 10_000)).to.equal(5000);
    expect(retryAfterMs('soon')).to.equal(undefined);
    expect(retryAfterMs(null)).to.equal(undefined);
  });

  it('doubles the backoff each try, with jitter in the upper half', () => {
    expect(backoffMs(1, 400, () => 0)).to.equal(200);
    expect(backoffMs(1, 400, () => 1)).to.equal(400);
    expect(backoffMs(3, 400, () => 1)).to.equal(1600);
  });
});
