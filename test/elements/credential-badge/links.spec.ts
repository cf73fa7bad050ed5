// elements/credential-badge/links.ts: the credential's page and LinkedIn's add-certification link, from the view.
import { describe, expect, it } from '../../helpers/harness.js';
import { linkedInUrlOf, pageUrlOf } from '../../../src/elements/credential-badge/links.js';
import type { CredentialView } from '../../../src/model/types.js';

function view(extra: Partial<CredentialView> = {}): CredentialView {
  return { id: 'urn:uuid:1', provider: 'ob3', title: 'Data & Society', results: [], evidence: [], endorsements: [], alignments: [], attributes: {}, links: [], signatories: [], tags: [], raw: {}, ...extra };
}

describe('elements/credential-badge/links', () => {
  it('takes the page link, else an http(s) id, and never a script URL', () => {
    expect(pageUrlOf(view({ links: [{ rel: 'page', url: 'https://example.edu/c/1' }], id: 'https://example.edu/id/1' }))).to.equal('https://example.edu/c/1');
    expect(pageUrlOf(view({ id: 'https://example.edu/id/1' }))).to.equal('https://example.edu/id/1');
    expect(pageUrlOf(view())).to.equal(undefined);
    expect(pageUrlOf(view({ links: [{ rel: 'page', url: 'javascript:alert(1)' }] }))).to.equal(undefined);
  });

  it("fills LinkedIn's form from the view: name, issuer, UTC year and month, page and id", () => {
    const url = new URL(linkedInUrlOf(view({ issuer: { name: 'Riverside' }, issued: '2024-12-31T23:30:00-05:00', expires: '2027-06-01', id: 'https://example.edu/id/1' })));
    expect(url.origin + url.pathname).to.equal('https://www.linkedin.com/profile/add');
    const query = Object.fromEntries(url.searchParams);
    expect(query).to.deep.equal({
      startTask: 'CERTIFICATION_NAME',
      name: 'Data & Society',
      organizationName: 'Riverside',
      issueYear: '2025',
      issueMonth: '1',
      expirationYear: '2027',
      expirationMonth: '6',
      certUrl: 'https://example.edu/id/1',
      certId: 'https://example.edu/id/1',
    });
  });

  it('leaves out what the view does not have or cannot be read', () => {
    const query = new URL(linkedInUrlOf(view({ issued: 'someday' }))).searchParams;
    expect([...query.keys()]).to.deep.equal(['startTask', 'name', 'certId']);
  });
});
