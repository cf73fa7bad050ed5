/** Which URLs a certificate template may use: one place, for the HTML and the CSS sanitizers alike. */
import type { RenderOptions, ResourcePolicy } from './types.js';

const RASTER_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)[;,]/i;
const ANY_IMAGE_DATA_URL = /^data:image\/[a-z0-9.+-]+[;,]/i;
// C0 controls and whitespace have no business inside a URL a template gives us.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\s]/;
// eslint-disable-next-line no-control-regex
const C0 = /[\u0000-\u001f\u007f]/;

function origins(list: readonly string[] | undefined): Set<string> {
  const set = new Set<string>();
  for (const entry of list ?? []) {
    try {
      const url = new URL(entry);
      if (url.protocol === 'https:') set.add(url.origin);
    } catch {
      // not a URL: ignored
    }
  }
  return set;
}

export function resourcePolicy(options: RenderOptions = {}): ResourcePolicy {
  return {
    remoteImages: options.remoteImages !== false,
    inlineImages: options.inlineImages !== false,
    imageOrigins: options.imageOrigins ? origins(options.imageOrigins) : null,
    fontOrigins: origins(options.fontOrigins),
  };
}

function httpsUrl(raw: string): URL | null {
  const value = raw.trim();
  if (CONTROL.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password ? url : null;
  } catch {
    return null;
  }
}

/**
 * An image URL: a data: raster image (or any data:image/* for CSS, where an SVG image runs no
 * script) while inline images are on, or an https URL from an allowed origin while remote images are on.
 */
export function isAllowedImageUrl(raw: string, policy: ResourcePolicy, context: 'html' | 'css' = 'html'): boolean {
  const value = raw.trim();
  if (/^data:/i.test(value)) return policy.inlineImages && (context === 'css' ? ANY_IMAGE_DATA_URL : RASTER_DATA_URL).test(value) && !C0.test(value.slice(0, 64));
  if (!policy.remoteImages) return false;
  const url = httpsUrl(value);
  if (!url) return false;
  return policy.imageOrigins === null || policy.imageOrigins.has(url.origin);
}

/** A font URL: https from a listed origin only. */
export function isAllowedFontUrl(raw: string, policy: ResourcePolicy): boolean {
  const url = httpsUrl(raw);
  return !!url && policy.fontOrigins.has(url.origin);
}

/** A link target: absolute http(s), mailto:, or a fragment within the certificate. */
export function isAllowedLinkUrl(raw: string): boolean {
  const value = raw.trim();
  if (CONTROL.test(value)) return false;
  if (/^#[^#]*$/.test(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}
