/** The payload of a compact JWS, read without checking anything (the verify engine checks); undefined if unreadable. */
export function readJwsPayload(jws: string): Record<string, unknown> | undefined {
  const part = jws.trim().split('.')[1];
  if (!part) return undefined;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The credential inside a VC-JWT payload: VC 1.1 puts it under `vc`, VC-JOSE 2.0 makes it the payload itself. */
export function credentialOfJws(jws: string): Record<string, unknown> | undefined {
  const payload = readJwsPayload(jws);
  const vc = payload?.['vc'];
  if (vc && typeof vc === 'object') return { ...(vc as Record<string, unknown>), id: (vc as { id?: unknown }).id ?? payload?.['jti'] };
  return payload;
}
