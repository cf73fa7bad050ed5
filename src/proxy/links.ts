/**
 * Paging `Link` headers point at the upstream; the proxy points them at its own public address instead. That
 * address comes from the configuration (`publicBaseUrl`), never from the request's Host, which any client can set.
 */

/**
 * The header with each link under `upstream` moved under `${publicBaseUrl}/${provider}`; links elsewhere are
 * dropped. Undefined (drop the header) when there is no public address or nothing is left.
 */
export function rewriteLinks(value: string, upstream: string, publicBaseUrl: string | undefined, provider: string): string | undefined {
  if (!publicBaseUrl) return undefined;
  const base = new URL(upstream);
  const basePath = base.pathname.replace(/\/+$/, '');
  const kept: string[] = [];
  for (const match of value.matchAll(/<([^>]*)>((?:[^,"]|"[^"]*")*)/g)) {
    let target: URL;
    try {
      target = new URL(match[1]!, `${upstream}/`);
    } catch {
      continue;
    }
    // Under the upstream root at a path boundary: https://api.example/v1 admits /v1/x, not /v1x.
    if (target.origin !== base.origin) continue;
    if (target.pathname !== basePath && !target.pathname.startsWith(`${basePath}/`)) continue;
    const rest = target.pathname.slice(basePath.length);
    kept.push(`<${publicBaseUrl}/${provider}${rest}${target.search}>${match[2]}`);
  }
  return kept.length ? kept.join(',') : undefined;
}
