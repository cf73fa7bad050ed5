/** Reads an RFC 8288 `Link` header into rel → URL, as the 1EdTech paging headers use it. */
export function parseLinkHeader(header: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  if (!header) return links;
  // `[^<>]`: a '<' that never closes is passed over once, not rescanned from every later '<' (quadratic on hostile headers).
  for (const match of header.matchAll(/<([^<>]*)>\s*((?:;\s*[^;,]+)*)/g)) {
    const rel = /rel\s*=\s*"?([^";,]+)"?/i.exec(match[2] ?? '')?.[1];
    if (!rel || !match[1]) continue;
    for (const name of rel.trim().split(/\s+/)) links[name.toLowerCase()] = match[1];
  }
  return links;
}

/** The `limit` and `offset` query parameters of a paging link, when it has them. */
export function pagingOf(link: string | undefined): { limit?: number; offset?: number } {
  if (!link) return {};
  const query = new URL(link, 'http://link.invalid/').searchParams;
  const number = (name: string) => {
    const value = query.get(name);
    return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  const paging: { limit?: number; offset?: number } = {};
  const limit = number('limit');
  const offset = number('offset');
  if (limit !== undefined) paging.limit = limit;
  if (offset !== undefined) paging.offset = offset;
  return paging;
}
