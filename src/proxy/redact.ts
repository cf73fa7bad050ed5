/** Removes secrets from text the proxy sends back, in case an upstream echoes a request header. */
export const REDACTED = '[redacted]';

export function redact(text: string, secrets: Iterable<string>): string {
  let result = text;
  for (const secret of secrets) if (secret && secret.length >= 4) result = result.split(secret).join(REDACTED);
  return result;
}
