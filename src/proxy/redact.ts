/**
 * Removes secrets from what the proxy sends back, in case an upstream echoes a request header: the secret itself
 * and the forms an echo takes on the way (JSON-escaped, URL-encoded, base64 and base64url at any byte offset, as
 * inside a Basic header).
 */
import { base64url } from 'jose';

export const REDACTED = '[redacted]';

/** Shorter strings would match ordinary text; no real key is this short. */
const MIN_FORM_LENGTH = 4;
/** Access tokens kept for redaction: older ones have expired and upstreams echo only the one they were sent. */
const MAX_ISSUED = 32;

export class Redactor {
  readonly #configured: string[];
  readonly #issued: string[] = [];
  #pattern: RegExp | undefined;

  constructor(secrets: Iterable<string>) {
    this.#configured = [...secrets].filter(Boolean);
  }

  /** A secret learned at run time (an access token the proxy obtained). */
  add(secret: string): void {
    if (!secret || this.#issued.includes(secret) || this.#configured.includes(secret)) return;
    this.#issued.push(secret);
    if (this.#issued.length > MAX_ISSUED) this.#issued.shift();
    this.#pattern = undefined;
  }

  redact(text: string): string {
    this.#pattern ??= patternFor([...this.#configured, ...this.#issued]);
    return this.#pattern ? text.replace(this.#pattern, REDACTED) : text;
  }
}

/** The one-shot form, for callers with a list at hand. */
export function redact(text: string, secrets: Iterable<string>): string {
  return new Redactor(secrets).redact(text);
}

function patternFor(secrets: string[]): RegExp | undefined {
  const forms = new Set(secrets.flatMap(secretForms));
  if (!forms.size) return undefined;
  // Longest first, so a form that contains another is replaced whole.
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(alternatives.join('|'), 'g');
}

/** Every form in which an echo of `secret` may come back. */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const json = JSON.stringify(secret).slice(1, -1);
  forms.add(json);
  forms.add(json.replace(/\//g, '\\/'));
  forms.add(json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
  const uri = encodeURIComponent(secret);
  forms.add(uri);
  forms.add(uri.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()));
  forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  // Basic credentials carry the secret URL-encoded, then base64: cover both.
  for (const text of [secret, uri]) for (const form of base64Forms(text)) forms.add(form);
  return [...forms].filter((form) => form.length >= MIN_FORM_LENGTH);
}

/**
 * The base64 and base64url characters that depend on `text` alone, for each of the three byte offsets at which it
 * can sit inside a longer encoded value.
 */
function base64Forms(text: string): string[] {
  const bytes = new TextEncoder().encode(text);
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    // Characters covering only the secret's bits: from the first after the filler to the last before the end.
    const start = Math.ceil((offset * 8) / 6);
    const end = Math.floor((padded.length * 8) / 6);
    forms.push(btoa(String.fromCharCode(...padded)).slice(start, end), base64url.encode(padded).slice(start, end));
  }
  return forms;
}
