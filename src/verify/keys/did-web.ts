/**
 * did:web identifiers, as the did:web method specification defines them: `did:web:` then a domain name, an optional
 * port written `%3A<port>`, then optional path segments separated by `:`. The DID document is at
 * https://<domain>[:<port>]/<path>/did.json, or /.well-known/did.json without a path. Nothing percent-encoded may
 * change the host or the path (an encoded `/`, `?`, `#`, `@`, `\`), no segment may be `.` or `..`, and the host
 * must be a domain name (not an IP address, no user info).
 */
import { CredentialError } from '../../errors.js';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Unreserved characters (RFC 3986); percent-encoded ones are decoded first, then held to the same set.
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

const invalid = (did: string, why: string) => new CredentialError('INVALID_DID', `${did} is not a valid did:web identifier: ${why}.`);

function domainOf(did: string, encoded: string): string {
  const [host = '', port, ...rest] = encoded.split(/%3A/i);
  if (rest.length) throw invalid(did, 'it names more than one port');
  const domain = host.toLowerCase();
  if (domain.length > 253 || !domain.split('.').every((label) => LABEL.test(label))) throw invalid(did, `"${host}" is not a domain name`);
  if (/^[0-9.]+$/.test(domain)) throw invalid(did, 'the host is an IP address');
  if (port === undefined) return domain;
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) throw invalid(did, `"${port}" is not a port`);
  return `${domain}:${Number(port)}`;
}

function segmentOf(did: string, encoded: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    throw invalid(did, `the path segment "${encoded}" is not valid percent-encoding`);
  }
  if (!SEGMENT.test(decoded) || decoded === '.' || decoded === '..') throw invalid(did, `the path segment "${encoded}" is not allowed`);
  return decoded;
}

/** did:web:example.com:user:alice → https://example.com/user/alice/did.json. Throws INVALID_DID. */
export function didWebUrl(did: string): string {
  const id = did.split('#')[0]!;
  if (!id.startsWith('did:web:')) throw invalid(did, 'it does not start with "did:web:"');
  const [host = '', ...path] = id.slice('did:web:'.length).split(':');
  const authority = domainOf(did, host);
  return path.length ? `https://${authority}/${path.map((segment) => segmentOf(did, segment)).join('/')}/did.json` : `https://${authority}/.well-known/did.json`;
}
