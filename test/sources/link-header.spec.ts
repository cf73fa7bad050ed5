import { describe, it, expect } from '../helpers/harness.js';
import { parseLinkHeader } from '../../src/sources/index.js';
import { pagingOf } from '../../src/sources/link-header.js';
import { fixtureText } from '../helpers/shared-fixtures.js';

describe('sources/link-header: the Link header and its paging', () => {
  it("parses the 1EdTech sample's multi-line Link header", async () => {
    const sample = await fixtureText('api/1edtech-ob-clr/ob3-api__Sample-getCredentials-Response-line-breaks-for-clarity.http');
    const header = /^Link: ([\s\S]*?)\n\n/m.exec(sample)?.[1] ?? '';
    const links = parseLinkHeader(header.replace(/\n\s*/g, ' '));
    expect(Object.keys(links).sort()).to.deep.equal(['first', 'last', 'next', 'prev']);
    expect(pagingOf(links['next'])).to.deep.equal({ limit: 2, offset: 1 });
  });

  it('reads a hostile Link header in linear time: a "<" that never closes is passed over once', () => {
    expect(parseLinkHeader('<'.repeat(300_000))).to.deep.equal({});
    expect(parseLinkHeader('<'.repeat(300_000) + '<https://api.example/next>; rel="next"')).to.deep.equal({ next: 'https://api.example/next' });
  });
});
