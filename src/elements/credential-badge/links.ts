/** The links a badge offers from its view: the credential's own page, and LinkedIn's "add a certification" form. */
import type { CredentialView } from '../../model/types.js';
import { isAllowedLinkUrl } from '../../render/url-policy.js';

/** The credential's own page, when it has one: its page link, else an http(s) id, if the URL policy allows it. */
export function pageUrlOf(view: CredentialView): string | undefined {
  const candidates = [view.links.find((link) => link.rel === 'page')?.url, view.id];
  return candidates.find((url): url is string => !!url && /^https?:\/\//i.test(url) && isAllowedLinkUrl(url));
}

/** LinkedIn's "add a licence or certification" link, filled in from the view (dates as UTC year and month). */
export function linkedInUrlOf(view: CredentialView, page: string | undefined = pageUrlOf(view)): string {
  const query = new URLSearchParams({ startTask: 'CERTIFICATION_NAME', name: view.title });
  if (view.issuer?.name) query.set('organizationName', view.issuer.name);
  const month = (iso: string | undefined, prefix: 'issue' | 'expiration') => {
    const date = iso ? new Date(iso) : undefined;
    if (!date || Number.isNaN(date.getTime())) return;
    query.set(`${prefix}Year`, String(date.getUTCFullYear()));
    query.set(`${prefix}Month`, String(date.getUTCMonth() + 1));
  };
  month(view.issued, 'issue');
  month(view.expires, 'expiration');
  if (page) query.set('certUrl', page);
  query.set('certId', view.id);
  return `https://www.linkedin.com/profile/add?${query}`;
}
