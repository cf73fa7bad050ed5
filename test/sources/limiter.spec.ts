import { describe, it, expect } from '../helpers/harness.js';
import { createLimiter } from '../../src/sources/index.js';

describe('sources/limiter: a cap on open requests', () => {
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
