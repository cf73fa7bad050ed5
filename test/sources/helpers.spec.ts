import { describe, it, expect } from '../harness.js';
import { backoffMs, createLimiter, parseLinkHeader, retryAfterMs } from '../../src/sources/index.js';
import { pagingOf } from '../../src/sources/link-header.js';
import { fixtureText } from '../shared-fixtures.js';

describe('sources helpers: Link, Retry-After, backoff, limiter', () => {
  it("parses the 1EdTech sample's multi-line Link header", async () => {
    const sample = await fixtureText('api/1edtech-ob-clr/ob3-api__Sample-getCredentials-Response-line-breaks-for-clarity.http');
    const header = /^Link: ([\s\S]*?)\n\n/m.exec(sample)?.[1] ?? '';
    const links = parseLinkHeader(header.replace(/\n\s*/g, ' '));
    expect(Object.keys(links).sort()).to.deep.equal(['first', 'last', 'next', 'prev']);
    expect(pagingOf(links['next'])).to.deep.equal({ limit: 2, offset: 1 });
  });

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

  it('runs at most N tasks at once and keeps the order of the rest', async () => {
    const limiter = createLimiter(2);
    let open = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, (_, index) =>
        limiter.run(async () => {
          open++;
          most = Math.max(most, open);
          order.push(index);
          await new Promise((resolve) => setTimeout(resolve, 5));
          open--;
        }),
      ),
    );
    expect(most).to.equal(2);
    expect(order).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(limiter.active).to.equal(0);
  });
});
